package org.verkstad.process.dsl;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.verkstad.process.dsl.formatting2.ProcessFormatter;
import org.verkstad.process.dsl.parser.ProcessLexer;
import org.verkstad.process.dsl.parser.antlr.internal.InternalProcessLexer;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/** What is the process map's own in its text format: its layout, and ids that end before an arrow. */
public class ProcessRuntimeModule extends AbstractProcessRuntimeModule {

	public Class<? extends IFormatter2> bindIFormatter2() {
		return ProcessFormatter.class;
	}

	/** The generated lexer, with ids that end before an arrow written without spaces ({@code a->b}). */
	@Override
	public Class<? extends Lexer> bindLexer() {
		return ProcessLexer.class;
	}

	@Override
	public Provider<? extends InternalProcessLexer> provideInternalProcessLexer() {
		return LexerProvider.create(ProcessLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(ProcessLexer.class);
	}
}
