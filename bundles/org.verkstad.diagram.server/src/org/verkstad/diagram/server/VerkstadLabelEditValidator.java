package org.verkstad.diagram.server;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;
import org.verkstad.core.CorePackage;
import org.verkstad.core.notation.Labels;
import org.verkstad.diagram.graph.Diagram;

import com.google.inject.Inject;

/** Tells the user while typing that a name cannot be empty, before the edit is applied. */
public class VerkstadLabelEditValidator implements LabelEditValidator {

	@Inject
	protected VerkstadModelState state;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		Diagram.LabelTarget target = state.diagram() == null ? null : state.diagram().label(element.getId());
		if (target != null && target.attribute() == CorePackage.Literals.ELEMENT__NAME
				&& (label == null || label.isBlank())) {
			return ValidationStatus.error(ServerMessages.MESSAGES.get(state.locale(), "edit.emptyName",
					Labels.of(target.element(), state.locale())));
		}
		return ValidationStatus.ok();
	}
}
