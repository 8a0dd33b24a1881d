package org.verkstad.diagram.server;

import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/** Draws the diagram from the model, its layout file and its description, after every change. */
public class VerkstadGModelFactory implements GModelFactory {

	@Inject
	protected VerkstadModelState state;

	@Override
	public void createGModel() {
		state.drawForGlsp();
	}
}
