package org.verkstad.boxes.dsl;

import org.verkstad.dsl.TextFormats;

import com.google.inject.Injector;

/** Sets up the three boxes text format: its generated language with the shared parts over it. */
public class BoxesStandaloneSetup extends BoxesStandaloneSetupGenerated {

	@Override
	public Injector createInjector() {
		return TextFormats.createInjector(new BoxesRuntimeModule());
	}
}
