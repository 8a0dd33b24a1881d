package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.verkstad.core.notation.Labels;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.graph.Diagram;

import com.google.inject.Inject;

/**
 * The checks of the notation (the same as {@code verkstad validate} and the text editor run), shown as
 * markers on the elements they concern: a finding about an element that is not drawn (a problem of an
 * activity) goes to the nearest drawn element holding it.
 */
public class VerkstadModelValidator implements ModelValidator {

	@Inject
	protected VerkstadModelState state;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		if (state.model() == null || state.diagram() == null) {
			return List.of();
		}
		return state.reading(() -> markers(state.diagram()));
	}

	private List<Marker> markers(Diagram diagram) {
		List<Marker> markers = new ArrayList<>();
		for (Finding finding : Validation.validate(state.model().eResource())) {
			String id = DiagramFixes.drawnId(diagram, finding);
			String kind = switch (finding.severity()) {
			case ERROR -> MarkerKind.ERROR;
			case WARNING -> MarkerKind.WARNING;
			default -> MarkerKind.INFO;
			};
			String label = finding.element() == null ? "" : Labels.of(finding.element(), state.locale());
			markers.add(new Marker(label, finding.message(state.locale()), id, kind));
		}
		return markers;
	}
}
