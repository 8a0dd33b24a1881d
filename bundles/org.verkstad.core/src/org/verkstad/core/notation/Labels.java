package org.verkstad.core.notation;

import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.verkstad.core.Element;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.nls.Messages;

/** How elements and kinds of element are named to a person, in Swedish or English. */
public final class Labels {

	private static final Messages CORE = new Messages(Labels.class, "org.verkstad.core.notation.messages");

	private Labels() {
	}

	/** The kind of an element, e.g. "aktivitet" / "activity" (from {@code kind.<EClass name>}). */
	public static String kind(EClass eClass, Locale locale) {
		String key = "kind." + eClass.getName();
		return Notations.of(eClass).filter(n -> n.messages().has(locale, key)).map(n -> n.messages().get(locale, key))
				.orElseGet(() -> CORE.has(locale, key) ? CORE.get(locale, key) : eClass.getName());
	}

	/**
	 * A field of an element as a person calls it, e.g. "Bearbetningstid (minuter)" / "Processing time
	 * (minutes)" ({@code feature.<name>} of the notation that has the field, else of the core).
	 */
	public static String feature(EStructuralFeature feature, Locale locale) {
		return text(feature.getEContainingClass().getEPackage(), "feature." + feature.getName(), locale, feature.getName());
	}

	/** A value of an enumeration as a person calls it ({@code literal.<enumeration>.<name>}). */
	public static String literal(EEnumLiteral literal, Locale locale) {
		EEnum eEnum = literal.getEEnum();
		return text(eEnum.getEPackage(), "literal." + eEnum.getName() + "." + literal.getName(), locale, literal.getLiteral());
	}

	/**
	 * A text a notation's declarations name by key (a diagram's name, a palette tool, a section, a report's
	 * table): from the notation's message table, else the key itself, so that a missing text shows.
	 */
	public static String declared(String notation, String key, Locale locale) {
		return Notations.byId(notation).filter(n -> n.messages().has(locale, key)).map(n -> n.messages().get(locale, key))
				.orElse(key);
	}

	/** A value of an enumeration as a person calls it, starting with a capital (for a title or a tooltip). */
	public static String literalTitle(EEnumLiteral literal, Locale locale) {
		return capitalised(literal(literal, locale));
	}

	/** A text starting with a capital, as a title or a column header does ("processkarta" → "Processkarta"); null is empty. */
	public static String capitalised(String text) {
		return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static String text(EPackage ePackage, String key, Locale locale, String fallback) {
		return Notations.of(ePackage).filter(n -> n.messages().has(locale, key)).map(n -> n.messages().get(locale, key))
				.orElseGet(() -> CORE.has(locale, key) ? CORE.get(locale, key) : fallback);
	}

	/** An element as a person would refer to it: its kind and its name, e.g. aktivitet ”Registrera ansökan”. */
	public static String of(EObject object, Locale locale) {
		if (object == null) {
			return "-";
		}
		if (object.eIsProxy()) {
			// an element that could not be found: its kind and where it was looked for, never an address
			URI uri = ((InternalEObject) object).eProxyURI();
			String fragment = uri.fragment() == null || Links.isTextName(uri) ? "" : " " + uri.fragment();
			String file = uri.lastSegment() == null ? "" : " (" + URI.decode(uri.lastSegment()) + ")";
			return kind(object.eClass(), locale) + fragment + file;
		}
		String kind = kind(object.eClass(), locale);
		if (object instanceof Element element && element.getName() != null && !element.getName().isBlank()) {
			return kind + " " + Languages.quote(element.getName(), locale);
		}
		return kind;
	}
}
