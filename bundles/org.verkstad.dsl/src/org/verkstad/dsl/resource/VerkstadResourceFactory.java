package org.verkstad.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.verkstad.dsl.VerkstadStandaloneSetup;

/**
 * Creates text model resources; registered with EMF for the extensions {@code .process},
 * {@code .journey}, {@code .swot} and {@code .boxes}, so every Verkstad resource set reads them.
 */
public class VerkstadResourceFactory implements Resource.Factory {

	@Override
	public Resource createResource(URI uri) {
		return VerkstadStandaloneSetup.injector().getInstance(XtextResourceFactory.class).createResource(uri);
	}
}
