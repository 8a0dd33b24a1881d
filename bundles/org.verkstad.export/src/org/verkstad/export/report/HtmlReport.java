package org.verkstad.export.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.verkstad.core.io.Markup;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;
import org.verkstad.export.report.CourseReport.Table;

/** A course report as one self-contained HTML page: the diagrams inline as SVG, styles for screen and print. */
final class HtmlReport implements ReportWriter {

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
			@media print { section { page-break-before: always; } figure svg { border: none; } }
			""";

	private final StringBuilder out = new StringBuilder(256 * 1024);
	/** Table cells get soft hyphens, so that a browser hyphenates a long word instead of cutting it. */
	private final Hyphenation hyphenation;
	private int sections;

	private HtmlReport(CourseReport report) {
		hyphenation = Hyphenation.forText(null, report.locale());
		out.append("<!doctype html>\n<html lang=\"").append(report.locale().getLanguage())
				.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(Markup.escape(report.title() + " \u2013 " + report.cover().get(0).value())).append("</title>\n<style>\n")
				.append(STYLE).append("</style>\n</head>\n<body>\n<header>\n");
	}

	static byte[] write(CourseReport report) throws IOException, ExportException {
		HtmlReport html = new HtmlReport(report);
		report.writeTo(html);
		return html.finish();
	}

	@Override
	public void title(String title, List<Fact> facts) {
		out.append("<h1>").append(Markup.escape(title)).append("</h1>\n<dl class=\"cover\">\n");
		for (Fact f : facts) {
			out.append("<dt>").append(Markup.escape(f.label())).append("</dt><dd>").append(Markup.escape(f.value())).append("</dd>\n");
		}
		out.append("</dl>\n");
	}

	@Override
	public void heading(String text, int level) {
		if (level == 1) {
			out.append(sections == 0 ? "</header>\n" : "</section>\n");
			sections++;
			out.append("<section id=\"part-").append(sections).append("\">\n");
		}
		out.append("<h2>").append(Markup.escape(text)).append("</h2>\n");
	}

	@Override
	public void subtitle(String text) {
		out.append("<p class=\"subtitle\">").append(Markup.escape(text)).append("</p>\n");
	}

	@Override
	public void paragraph(String text) {
		out.append("<p>").append(Markup.escape(text)).append("</p>\n");
	}

	@Override
	public void problem(String text) {
		out.append("<p class=\"problem\">").append(Markup.escape(text)).append("</p>\n");
	}

	/** The contents: the parts are the level-1 sections that follow, in order. */
	@Override
	public void list(List<String> items) {
		out.append("<ol>\n");
		for (int i = 0; i < items.size(); i++) {
			out.append("<li><a href=\"#part-").append(i + 1).append("\">").append(Markup.escape(items.get(i))).append("</a></li>\n");
		}
		out.append("</ol>\n");
	}

	@Override
	public void diagram(Drawing d) {
		String svg = new String(DiagramExport.svg(d, Page.FIT), StandardCharsets.UTF_8);
		out.append("<figure>\n").append(svg.substring(svg.indexOf("<svg"))).append("<figcaption>").append(Markup.escape(d.title()))
				.append("</figcaption>\n</figure>\n");
	}

	@Override
	public void table(Table t) {
		out.append("<table>");
		if (!t.caption().isEmpty()) {
			out.append("<caption>").append(Markup.escape(t.caption())).append("</caption>");
		}
		out.append('\n');
		if (!t.header().isEmpty()) {
			out.append("<thead><tr>");
			for (String h : t.header()) {
				out.append("<th>").append(Markup.escape(h)).append("</th>");
			}
			out.append("</tr></thead>\n");
		}
		out.append("<tbody>\n");
		for (List<String> row : t.rows()) {
			out.append("<tr>");
			for (String cell : row) {
				out.append("<td>").append(Markup.escape(hyphenation.withSoftHyphens(cell))).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody></table>\n");
	}

	@Override
	public byte[] finish() {
		out.append(sections == 0 ? "</header>\n" : "</section>\n").append("</body>\n</html>\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}
}
