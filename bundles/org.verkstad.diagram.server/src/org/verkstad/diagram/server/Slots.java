package org.verkstad.diagram.server;

import java.util.Locale;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.notation.Labels;
import org.verkstad.diagram.description.Section;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.ModelFeatures;

/**
 * Elements put into the slot of a container (a lane's steps, a quadrant's items) at a place in its order,
 * with the value that the slot's section stands for set (a strategy dropped into SO gets the kind SO).
 */
final class Slots {

	private Slots() {
	}

	static void insert(Diagram.Slot slot, EObject element, int index) {
		add(slot.owner(), slot.feature(), element, index);
		setSection(slot.section(), element);
	}

	static void move(Diagram.Slot slot, EObject element, int index, Locale locale) {
		EList<EObject> list = list(slot);
		if (element.eContainer() == slot.owner() && element.eContainmentFeature() == slot.feature()) {
			int from = list.indexOf(element);
			int to = index < 0 ? list.size() - 1 : Math.min(index > from ? index - 1 : index, list.size() - 1);
			if (from != to) {
				list.move(to, from);
			}
		} else {
			if (!slot.feature().getEReferenceType().isInstance(element)) {
				throw new EditRefused("edit.notMovable", Labels.of(element, locale));
			}
			add(slot.owner(), slot.feature(), element, index);
		}
		setSection(slot.section(), element);
	}

	private static void setSection(Section section, EObject element) {
		if (section != null && section.where() != null) {
			EAttribute attribute = ModelFeatures.attribute(element, section.where());
			element.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), section.equals()));
		}
	}

	@SuppressWarnings("unchecked")
	static EList<EObject> list(Diagram.Slot slot) {
		return (EList<EObject>) slot.owner().eGet(slot.feature());
	}

	@SuppressWarnings("unchecked")
	static void add(EObject owner, EReference feature, EObject element, int index) {
		if (feature.isMany()) {
			EList<EObject> list = (EList<EObject>) owner.eGet(feature);
			if (index < 0 || index > list.size()) {
				list.add(element);
			} else {
				list.add(index, element);
			}
		} else {
			owner.eSet(feature, element);
		}
	}
}
