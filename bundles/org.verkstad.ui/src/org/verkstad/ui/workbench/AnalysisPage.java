package org.verkstad.ui.workbench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.verkstad.core.Model;
import org.verkstad.core.io.Markup;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Measures;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notation.Comparison;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;
import org.verkstad.ui.UiMessages;

/**
 * What the Analysis view shows for a model's text, as HTML: the figures {@code verkstad info} prints,
 * each with its explanation as a tool tip and a link to the guide; and for a to-be map that improves an
 * as-is map, the two maps drawn side by side and the comparison of their figures. Made off the UI thread
 * from the text as the editor holds it, read anew (the editor's own model stays the editor's).
 */
final class AnalysisPage {

	/** The link that opens the guide at its section on figures (see {@link AnalysisView}). */
	static final String GUIDE_LINK = "verkstad:guide/analyses";

	/** The page around the content; the content is replaced in place, so the scroll position stays. */
	private static final String SKELETON = """
			<!doctype html><html><head><meta charset="utf-8"><style>
			body { font: 13px 'DejaVu Sans', Verdana, sans-serif; color: #212121; margin: 8px 12px; }
			h1 { font-size: 15px; margin: 0 0 2px; }
			h2 { font-size: 14px; margin: 14px 0 6px; border-bottom: 1px solid #cfd8dc; padding-bottom: 2px; }
			.sub { color: #546e7a; margin: 0 0 8px; }
			table { border-collapse: collapse; }
			th, td { text-align: left; vertical-align: top; padding: 2px 10px 2px 0; }
			th { font-weight: normal; color: #37474f; }
			td { font-weight: bold; }
			.facts { column-width: 24em; column-gap: 28px; }
			.fact { break-inside: avoid; padding: 1px 0 3px; }
			.fact .label { color: #455a64; }
			.fact[title] .label { cursor: help; border-bottom: 1px dotted #90a4ae; }
			.fact .value { font-weight: bold; margin-left: 6px; }
			table.compare td, table.compare th { border-bottom: 1px solid #eceff1; padding: 3px 12px 3px 4px; }
			table.compare thead th { background: #eceff1; font-weight: bold; }
			table.compare tbody th { white-space: nowrap; }
			table.compare td { font-weight: normal; }
			a.help { text-decoration: none; color: #1565c0; margin-left: 4px; font-size: 11px; }
			.maps { display: flex; gap: 12px; margin: 6px 0 10px; }
			.maps figure { flex: 1 1 0; margin: 0; min-width: 0; }
			.maps svg { width: 100%; height: auto; max-height: 420px; border: 1px solid #cfd8dc; background: #fff; }
			figcaption { color: #546e7a; font-size: 12px; margin-bottom: 2px; }
			.problem { color: #b71c1c; }
			</style></head><body><div id="page"></div></body></html>
			""";

	/** The page around the content (not a constant: its users read it from here, not from their own copy). */
	static String skeleton() {
		return SKELETON;
	}

	private final StringBuilder out = new StringBuilder(64 * 1024);
	private final Locale locale;

	private AnalysisPage(Locale locale) {
		this.locale = locale;
	}

	/** The content for a model file's text; a text that cannot be read says why. */
	static String of(Path file, String text, Locale locale) {
		AnalysisPage page = new AnalysisPage(locale);
		Model model;
		try {
			model = ModelIO.load(ModelIO.newResourceSet(), file, text.getBytes(StandardCharsets.UTF_8));
		} catch (ModelFileException e) {
			page.out.append("<p class=\"problem\">").append(Markup.escape(e.getMessage())).append("</p>");
			return page.out.toString();
		}
		page.model(file, model);
		return page.out.toString();
	}

	/** The content when no model is open. */
	static String none() {
		return "<p class=\"sub\">" + Markup.escape(UiMessages.text("analysis.none")) + "</p>";
	}

