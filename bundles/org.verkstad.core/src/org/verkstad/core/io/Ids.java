package org.verkstad.core.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
		Map<String, Integer> next = new HashMap<>();
		for (Element element : needing) {
			String id = newId(element, taken, next);
			element.setId(id);
			taken.add(id);
		}
	}

	/** A readable id for the element that is not in {@code taken}. */
	public static String newId(Element element, Set<String> taken) {
		return newId(element, taken, new HashMap<>());
	}

	/**
	 * The same, where {@code next} remembers per base the number to try first, so that giving ids to many
	 * unnamed elements ({@code sequenceflow-1}, {@code -2}, …) does not count up from 2 every time.
	 */
	private static String newId(Element element, Set<String> taken, Map<String, Integer> next) {
		String kind = element.eClass().getName().toLowerCase(Locale.ROOT);
		String base = slug(element.getName());
		boolean fromKind = base.isEmpty();
		if (fromKind) {
			base = kind;
		} else if (!Character.isLetter(base.charAt(0))) {
			base = kind.charAt(0) + "-" + base;
		}
		String id = fromKind && !next.containsKey(base) ? base + "-1" : base;
		int n = next.getOrDefault(base, 2);
		if (taken.contains(id) || next.containsKey(base)) {
			while (taken.contains(id = base + "-" + n)) {
				n++;
			}
			next.put(base, n + 1);
		}
		return id;
	}

	/**
	 * The id of a new model from its file's name without the extension ("Bygglov nuläge" →
	 * {@code bygglov-nulage}): an id starts with a letter, so one that would not gets {@code m-} before it.
	 */
	public static String forModel(String fileBase) {
		String slug = slug(fileBase);
		return slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "m-" + slug : slug;
	}

	/**
	 * A file name (without extension) made from a name as people read it: lower case, words joined by
	 * dashes, its letters kept ("Tre lådor" → {@code tre-lådor}, "Fortsätta / börja / sluta" →
	 * {@code fortsätta-börja-sluta}).
	 */
	public static String fileName(String name, Locale locale) {
		return name.toLowerCase(locale).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
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
