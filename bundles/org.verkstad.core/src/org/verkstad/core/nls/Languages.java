package org.verkstad.core.nls;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.Element;
import org.verkstad.core.Model;

/** The languages Verkstad speaks, and which one to use when nobody says. */
public final class Languages {

	public static final Locale SWEDISH = Locale.forLanguageTag("sv");
	/** Norwegian bokmål: the courses also run in Norway. */
	public static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
	public static final Locale ENGLISH = Locale.ENGLISH;
	public static final List<Locale> ALL = List.of(SWEDISH, NORWEGIAN, ENGLISH);

	private static final Pattern SWEDISH_LETTERS = Pattern.compile("[äöÄÖ]");
	private static final Pattern NORWEGIAN_LETTERS = Pattern.compile("[æøÆØ]");

	/** System property that overrides the system's language: {@code sv}, {@code nb} or {@code en}. */
	public static final String PROPERTY = "verkstad.lang";

	private Languages() {
	}

	/**
	 * {@code sv}, {@code nb} or {@code en} (also {@code svenska}, {@code no}, {@code norsk}, {@code english});
	 * null when the tag is none of them.
	 */
	public static Locale parse(String tag) {
		if (tag == null) {
			return null;
		}
		switch (tag.trim().toLowerCase(Locale.ROOT)) {
		case "sv": case "sv-se": case "svenska": case "swedish":
			return SWEDISH;
		case "nb": case "nb-no": case "no": case "no-no": case "norsk": case "bokmål": case "norwegian":
			return NORWEGIAN;
		case "en": case "english": case "engelska":
			return ENGLISH;
		default:
			return null;
		}
	}

	/**
	 * The language to use: {@value #PROPERTY} if set, else the system's: Swedish for Swedish, Norwegian
	 * bokmål for Norwegian and Danish, English otherwise.
	 */
	public static Locale current() {
		Locale chosen = parse(System.getProperty(PROPERTY));
		return chosen != null ? chosen : forSystem(Locale.getDefault());
	}

	/**
	 * The language a model is written in: the one its {@code about} block declares ({@code language
	 * "sv"}), else Swedish when its names have ä or ö, Norwegian when they have æ or ø, Swedish when
	 * they have å only (a course participant's model, written without saying so), else {@code otherwise}. New elements get their
	 * default names in it.
	 */
	public static Locale ofModel(Model model, Locale otherwise) {
		if (model == null) {
			return otherwise;
		}
		Locale declared = model.getMetadata() == null ? null : parse(model.getMetadata().getLanguage());
		if (declared != null) {
			return declared;
		}
		boolean ring = false;
		for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Element element && element.getName() != null) {
				if (SWEDISH_LETTERS.matcher(element.getName()).find()) {
					return SWEDISH;
				}
				if (NORWEGIAN_LETTERS.matcher(element.getName()).find()) {
					return NORWEGIAN;
				}
				ring |= element.getName().indexOf('å') >= 0 || element.getName().indexOf('Å') >= 0;
			}
		}
		// å alone is both languages': the courses are mostly Swedish
		return ring ? SWEDISH : otherwise;
	}

	/** A text in the language's quotation marks: ”…” in Swedish, «…» in Norwegian, “…” in English. */
	public static String quote(String text, Locale locale) {
		return switch (locale.getLanguage()) {
		case "sv" -> "\u201d" + text + "\u201d";
		case "nb" -> "\u00ab" + text + "\u00bb";
		default -> "\u201c" + text + "\u201d";
		};
	}

	public static Locale forSystem(Locale system) {
		switch (system.getLanguage()) {
		case "sv":
			return SWEDISH;
		case "nb": case "nn": case "no": case "da":
			return NORWEGIAN;
		default:
			return ENGLISH;
		}
	}
}
