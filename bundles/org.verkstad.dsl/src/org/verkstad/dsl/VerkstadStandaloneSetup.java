package org.verkstad.dsl;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Notations;

import com.google.inject.Injector;

/**
 * Sets up the text format: registers the notations' checks with EMF first (so Xtext's validation
 * runs them: one set of rules everywhere), then the language.
 */
public class VerkstadStandaloneSetup extends VerkstadStandaloneSetupGenerated {

	private static volatile Injector injector;

	/** The language's injector, created once. */
	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (VerkstadStandaloneSetup.class) {
				result = injector;
				if (result == null) {
					result = new VerkstadStandaloneSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Notations.all();
		Injector created = super.createInjectorAndDoEMFRegistration();
		// XMI model files are indexed by the same names, so text can refer to elements in XMI files
		IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(ModelIO.XMI_EXTENSION,
				created.getInstance(IResourceServiceProvider.class));
		return created;
	}
}