	private void model(Path file, Model model) {
		Notation notation = Notations.of(model).orElse(null);
		if (notation == null) {
			out.append(none());
			return;
		}
		out.append("<h1>").append(Markup.escape(model.getName() == null ? file.getFileName().toString() : model.getName()))
				.append("</h1><p class=\"sub\">").append(Markup.escape(notation.name(locale) + " \u00b7 " + file.getFileName()))
				.append(" \u00b7 <a class=\"help\" href=\"").append(GUIDE_LINK).append("\">")
				.append(Markup.escape(UiMessages.text("analysis.guide"))).append("</a></p>");
		List<Fact> facts = new ArrayList<>(notation.summarize(model, locale));
		List<Finding> findings = Validation.validate(model.eResource());
		facts.add(new Fact(UiMessages.text("analysis.checks"), UiMessages.text("analysis.checks.value",
				count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.HINT))));
		out.append("<div class=\"facts\">");
		for (Fact fact : facts) {
			out.append(fact.help() == null ? "<div class=\"fact\">" : "<div class=\"fact\" title=\"" + Markup.escape(fact.help()) + "\">");
			out.append("<span class=\"label\">").append(Markup.escape(fact.label())).append("</span>");
			if (fact.help() != null) {
				out.append("<a class=\"help\" href=\"").append(GUIDE_LINK).append("\" title=\"")
						.append(Markup.escape(UiMessages.text("analysis.more"))).append("\">?</a>");
			}
			out.append(" <span class=\"value\">").append(Markup.escape(fact.value())).append("</span></div>");
		}
		out.append("</div>");
		measures(model);
		Model before = notation.comparedWith(model);
		if (before != null) {
			comparison(notation, before, file, model);
		}
	}

	/** The model's effect measures: baseline, target, the value now and how far it has come. */
	private void measures(Model model) {
		List<Measures> measures = Measures.of(model);
		if (measures.isEmpty()) {
			return;
		}
		out.append("<h2>").append(Markup.escape(Measures.MESSAGES.get(locale, "measure.title"))).append("</h2>");
		out.append("<table class=\"compare\"><thead><tr>");
		Measures.header(locale).forEach(h -> out.append("<th>").append(Markup.escape(h)).append("</th>"));
		out.append("</tr></thead><tbody>");
		for (Measures measure : measures) {
			List<String> row = measure.row(locale);
			out.append("<tr><th>").append(Markup.escape(row.get(0))).append("</th>");
			row.subList(1, row.size()).forEach(cell -> out.append("<td>").append(Markup.escape(cell)).append("</td>"));
			out.append("</tr>");
		}
		out.append("</tbody></table>");
	}

	/** The as-is map beside this one, drawn, and their figures side by side. */
	private void comparison(Notation notation, Model before, Path file, Model after) {
		String beforeName = before.eResource().getURI().lastSegment();
		out.append("<h2>").append(Markup.escape(UiMessages.text("analysis.compared", beforeName))).append("</h2>");
		out.append("<div class=\"maps\">");
		figure(Path.of(before.eResource().getURI().toFileString()), before, beforeName);
		figure(file, after, file.getFileName().toString());
		out.append("</div><table class=\"compare\"><thead><tr><th></th><th>").append(Markup.escape(beforeName))
				.append("</th><th>").append(Markup.escape(file.getFileName().toString())).append("</th><th>")
				.append(Markup.escape(UiMessages.text("analysis.change"))).append("</th></tr></thead><tbody>");
		for (Comparison row : notation.compare(before, after, locale)) {
			boolean list = row.change().isEmpty() && (row.before().isEmpty() || row.after().isEmpty());
			out.append("<tr><th>").append(Markup.escape(row.label())).append("</th>");
			if (list) {
				out.append("<td colspan=\"3\">").append(Markup.escape(row.before() + row.after())).append("</td>");
			} else {
				out.append("<td>").append(Markup.escape(row.before())).append("</td><td>").append(Markup.escape(row.after()))
						.append("</td><td>").append(Markup.escape(row.change())).append("</td>");
			}
			out.append("</tr>");
		}
		out.append("</tbody></table>");
	}

	/** A model's first diagram as the export draws it, or nothing when it cannot be drawn. */
	private void figure(Path file, Model model, String caption) {
		out.append("<figure><figcaption>").append(Markup.escape(caption)).append("</figcaption>");
		try {
			List<DiagramExport.Drawing> drawings = DiagramExport.draw(file, model, locale);
			if (!drawings.isEmpty()) {
				String svg = new String(DiagramExport.svg(drawings.get(0), Page.FIT), StandardCharsets.UTF_8);
				out.append(svg.substring(svg.indexOf("<svg")));
			}
		} catch (ExportException | RuntimeException e) {
			out.append("<p class=\"problem\">").append(Markup.escape(String.valueOf(e.getMessage()))).append("</p>");
		}
		out.append("</figure>");
	}

	private static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}
}
