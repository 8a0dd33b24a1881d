package org.verkstad.boxes.dsl.ide;

import org.eclipse.xtext.ISetup;
import org.verkstad.dsl.ide.IdeServices;
import org.verkstad.boxes.dsl.BoxesRuntimeModule;

import com.google.inject.Injector;

/** The three boxes's text format with its editor services (no EMF registration: files are read through the runtime). */
public class BoxesIdeSetup implements ISetup {

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		return IdeServices.createInjector(new BoxesRuntimeModule(), new BoxesIdeModule());
	}
}
