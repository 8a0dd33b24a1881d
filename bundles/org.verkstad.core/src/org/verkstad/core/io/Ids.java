package org.verkstad.core.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.Element;

/**
 * Stable element ids: every element gets one the first time its model is saved, and keeps it. A new
 * id is readable, made from the element's name ("Registrerar ärendet" → {@code registrerar-arendet}) or
 * its kind ({@code sequenceflow-3}), and unique in the model.
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * Gives every element of the model that has no id (or a duplicate one) a new one. Existing ids are
	 * kept: they are all collected first, so a new id never takes one that appears later in the model.
	 */
	public static void ensure(EObject root) {
		Set<String> taken = new HashSet<>();
		List<Element> needing = new ArrayList<>();
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			if (object instanceof Element element) {
				String id = element.getId();
				if (id == null || id.isBlank() || !taken.add(id)) {
					needing.add(element);
				}
			}
		}
		for (Element element : needing) {
			String id = newId(element, taken);
			element.setId(id);
			taken.add(id);
		}
	}

	/** A readable id for the element that is not in {@code taken}. */
	public static String newId(Element element, Set<String> taken) {
		String kind = element.eClass().getName().toLowerCase(Locale.ROOT);
		String base = slug(element.getName());
		boolean fromKind = base.isEmpty();
		if (fromKind) {
			base = kind;
		} else if (!Character.isLetter(base.charAt(0))) {
			base = kind.charAt(0) + "-" + base;
		}
		String id = fromKind ? base + "-1" : base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/** Lower case ASCII letters, digits and single dashes, at most about 32 characters. */
	static String slug(String name) {
		if (name == null) {
			return "";
		}
		String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o"),
				Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 32) {
			int cut = slug.lastIndexOf('-', 32);
			slug = slug.substring(0, cut > 8 ? cut : 32);
		}
		return slug;
	}
}
