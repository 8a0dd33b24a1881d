package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.verkstad.core.CorePackage;
import org.verkstad.diagram.description.Section;

/**
 * The model's features as a description names them: reading values, contents and the ends of an edge
 * by name, for the diagram builder and for the edits the server makes.
 */
public final class ModelFeatures {

	private ModelFeatures() {
	}

	/** The value of an attribute as text (an enum by its literal's name); unset: null, or the default when asked. */
	public static String literal(EObject element, String featureName, boolean withDefault) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		if (feature == null || !element.eIsSet(feature) && !(withDefault && feature.getEType() instanceof EEnum)) {
			return null;
		}
		Object value = element.eGet(feature);
		return value instanceof Enumerator e ? e.getName() : value == null ? null : value.toString();
	}

	public static List<EObject> sectionContents(EObject owner, Section section) {
		List<EObject> result = new ArrayList<>();
		for (EObject value : contents(owner, section.feature())) {
			if (section.where() == null || section.equals().equals(literal(value, section.where(), true))) {
				result.add(value);
			}
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	public static List<EObject> contents(EObject owner, String featureName) {
		EStructuralFeature feature = featureName == null ? null : owner.eClass().getEStructuralFeature(featureName);
		if (feature == null) {
			return List.of();
		}
		Object value = owner.eGet(feature);
		return value instanceof List<?> list ? (List<EObject>) list : value == null ? List.of() : List.of((EObject) value);
	}

	public static EReference reference(EObject owner, String name) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
		if (!(feature instanceof EReference reference)) {
			throw new IllegalStateException(owner.eClass().getName() + " has no reference " + name);
		}
		return reference;
	}

	public static EAttribute attribute(EObject owner, String name) {
		EStructuralFeature feature = name == null ? null : owner.eClass().getEStructuralFeature(name);
		return feature instanceof EAttribute attribute ? attribute : null;
	}

	public static EObject end(EObject edge, String feature) {
		if ("container".equals(feature)) {
			return edge.eContainer();
		}
		EStructuralFeature f = edge.eClass().getEStructuralFeature(feature);
		Object value = f == null ? null : edge.eGet(f);
		return value instanceof EObject o && !o.eIsProxy() ? o : null;
	}

	/** A class a description names: of the model's notation, or of the shared core. */
	public static EClass eClass(EObject root, String name) {
		EClassifier classifier = root.eClass().getEPackage().getEClassifier(name);
		if (classifier == null) {
			classifier = CorePackage.eINSTANCE.getEClassifier(name);
		}
		if (!(classifier instanceof EClass eClass)) {
			throw new IllegalStateException("No class " + name + " in " + root.eClass().getEPackage().getName() + " or the core");
		}
		return eClass;
	}
}
