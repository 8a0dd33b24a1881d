package org.verkstad.export.interchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the person importing chose.
 *
 * @param locale  the language of the summary and of the texts the import makes
 * @param folder  where the models will be saved: links to other models are looked for there
 * @param part    which part of a file with several (a pool of a BPMN collaboration, by id or name), or null
 * @param all     every part, each a model of its own
 * @param columns a table's headers that are named otherwise, mapped to the names the import knows
 *                ({@code Moment=step}), empty when the headers are recognised as they are
 */
public record ImportOptions(Locale locale, Path folder, String part, boolean all, Map<String, String> columns) {

	public ImportOptions {
		columns = Map.copyOf(columns);
	}

	/** The only part of a file, to be saved in a folder, with the headers as they are. */
	public static ImportOptions of(Locale locale, Path folder) {
		return new ImportOptions(locale, folder, null, false, Map.of());
	}
}
