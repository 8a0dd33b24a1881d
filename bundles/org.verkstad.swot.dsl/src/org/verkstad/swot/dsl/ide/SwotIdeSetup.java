package org.verkstad.swot.dsl.ide;

import org.eclipse.xtext.ISetup;
import org.verkstad.dsl.ide.IdeServices;
import org.verkstad.swot.dsl.SwotRuntimeModule;

import com.google.inject.Injector;

/** The SWOT's text format with its editor services (no EMF registration: files are read through the runtime). */
public class SwotIdeSetup implements ISetup {

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		return IdeServices.createInjector(new SwotRuntimeModule(), new SwotIdeModule());
	}
}
