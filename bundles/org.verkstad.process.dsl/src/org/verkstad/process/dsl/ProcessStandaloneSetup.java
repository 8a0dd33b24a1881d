package org.verkstad.process.dsl;

import org.verkstad.dsl.TextFormats;

import com.google.inject.Injector;

/** Sets up the process map's text format: its generated language with the shared parts over it. */
public class ProcessStandaloneSetup extends ProcessStandaloneSetupGenerated {

	@Override
	public Injector createInjector() {
		return TextFormats.createInjector(new ProcessRuntimeModule());
	}
}
