package org.verkstad.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a hand-in says of itself ({@code handin.json}): whose it is, when it was made, the pack its
 * models were made from, and its files.
 *
 * @param format       always {@link #FORMAT}
 * @param version      the format's version; only {@link #VERSION} is read
 * @param participant  who handed it in
 * @param organisation the participant's organisation, from the models' {@code about}
 * @param course       the course, from the models' {@code about}
 * @param created      when it was made (ISO-8601, UTC)
 * @param pack         the installed pack its models were made from, or null
 * @param models       the model files ({@code models/<file>})
 * @param diagrams     the models' diagrams as PDF ({@code diagrams/<file>.pdf})
 * @param errors       how many errors the checks found when it was made (the teacher's import counts again)
 * @param warnings     how many warnings
 */
public record HandInManifest(String format, int version, String participant, String organisation, String course,
		String created, String pack, List<String> models, List<String> diagrams, int errors, int warnings) {

	public static final String FORMAT = "verkstad-handin";
	public static final int VERSION = 1;

	/** Lists as read (a null entry stays, so that reading can refuse it by name). */
	public HandInManifest {
		models = models == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(models));
		diagrams = diagrams == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(diagrams));
	}

	/** The manifest with its texts as they may be shown ({@link Names#shown}): it came from someone else. */
	HandInManifest shown() {
		return new HandInManifest(format, version, Names.shown(participant), Names.shown(organisation), Names.shown(course),
				Names.shown(created), Names.shown(pack), models, diagrams, errors, warnings);
	}
}
