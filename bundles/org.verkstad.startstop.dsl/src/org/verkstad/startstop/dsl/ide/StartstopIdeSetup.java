package org.verkstad.startstop.dsl.ide;

import org.eclipse.xtext.ISetup;
import org.verkstad.dsl.ide.IdeServices;
import org.verkstad.startstop.dsl.StartstopRuntimeModule;

import com.google.inject.Injector;

/** The continue / start / stop list's text format with its editor services (no EMF registration: files are read through the runtime). */
public class StartstopIdeSetup implements ISetup {

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		return IdeServices.createInjector(new StartstopRuntimeModule(), new StartstopIdeModule());
	}
}
