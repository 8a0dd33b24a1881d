package org.verkstad.core.notation;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.verkstad.core.Element;

/** How elements and kinds of element are named to a person, in Swedish or English. */
public final class Labels {

	private Labels() {
	}

	/** The kind of an element, e.g. "aktivitet" / "activity" (from {@code kind.<EClass name>}). */
	public static String kind(EClass eClass, Locale locale) {
		String key = "kind." + eClass.getName();
		return Notations.of(eClass).filter(n -> n.messages().has(locale, key))
				.map(n -> n.messages().get(locale, key)).orElse(eClass.getName());
	}

	/** An element as a person would refer to it: its kind and its name, e.g. aktivitet ”Registrera ansökan”. */
	public static String of(EObject object, Locale locale) {
		if (object == null) {
			return "-";
		}
		if (object.eIsProxy()) {
			return String.valueOf(((InternalEObject) object).eProxyURI());
		}
		String kind = kind(object.eClass(), locale);
		if (object instanceof Element element && element.getName() != null && !element.getName().isBlank()) {
			// Swedish quotes ”…”, English “…”
			boolean swedish = "sv".equals(locale.getLanguage());
			return kind + (swedish ? " \u201d" : " \u201c") + element.getName() + "\u201d";
		}
		return kind;
	}
}
