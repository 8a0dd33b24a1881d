package org.verkstad.export.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.verkstad.core.notation.Contributions;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.annotations.SerializedName;

/**
 * The tables a notation's models get in a course report, declared rather than programmed: a file each
 * notation contributes to the extension point {@value #EXTENSION_POINT}, like its diagrams, so that a
 * new notation needs a description, not code. Each table lists elements reached from the model by feature paths, a row each (or a
 * column each, {@code transpose}), with a column per feature of them.
 *
 * @param notation the notation's id
 * @param orderBy  a feature of the model that orders the notation's models (an enumeration by its
 *                 literals' values: the as-is map before the to-be), or null
 * @param tables   the tables, in order
 */
public record ReportDescription(String notation, String orderBy, List<Table> tables) {

	public static final String EXTENSION_POINT = "org.verkstad.export.reports";

	private static volatile Map<String, ReportDescription> contributed;

	/**
	 * @param title     message key of the table's caption
	 * @param rows      feature paths from the model to the listed elements ({@code lanes.nodes})
	 * @param eClass    only elements of this class (by name), or null for all
	 * @param sort      a feature to order the rows by, or null for the model's order
	 * @param transpose a column per element and a row per feature (a journey's phases side by side)
	 * @param columns   what is shown of each element
	 */
	public record Table(String title, List<String> rows, @SerializedName("class") String eClass,
			String sort, boolean transpose, List<Column> columns) {
	}

	/**
	 * One column: a feature of the element ({@code format}: minutes, money or plain), the name of the
	 * element that holds it ({@code owner}), or which of the row paths it came from ({@code group},
	 * the message key of the column's header).
	 */
	public record Column(String feature, String format, boolean owner, String group) {
	}

	/** The description of a notation; one that contributes none has no tables. */
	public static ReportDescription of(String notation) {
		Map<String, ReportDescription> all = contributed;
		if (all == null) {
			synchronized (ReportDescription.class) {
				if (contributed == null) {
					contributed = load();
				}
				all = contributed;
			}
		}
		return all.getOrDefault(notation, new ReportDescription(notation, null, List.of()));
	}

	private static Map<String, ReportDescription> load() {
		Map<String, ReportDescription> all = new HashMap<>();
		for (Contributions.File file : Contributions.files(EXTENSION_POINT)) {
			try (Reader in = new InputStreamReader(file.url().openStream(), StandardCharsets.UTF_8)) {
				ReportDescription d = new Gson().fromJson(in, ReportDescription.class);
				if (d == null || d.notation() == null) {
					throw new JsonParseException("it names no notation");
				}
				all.put(d.notation(), new ReportDescription(d.notation(), d.orderBy(),
						d.tables() == null ? List.of() : d.tables()));
			} catch (IOException | JsonParseException e) {
				throw new IllegalStateException("Report description " + file.url() + " cannot be read: " + e.getMessage(), e);
			}
		}
		return Map.copyOf(all);
	}
}
