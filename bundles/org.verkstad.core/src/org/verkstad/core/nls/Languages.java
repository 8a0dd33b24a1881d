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
	public static final Locale ENGLISH = Locale.ENGLISH;
	public static final List<Locale> ALL = List.of(SWEDISH, ENGLISH);

	private static final Pattern SWEDISH_LETTERS = Pattern.compile("[åäöÅÄÖ]");

	/** System property that overrides the system's language: {@code sv} or {@code en}. */
	public static final String PROPERTY = "verkstad.lang";

	private Languages() {
	}

	/** {@code sv} or {@code en} (also {@code svenska}, {@code english}); null when the tag is neither. */
	public static Locale parse(String tag) {
		if (tag == null) {
			return null;
		}
		switch (tag.trim().toLowerCase(Locale.ROOT)) {
		case "sv": case "sv-se": case "svenska": case "swedish":
			return SWEDISH;
		case "en": case "english": case "engelska":
			return ENGLISH;
		default:
			return null;
		}
	}

	/**
	 * The language to use: {@value #PROPERTY} if set, else the system's: Swedish for Swedish and
	 * the Scandinavian languages close to it (Norwegian, Danish), English otherwise.
	 */
	public static Locale current() {
		Locale chosen = parse(System.getProperty(PROPERTY));
		return chosen != null ? chosen : forSystem(Locale.getDefault());
	}

	/**
	 * The language a model is written in: the one its {@code about} block declares ({@code language
	 * "sv"}), else Swedish when its names have å, ä or ö (a course participant's model, written without
	 * saying so), else {@code otherwise}. New elements get their default names in it.
	 */
	public static Locale ofModel(Model model, Locale otherwise) {
		if (model == null) {
			return otherwise;
		}
		Locale declared = model.getMetadata() == null ? null : parse(model.getMetadata().getLanguage());
		if (declared != null) {
			return declared;
		}
		for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Element element && element.getName() != null && SWEDISH_LETTERS.matcher(element.getName()).find()) {
				return SWEDISH;
			}
		}
		return otherwise;
	}

	public static Locale forSystem(Locale system) {
		switch (system.getLanguage()) {
		case "sv": case "nb": case "nn": case "no": case "da":
			return SWEDISH;
		default:
			return ENGLISH;
		}
	}
}
