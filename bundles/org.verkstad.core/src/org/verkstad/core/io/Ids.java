package org.verkstad.core.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;

/**
 * Stable element ids: every element gets one the first time its model is saved, and keeps it. A new id
 * follows the file: the prefix and numbering of that kind of element there ({@code f01}, {@code f02} →
 * {@code f03}; {@code a-registrera}, {@code a-granska} → {@code a-} and the name), else it is made from the
 * element's name ("Registrerar ärendet" → {@code registrerar-arendet}) or its kind in the model's language
 * ({@code flode-3}); it is unique in the model and never a word of the text format (which would have to be
 * written {@code ^activity}).
 */
public final class Ids {

	/** The text formats' keywords: no new id is one of them (see {@link #reserve}). */
	private static final Set<String> RESERVED = ConcurrentHashMap.newKeySet();
	/** An id made of a prefix and a number: {@code f01}, {@code flow-12}. */
	private static final Pattern NUMBERED = Pattern.compile("(.*[^0-9])([0-9]+)");

	private Ids() {
	}

	/** Words no new id may be (a text format registers its keywords when it starts). */
	public static void reserve(Collection<String> words) {
		RESERVED.addAll(words);
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
		Kinds kinds = new Kinds(root);
		for (EObject object : all) {
			if (object instanceof Element element) {
				String id = element.getId();
				if (id == null || id.isBlank() || !taken.add(id)) {
					needing.add(element);
				} else {
					kinds.add(element.eClass(), id);
				}
			}
		}
		for (Element element : needing) {
			String id = newId(element, kinds, taken);
			element.setId(id);
			taken.add(id);
			kinds.add(element.eClass(), id);
		}
	}

	/** The ids the model and its elements have now: a new id must be none of them. */
	public static Set<String> taken(Model model) {
		Set<String> taken = new HashSet<>();
		if (model.getId() != null) {
			taken.add(model.getId());
		}
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Element element && element.getId() != null) {
				taken.add(element.getId());
			}
		});
		return taken;
	}

	/** A readable id for the element that is not in {@code taken} (the element not yet in a model). */
	public static String newId(Element element, Set<String> taken) {
		return newId(element, (Model) null, taken);
	}

	/** The same, following the ids of the elements of its kind in {@code model} (the model it will go into). */
	public static String newId(Element element, Model model, Set<String> taken) {
		Kinds kinds = new Kinds(model);
		if (model != null) {
			model.eAllContents().forEachRemaining(object -> {
				if (object instanceof Element other && other != element && other.getId() != null) {
					kinds.add(other.eClass(), other.getId());
				}
			});
		}
		return newId(element, kinds, taken);
	}

	private static String newId(Element element, Kinds kinds, Set<String> taken) {
		List<String> siblings = kinds.ids(element.eClass());
		String numbered = numbered(siblings, taken);
		if (numbered != null) {
			return numbered;
		}
		String base = slug(element.getName());
		boolean fromKind = base.isEmpty();
		String prefix = prefix(siblings);
		if (fromKind) {
			base = kinds.kind(element.eClass());
		} else if (prefix != null && !base.startsWith(prefix)) {
			base = prefix + base;
		} else if (!Character.isLetter(base.charAt(0))) {
			base = kinds.kind(element.eClass()).substring(0, 1) + "-" + base;
		}
		String id = fromKind || RESERVED.contains(base) ? base + "-1" : base;
		for (int n = 2; taken.contains(id) || RESERVED.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/**
	 * The next id of a numbered kind ({@code f01 … f21} → {@code f22}): when at least two ids of the kind,
	 * and most of them, are one prefix and a number. Null when the kind is not numbered.
	 */
	private static String numbered(List<String> siblings, Set<String> taken) {
		Map<String, List<Matcher>> byPrefix = new HashMap<>();
		for (String id : siblings) {
			Matcher m = NUMBERED.matcher(id);
			if (m.matches() && m.group(2).length() < 9) {
				byPrefix.computeIfAbsent(m.group(1), p -> new ArrayList<>()).add(m);
			}
		}
		for (Map.Entry<String, List<Matcher>> entry : byPrefix.entrySet()) {
			List<Matcher> ids = entry.getValue();
			if (ids.size() >= 2 && ids.size() * 2 > siblings.size()) {
				int width = ids.stream().filter(m -> m.group(2).startsWith("0")).mapToInt(m -> m.group(2).length()).max().orElse(1);
				int n = ids.stream().mapToInt(m -> Integer.parseInt(m.group(2))).max().orElse(0) + 1;
				String id;
				do {
					id = entry.getKey() + String.format("%0" + width + "d", n++);
				} while (taken.contains(id) || RESERVED.contains(id));
				return id;
			}
		}
		return null;
	}

	/** The short prefix all ids of a kind start with ({@code a-}), when there are two or more; else null. */
	private static String prefix(List<String> siblings) {
		if (siblings.size() < 2) {
			return null;
		}
		int dash = siblings.get(0).indexOf('-');
		if (dash < 1 || dash > 3) {
			return null;
		}
		String prefix = siblings.get(0).substring(0, dash + 1);
		return siblings.stream().allMatch(id -> id.startsWith(prefix) && id.length() > prefix.length()) ? prefix : null;
	}

	/** The ids of a model's elements by their kind, and the model's language (looked for only when a kind names an id). */
	private static final class Kinds {
		private final Map<EClass, List<String>> ids = new HashMap<>();
		private final EObject root;
		private Locale language;

		Kinds(EObject root) {
			this.root = root;
		}

		/** An element's kind in the model's language as an id ({@code flode}), never empty. */
		String kind(EClass eClass) {
			if (language == null) {
				language = Languages.ofModel(root instanceof Model model ? model : null, Languages.ENGLISH);
			}
			String kind = slug(Labels.kind(eClass, language));
			return kind.isEmpty() ? "e" : kind;
		}

		void add(EClass eClass, String id) {
			ids.computeIfAbsent(eClass, c -> new ArrayList<>()).add(id);
		}

		List<String> ids(EClass eClass) {
			return ids.getOrDefault(eClass, List.of());
		}
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
