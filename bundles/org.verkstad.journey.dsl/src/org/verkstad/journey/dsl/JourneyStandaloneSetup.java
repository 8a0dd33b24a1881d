package org.verkstad.journey.dsl;

import org.verkstad.dsl.TextFormats;

import com.google.inject.Injector;

/** Sets up the citizen journey text format: its generated language with the shared parts over it. */
public class JourneyStandaloneSetup extends JourneyStandaloneSetupGenerated {

	@Override
	public Injector createInjector() {
		return TextFormats.createInjector(new JourneyRuntimeModule());
	}
}
