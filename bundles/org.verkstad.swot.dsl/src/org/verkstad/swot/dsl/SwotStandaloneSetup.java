package org.verkstad.swot.dsl;

import org.verkstad.dsl.TextFormats;

import com.google.inject.Injector;

/** Sets up the SWOT text format: its generated language with the shared parts over it. */
public class SwotStandaloneSetup extends SwotStandaloneSetupGenerated {

	@Override
	public Injector createInjector() {
		return TextFormats.createInjector(new SwotRuntimeModule());
	}
}
