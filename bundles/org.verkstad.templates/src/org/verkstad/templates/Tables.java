package org.verkstad.templates;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.verkstad.core.io.Markup;

/**
 * The tables a teacher opens, as CSV for a spreadsheet and as a small HTML page: the feedback summary,
 * a hand-in's findings and the overview of an import.
 */
final class Tables {

	private Tables() {
	}

	/** A CSV cell: quoted, quotes doubled; a leading =, +, - or @ is escaped so a spreadsheet does not run it. */
	static String cell(String text) {
		String t = text == null ? "" : text;
		if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
			t = "'" + t;
		}
		return "\"" + t.replace("\"", "\"\"") + "\"";
	}

	/** CSV of quoted headers and rows of cells as given (text through {@link #cell}, numbers as they are). */
	static byte[] csv(List<String> headers, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", headers.stream().map(Tables::cell).toList())).append("\r\n");
		for (List<String> row : rows) {
			out.append(String.join(",", row)).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * An HTML page with a heading and a table; {@code rowClasses} (or null) names each row's class
	 * ({@code passed}, {@code failed}); {@code empty} (or null) is said instead of an empty table.
	 */
	static byte[] html(String title, List<String> headers, List<List<String>> rows, List<String> rowClasses, String empty,
			Locale locale) {
		StringBuilder out = new StringBuilder("<!doctype html>\n<html lang=\"").append(locale.getLanguage())
				.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Markup.escape(title))
				.append("</title>\n<style>body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:2em}table{border-collapse:collapse}"
						+ "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eceff1}"
						+ ".failed{background:#fdecea}.passed{background:#e8f5e9}</style>\n</head>\n<body>\n<h1>")
				.append(Markup.escape(title)).append("</h1>\n");
		if (empty != null) {
			out.append("<p>").append(Markup.escape(empty)).append("</p>\n");
		} else {
			out.append("<table>\n<tr>");
			headers.forEach(h -> out.append("<th>").append(Markup.escape(h)).append("</th>"));
			out.append("</tr>\n");
			for (int i = 0; i < rows.size(); i++) {
				out.append(rowClasses == null ? "<tr>" : "<tr class=\"" + rowClasses.get(i) + "\">");
				rows.get(i).forEach(c -> out.append("<td>").append(Markup.escape(c)).append("</td>"));
				out.append("</tr>\n");
			}
			out.append("</table>\n");
		}
		return out.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
	}
}
