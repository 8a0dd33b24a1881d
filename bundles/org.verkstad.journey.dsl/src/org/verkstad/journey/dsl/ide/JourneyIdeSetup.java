package org.verkstad.journey.dsl.ide;

import org.eclipse.xtext.ISetup;
import org.verkstad.dsl.ide.IdeServices;
import org.verkstad.journey.dsl.JourneyRuntimeModule;

import com.google.inject.Injector;

/** The citizen journey's text format with its editor services (no EMF registration: files are read through the runtime). */
public class JourneyIdeSetup implements ISetup {

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		return IdeServices.createInjector(new JourneyRuntimeModule(), new JourneyIdeModule());
	}
}
