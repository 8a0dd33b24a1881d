package org.verkstad.core.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The tables a teacher opens, as CSV for a spreadsheet and as a small HTML page: the feedback summary,
 * a hand-in's findings, the overview of an import and the key-figure dashboard.
 */
public final class Tables {

	private Tables() {
	}

	/** A CSV cell: quoted, quotes doubled; a leading =, +, - or @ is escaped so a spreadsheet does not run it. */
	public static String cell(String text) {
		String t = text == null ? "" : text;
		if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
			t = "'" + t;
		}
		return "\"" + t.replace("\"", "\"\"") + "\"";
	}

	/** CSV of quoted headers and rows of cells as given (text through {@link #cell}, numbers as they are). */
	public static byte[] csv(List<String> headers, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", headers.stream().map(Tables::cell).toList())).append("\r\n");
		for (List<String> row : rows) {
			out.append(String.join(",", row)).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A table with a caption (one of several on a page, or a sheet of a workbook). */
	public record Captioned(String caption, List<String> headers, List<List<String>> rows) {
	}

	/** An HTML page with a heading, a line under it, and captioned tables one after the other. */
	public static byte[] html(String title, String subtitle, List<Captioned> tables, Locale locale) {
		StringBuilder out = head(title, locale);
		out.append("<p>").append(Markup.escape(subtitle)).append("</p>\n");
		for (Captioned table : tables) {
			out.append("<h2>").append(Markup.escape(table.caption())).append("</h2>\n");
			table(out, table.headers(), table.rows(), null);
		}
		return out.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static StringBuilder head(String title, Locale locale) {
		return new StringBuilder("<!doctype html>\n<html lang=\"").append(locale.getLanguage())
				.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Markup.escape(title))
				.append("</title>\n<style>body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:14px;margin:2em}h1{font-size:1.6em}"
						+ "table{border-collapse:collapse}"
						+ "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eceff1}"
						+ "h2{margin-top:1.5em}.failed{background:#fdecea}.passed{background:#e8f5e9}</style>\n</head>\n<body>\n<h1>")
				.append(Markup.escape(title)).append("</h1>\n");
	}

	private static void table(StringBuilder out, List<String> headers, List<List<String>> rows, List<String> rowClasses) {
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

	/**
	 * An HTML page with a heading and a table; {@code rowClasses} (or null) names each row's class
	 * ({@code passed}, {@code failed}); {@code empty} (or null) is said instead of an empty table.
	 */
	public static byte[] html(String title, List<String> headers, List<List<String>> rows, List<String> rowClasses, String empty,
			Locale locale) {
		StringBuilder out = head(title, locale);
		if (empty != null) {
			out.append("<p>").append(Markup.escape(empty)).append("</p>\n");
		} else {
			table(out, headers, rows, rowClasses);
		}
		return out.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
	}
}
