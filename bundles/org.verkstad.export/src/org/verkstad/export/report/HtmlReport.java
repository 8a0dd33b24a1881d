package org.verkstad.export.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.Page;
import org.verkstad.export.report.CourseReport.Part;
import org.verkstad.export.report.CourseReport.Table;

/** A course report as one self-contained HTML page: the diagrams inline as SVG, styles for screen and print. */
final class HtmlReport {

	private static final String STYLE = """
			body { font-family: 'DejaVu Sans', Verdana, sans-serif; color: #212121; margin: 2em auto; max-width: 60em; padding: 0 1em; }
			h1 { font-size: 2em; margin-bottom: .2em; }
			h2 { margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; }
			.subtitle { color: #555; margin-top: 0; }
			dl.cover { display: grid; grid-template-columns: max-content auto; gap: .3em 1.5em; }
			dl.cover dt { font-weight: bold; }
			dl.cover dd { margin: 0; }
			figure { margin: 1em 0; }
			figure svg { max-width: 100%; height: auto; border: 1px solid #eee; }
			figcaption { color: #555; font-size: .9em; }
			table { border-collapse: collapse; margin: .5em 0 1.5em; width: 100%; font-size: .9em; }
			caption { text-align: left; font-weight: bold; margin-bottom: .3em; }
			th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
			th { background: #eceff1; }
			.problem { color: #b71c1c; }
			@media print { section.model { page-break-before: always; } figure svg { border: none; } }
			""";

	private HtmlReport() {
	}

	static byte[] write(CourseReport report) {
		StringBuilder out = new StringBuilder(256 * 1024);
		out.append("<!doctype html>\n<html lang=\"").append(report.locale().getLanguage()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(esc(report.title() + " \u2013 " + report.cover().get(0).value())).append("</title>\n<style>\n")
				.append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(report.title())).append("</h1>\n<dl class=\"cover\">\n");
		for (Fact f : report.cover()) {
			out.append("<dt>").append(esc(f.label())).append("</dt><dd>").append(esc(f.value())).append("</dd>\n");
		}
		out.append("</dl>\n<nav><h2>").append(esc(CourseReport.text(report.locale(), "report.contents"))).append("</h2>\n<ol>\n");
		for (int i = 0; i < report.parts().size(); i++) {
			out.append("<li><a href=\"#model-").append(i + 1).append("\">").append(esc(report.parts().get(i).heading()))
					.append("</a></li>\n");
		}
		out.append("</ol></nav>\n</header>\n");
		for (int i = 0; i < report.parts().size(); i++) {
			Part part = report.parts().get(i);
			out.append("<section class=\"model\" id=\"model-").append(i + 1).append("\">\n<h2>").append(esc(part.heading()))
					.append("</h2>\n<p class=\"subtitle\">").append(esc(part.subtitle())).append("</p>\n");
			if (part.problem() != null) {
				out.append("<p class=\"problem\">").append(esc(CourseReport.text(report.locale(), "report.unreadable", part.problem())))
						.append("</p>\n</section>\n");
				continue;
			}
			if (!part.description().isBlank()) {
				out.append("<p>").append(esc(part.description())).append("</p>\n");
			}
			for (Drawing d : part.drawings()) {
				String svg = new String(DiagramExport.svg(d, Page.FIT), StandardCharsets.UTF_8);
				svg = svg.substring(svg.indexOf("<svg"));
				out.append("<figure>\n").append(svg).append("<figcaption>").append(esc(d.title())).append("</figcaption>\n</figure>\n");
			}
			if (!part.analyses().isEmpty()) {
				out.append("<table class=\"analyses\"><caption>").append(esc(CourseReport.text(report.locale(), "report.analyses")))
						.append("</caption>\n");
				for (Fact f : part.analyses()) {
					out.append("<tr><th>").append(esc(f.label())).append("</th><td>").append(esc(f.value())).append("</td></tr>\n");
				}
				out.append("</table>\n");
			}
			part.tables().forEach(t -> table(out, t));
			out.append("</section>\n");
		}
		out.append("<section class=\"model\" id=\"links\">\n<h2>").append(esc(report.links().caption())).append("</h2>\n");
		if (report.links().rows().isEmpty()) {
			out.append("<p>").append(esc(CourseReport.text(report.locale(), "report.noLinks"))).append("</p>\n");
		} else {
			table(out, new Table("", report.links().header(), report.links().rows()));
		}
		out.append("</section>\n<section id=\"checks\">\n<h2>").append(esc(CourseReport.text(report.locale(), "report.checks")))
				.append("</h2>\n");
		for (Fact f : report.checks()) {
			out.append("<p><strong>").append(esc(f.label())).append(":</strong> ").append(esc(f.value())).append("</p>\n");
		}
		if (!report.findings().rows().isEmpty()) {
			table(out, report.findings());
		}
		out.append("</section>\n</body>\n</html>\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void table(StringBuilder out, Table t) {
		out.append("<table>");
		if (!t.caption().isEmpty()) {
			out.append("<caption>").append(esc(t.caption())).append("</caption>");
		}
		out.append("\n<thead><tr>");
		for (String h : t.header()) {
			out.append("<th>").append(esc(h)).append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (List<String> row : t.rows()) {
			out.append("<tr>");
			for (String cell : row) {
				out.append("<td>").append(esc(cell)).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody></table>\n");
	}

	static String esc(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
