package org.verkstad.startstop.dsl;

import org.verkstad.dsl.TextFormats;

import com.google.inject.Injector;

/** Sets up the continue / start / stop text format: its generated language with the shared parts over it. */
public class StartstopStandaloneSetup extends StartstopStandaloneSetupGenerated {

	@Override
	public Injector createInjector() {
		return TextFormats.createInjector(new StartstopRuntimeModule());
	}
}
