package org.verkstad.dsl.ide;

import java.util.Optional;

import org.eclipse.xtext.util.Modules2;
import org.verkstad.core.notation.Notations;
import org.verkstad.dsl.BaseStandaloneSetup;
import org.verkstad.dsl.SetupInjectors;
import org.verkstad.dsl.TextFormatModule;
import org.verkstad.dsl.TextFormats;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The editor services of the notations' text formats (the {@code ide} setup each contributes at
 * {@value TextFormats#EXTENSION_POINT}), for the workbench's text page: one injector per notation, made
 * when first asked for, with no EMF registration (the files are read through {@link TextFormats}).
 */
public final class IdeServices {

	private static final SetupInjectors IDE = new SetupInjectors("ide");

	private IdeServices() {
	}

	/** The editor services of a notation's text format, or empty when none is installed. */
	public static Optional<Injector> injector(String notation) {
		if (IDE.made(notation).isEmpty() && IDE.has(notation)) {
			// the runtime first: it registers the language with EMF and Xtext's index, so that other files'
			// names are found in the notation's files whichever services made them
			TextFormats.injector(notation);
		}
		return IDE.get(notation);
	}

	/** The editor services of a notation if they are made already (the text page colours with them when they are). */
	public static Optional<Injector> made(String notation) {
		return IDE.made(notation);
	}

	/**
	 * The injector of a language's editor services: its runtime and IDE modules with the shared
	 * {@link TextFormatModule} and {@link VerkstadIdeModule} over them.
	 */
	public static Injector createInjector(Module runtime, Module ide) {
		Notations.all();
		// the grammars are read from their binary form, which needs the registrations of a root grammar
		BaseStandaloneSetup.doSetup();
		return Guice.createInjector(Modules2.mixin(runtime, new TextFormatModule(), ide, new VerkstadIdeModule()));
	}
}
