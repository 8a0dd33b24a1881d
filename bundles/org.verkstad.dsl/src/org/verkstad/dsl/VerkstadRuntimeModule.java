package org.verkstad.dsl;

import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.DispatchingProvider;
import org.verkstad.dsl.resource.VerkstadResource;

import com.google.inject.Binder;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.verkstad.dsl.conversion.VerkstadValueConverters;
import org.verkstad.dsl.messages.VerkstadLinkingMessages;
import org.verkstad.dsl.messages.VerkstadSyntaxErrorMessages;
import org.verkstad.dsl.naming.VerkstadQualifiedNameProvider;

/** The Verkstad text format's runtime services: names from element ids, value conversions. */
public class VerkstadRuntimeModule extends AbstractVerkstadRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return VerkstadValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return VerkstadQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return VerkstadResource.class;
	}

	/** Mistakes in the text in plain words (Swedish or English). */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return VerkstadSyntaxErrorMessages.class;
	}

	/** Names that refer to nothing, in plain words. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return VerkstadLinkingMessages.class;
	}

	/**
	 * No EMF default validator beside the notations' rules: its id check looks every element's id up by
	 * walking the whole file, which made checking a 50,000-element file take minutes (quadratic). What
	 * it would find is found by the rules (unique ids) and the linker (unresolved names).
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(com.google.inject.name.Names.named(
				org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
	}

	/** The generated lexer, with ids that end before an arrow written without spaces ({@code a->b}). */
	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.Lexer> bindLexer() {
		return org.verkstad.dsl.parser.VerkstadLexer.class;
	}

	@Override
	public com.google.inject.Provider<? extends org.verkstad.dsl.parser.antlr.internal.InternalVerkstadLexer> provideInternalVerkstadLexer() {
		return org.eclipse.xtext.parser.antlr.LexerProvider.create(org.verkstad.dsl.parser.VerkstadLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(org.eclipse.xtext.parser.antlr.Lexer.class)
				.annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.parser.antlr.LexerBindings.RUNTIME))
				.to(org.verkstad.dsl.parser.VerkstadLexer.class);
	}

	/** Model files are UTF-8 wherever they are read. */
	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> StandardCharsets.UTF_8.name());
	}
}
