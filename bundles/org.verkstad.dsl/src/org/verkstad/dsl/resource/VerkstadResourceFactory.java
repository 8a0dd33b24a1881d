package org.verkstad.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.verkstad.dsl.TextFormats;

/**
 * Creates text model resources in the language of their extension ({@link TextFormats}); each notation's
 * text bundle registers it with EMF for its extension, so every Verkstad resource set reads text files.
 */
public class VerkstadResourceFactory implements Resource.Factory {

	@Override
	public Resource createResource(URI uri) {
		String notation = uri.fileExtension();
		return TextFormats.injector(notation)
				.orElseThrow(() -> new IllegalStateException("No text format is installed for ." + notation + " files"))
				.getInstance(XtextResourceFactory.class).createResource(uri);
	}
}
