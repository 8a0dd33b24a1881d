package org.verkstad.export.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The tables a notation's models get in a course report, declared rather than programmed
 * ({@code reports/<notation>.report.json}), like its diagrams: a fifth notation needs a description,
 * not code. Each table lists elements reached from the model by feature paths, a row each (or a
 * column each, {@code transpose}), with a column per feature of them.
 *
 * @param notation the notation's id
 * @param order    where the notation's models come in a participant's report (lowest first)
 * @param orderBy  a feature of the model that orders the notation's models (an enumeration by its
 *                 literals' values: the as-is map before the to-be), or null
 * @param tables   the tables, in order
 */
public record ReportDescription(String notation, int order, String orderBy, List<Table> tables) {

	/** Where a notation whose report description names no order comes: after the others. */
	public static final int LAST = 1000;

	private static final Map<String, ReportDescription> LOADED = new ConcurrentHashMap<>();

	/**
	 * @param title     message key of the table's caption
	 * @param rows      feature paths from the model to the listed elements ({@code lanes.nodes})
	 * @param eClass    only elements of this class (by name), or null for all
	 * @param sort      a feature to order the rows by, or null for the model's order
	 * @param transpose a column per element and a row per feature (a journey's phases side by side)
	 * @param columns   what is shown of each element
	 */
	public record Table(String title, List<String> rows, @com.google.gson.annotations.SerializedName("class") String eClass,
			String sort, boolean transpose, List<Column> columns) {
	}

	/**
	 * One column: a feature of the element ({@code format}: minutes, money or plain), the name of the
	 * element that holds it ({@code owner}), or which of the row paths it came from ({@code group},
	 * the message key of the column's header).
	 */
	public record Column(String feature, String format, boolean owner, String group) {
	}

	/** The description of a notation, or null when its models have no tables. */
	public static ReportDescription of(String notation) {
		if (!notation.matches("[a-z]+")) {
			return null;
		}
		return LOADED.computeIfAbsent(notation, n -> {
			try (InputStream in = ReportDescription.class.getResourceAsStream("/reports/" + n + ".report.json")) {
				if (in == null) {
					return new ReportDescription(n, LAST, null, List.of());
				}
				ReportDescription d = new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), ReportDescription.class);
				return new ReportDescription(n, d.order() == 0 ? LAST : d.order(), d.orderBy(), d.tables() == null ? List.of() : d.tables());
			} catch (IOException | JsonParseException e) {
				throw new IllegalStateException("Report description reports/" + n + ".report.json cannot be read: " + e.getMessage(), e);
			}
		});
	}
}
