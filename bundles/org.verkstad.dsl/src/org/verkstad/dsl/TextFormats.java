package org.verkstad.dsl;

import java.util.Optional;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;
import org.verkstad.core.io.Ids;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Notations;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The notations' text formats, each a language of its own (one Xtext grammar per notation, written with
 * the shared {@code org.verkstad.dsl.Base}), contributed by the bundles {@code org.verkstad.<notation>.dsl}
 * at the extension point {@value #EXTENSION_POINT}: the notation (its id is the file extension) and the
 * language's setup. Each language's injector is made once, when a file of it is first read.
 */
public final class TextFormats {

	public static final String EXTENSION_POINT = "org.verkstad.dsl.languages";

	private static final SetupInjectors RUNTIME = new SetupInjectors("runtime");

	private TextFormats() {
	}

	/** The injector of a notation's text format, or empty when no bundle contributes one. */
	public static Optional<Injector> injector(String notation) {
		return RUNTIME.get(notation);
	}

	/**
	 * The injector of a language: its generated runtime module with the shared {@link TextFormatModule}
	 * over it. The notations' checks are registered with EMF first, so that Xtext's validation runs
	 * them (one set of rules everywhere); XMI model files are indexed by the same names, so that text
	 * can refer to elements in them.
	 */
	public static Injector createInjector(Module language) {
		Notations.all();
		Injector injector = Guice.createInjector(Modules2.mixin(language, new TextFormatModule()));
		IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(ModelIO.XMI_EXTENSION,
				injector.getInstance(IResourceServiceProvider.class));
		// no new element gets an id that would have to be escaped (^activity)
		Ids.reserve(GrammarUtil.getAllKeywords(injector.getInstance(IGrammarAccess.class).getGrammar()));
		return injector;
	}
}
