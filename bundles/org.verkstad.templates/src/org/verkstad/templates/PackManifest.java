package org.verkstad.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template pack says of itself ({@code manifest.json} in the pack): who made it for which
 * course, the instructions in Swedish and English, and its template models with the ids of their
 * locked elements.
 *
 * @param format       always {@link #FORMAT}
 * @param version      the manifest's format version; only {@link #VERSION} is read
 * @param title        the pack's name
 * @param course       the course it is for
 * @param author       the teacher
 * @param packVersion  the teacher's version of the pack (e.g. {@code 2026.1})
 * @param language     {@code sv} or {@code en}: the language of the templates
 * @param instructions the instructions by language ({@code sv}, {@code en})
 * @param templates    the template models
 * @param checks       the teacher's feedback checks
 */
public record PackManifest(String format, int version, String title, String course, String author, String packVersion,
		String language, Map<String, String> instructions, List<Template> templates, List<FeedbackCheck> checks) {

	public static final String FORMAT = "verkstad-pack";
	public static final int VERSION = 1;

	/** A template model: its file in the pack ({@code models/<name>}) and the ids of its locked elements. */
	public record Template(String file, List<String> locked) {
	}

	/** Lists and maps as read (a null entry stays, so that reading can refuse it by name). */
	public PackManifest {
		instructions = instructions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(instructions));
		templates = templates == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(templates));
		checks = checks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(checks));
	}
}
