package org.verkstad.core.nls;

import java.util.List;
import java.util.Locale;

/** The languages Verkstad speaks, and which one to use when nobody says. */
public final class Languages {

	public static final Locale SWEDISH = Locale.forLanguageTag("sv");
	public static final Locale ENGLISH = Locale.ENGLISH;
	public static final List<Locale> ALL = List.of(SWEDISH, ENGLISH);

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

	public static Locale forSystem(Locale system) {
		switch (system.getLanguage()) {
		case "sv": case "nb": case "nn": case "no": case "da":
			return SWEDISH;
		default:
			return ENGLISH;
		}
	}
}
