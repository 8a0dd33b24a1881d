package org.verkstad.process.dsl.ide;

import org.eclipse.xtext.ISetup;
import org.verkstad.dsl.ide.IdeServices;
import org.verkstad.process.dsl.ProcessRuntimeModule;

import com.google.inject.Injector;

/** The process map's text format with its editor services (no EMF registration: files are read through the runtime). */
public class ProcessIdeSetup implements ISetup {

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		return IdeServices.createInjector(new ProcessRuntimeModule(), new ProcessIdeModule());
	}
}
