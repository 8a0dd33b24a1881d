package org.verkstad.export.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Metadata;
import org.verkstad.core.Model;
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
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.ExportMessages;
import org.verkstad.export.report.Sheets.Grid;
import org.verkstad.export.report.Sheets.Value;

/**
 * What a participant's course report says, whatever it is written as (PDF, DOCX, HTML): a title page
 * (participant, course, organisation, date); per model its diagrams, its computed analyses and its
 * tables ({@link ReportDescription}); the links between the models; and what the checks found.
 */
public record CourseReport(Locale locale, String title, List<Fact> cover, List<Part> parts, Table links,
		List<Fact> checks, Table findings) {

	/** The most findings listed; the counts include them all. */
	public static final int MAX_FINDINGS = 200;

	/** One model: its heading, diagrams, analyses and tables; {@code problem} says why a file could not be read. */
	public record Part(Path file, String heading, String subtitle, String description, List<Drawing> drawings,
			List<Fact> analyses, List<Table> tables, String problem) {
	}

	/** A table: its caption, column headers and rows of text. */
	public record Table(String caption, List<String> header, List<List<String>> rows) {
	}

	/** Writes the report: the one place that says what a report holds and in which order. */
	void writeTo(ReportWriter w) throws IOException, ExportException {
		w.title(title, cover);
		w.heading(text(locale, "report.contents"), 2);
		w.list(parts.stream().map(Part::heading).toList());
		for (Part part : parts) {
			w.heading(part.heading(), 1);
			w.subtitle(part.subtitle());
			if (part.problem() != null && part.analyses().isEmpty() && part.tables().isEmpty()) {
				w.problem(text(locale, "report.unreadable", part.problem()));
				continue;
			}
			if (part.problem() != null) {
				w.problem(part.problem()); // read, but not drawn: the rest of its part follows
			}
			if (!part.description().isBlank()) {
				w.paragraph(part.description());
			}
			for (Drawing d : part.drawings()) {
				w.diagram(d);
			}
			if (!part.analyses().isEmpty()) {
				List<List<String>> rows = new ArrayList<>();
				part.analyses().forEach(f -> rows.add(List.of(f.label(), f.value())));
				w.table(new Table(text(locale, "report.analyses"), List.of(), rows));
			}
			for (Table t : part.tables()) {
				w.table(t);
			}
		}
		w.heading(links.caption(), 1);
		if (links.rows().isEmpty()) {
			w.paragraph(text(locale, "report.noLinks"));
		} else {
			w.table(new Table("", links.header(), links.rows()));
		}
		w.heading(text(locale, "report.checks"), 1);
		for (Fact f : checks) {
			w.paragraph(f.label() + ": " + f.value());
		}
		if (findings.rows().isEmpty()) {
			w.paragraph(text(locale, "report.noFindings"));
		} else {
			w.table(findings);
		}
	}

	/** The report of a participant's model files, read together (so links between them resolve). */
	public static CourseReport of(String participantFolder, List<Path> files, Locale locale) {
		ResourceSet resourceSet = ModelIO.newResourceSet();
		List<Part> parts = new ArrayList<>();
		Map<Path, Model> models = new LinkedHashMap<>();
		List<String[]> findingRows = new ArrayList<>();
		int[] counts = new int[Severity.values().length];
		int unreadable = 0;
		for (Path file : files) {
			Model model;
			try {
				model = ModelIO.load(resourceSet, file);
			} catch (ModelFileException e) {
				unreadable++;
				parts.add(new Part(file, file.getFileName().toString(), "", "", List.of(), List.of(), List.of(),
						e.message(locale)));
				findingRows.add(new String[] { file.getFileName() + ":" + e.line(), Severity.ERROR.name(), e.message(locale) });
				continue;
			}
			models.put(file, model);
		}
		for (Map.Entry<Path, Model> entry : models.entrySet()) {
			Path file = entry.getKey();
			Model model = entry.getValue();
			EcoreUtil.resolveAll(model);
			for (Finding finding : Validation.validate(model.eResource())) {
				counts[finding.severity().ordinal()]++;
				findingRows.add(new String[] { file.getFileName() + ":" + finding.line(), finding.severity().name(),
						finding.message(locale) });
			}
			parts.add(part(file, model, locale));
		}
		// the notations in the order their reports declare (a process map, its journey, the SWOT, the three boxes), the
		// models of one notation by the feature it names (the as-is map before the to-be), then as given
		parts.sort(Comparator.comparingInt((Part p) -> notationOrder(models.get(p.file())))
				.thenComparingInt(p -> modelOrder(models.get(p.file())))
				.thenComparingInt(p -> files.indexOf(p.file())));
		// the participant's key figures side by side: a page of their own, after the models
		Dashboard dashboard = Dashboard.of(Map.of(participantFolder, models), participantFolder, locale);
		if (!dashboard.tables().isEmpty()) {
			parts.add(new Part(Path.of(participantFolder), dashboard.title(), "", "", List.of(), List.of(),
					dashboard.tables().stream().map(t -> new Table(t.caption(), t.headers(), t.rows())).toList(), null));
		}
		List<Fact> cover = new ArrayList<>();
		Collection<Model> all = models.values();
		cover.add(new Fact(text(locale, "report.participant"),
				mostCommon(all, Metadata::getAuthor).orElse(participantFolder)));
		mostCommon(all, Metadata::getCourse).ifPresent(v -> cover.add(new Fact(text(locale, "report.course"), v)));
		mostCommon(all, Metadata::getOrganisation).ifPresent(v -> cover.add(new Fact(text(locale, "report.organisation"), v)));
		cover.add(new Fact(text(locale, "report.date"),
				LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))));
		cover.add(new Fact(text(locale, "report.models"), String.valueOf(files.size())));
		List<Fact> checks = List.of(new Fact(text(locale, "report.checks.counts"), text(locale, "report.checks.value",
				counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.HINT.ordinal()],
				unreadable)));
		List<List<String>> rows = new ArrayList<>();
		for (String[] f : findingRows.subList(0, Math.min(MAX_FINDINGS, findingRows.size()))) {
			rows.add(List.of(f[0], severity(f[1], locale), f[2]));
		}
		Table findings = new Table(text(locale, "report.findings", findingRows.size(), rows.size()),
				List.of(text(locale, "column.where"), text(locale, "column.severity"), text(locale, "column.message")), rows);
		return new CourseReport(locale, text(locale, "report.title"), cover, parts, LinkTable.of(models, locale), checks,
				findings);
	}

	/** Where a model's notation comes in a report: in the course's order of the notations; unreadable files last. */
	private static int notationOrder(Model model) {
		return model == null ? Integer.MAX_VALUE : Notations.of(model).map(Notation::order).orElse(Integer.MAX_VALUE);
	}

	/** Where a model comes among its notation's: the value of the feature its report description orders by. */
	private static int modelOrder(Model model) {
		ReportDescription description = model == null ? null : Notations.of(model).map(n -> ReportDescription.of(n.id())).orElse(null);
		if (description == null || description.orderBy() == null) {
			return 0;
		}
		EStructuralFeature feature = model.eClass().getEStructuralFeature(description.orderBy());
		Object value = feature == null ? null : model.eGet(feature);
		if (value instanceof Enumerator literal) {
			return literal.getValue();
		}
		return value instanceof Number number ? number.intValue() : 0;
	}

	private static Part part(Path file, Model model, Locale locale) {
		Notation notation = Notations.of(model).orElse(null);
		String heading = nonBlank(model.getMetadata() == null ? null : model.getMetadata().getTitle(), model.getName(),
				file.getFileName().toString());
		String subtitle = (notation == null ? "" : notation.name(locale) + " \u2013 ") + file.getFileName();
		List<Drawing> drawings;
		String problem = null;
		try {
			drawings = DiagramExport.draw(file, model, locale);
		} catch (ExportException e) {
			drawings = List.of(); // the report says why there is no picture, and has the rest
			problem = e.message(locale);
		}
		List<Fact> analyses = notation == null ? List.of() : notation.summarize(model, locale);
		List<Table> tables = grids(file, model, notation, locale).stream().map(CourseReport::table).toList();
		return new Part(file, heading, subtitle, model.getDescription() == null ? "" : model.getDescription(), drawings,
				analyses, tables, problem);
	}

	/**
	 * The tables of a model, as its part of the report shows them and the workbook of its tables keeps
	 * them: the tables its notation declares, its effect measures, and for a to-be map every figure beside
	 * the as-is map's.
	 */
	static List<Grid> grids(Path file, Model model, Notation notation, Locale locale) {
		List<Grid> grids = new ArrayList<>();
		ReportDescription description = notation == null ? null : ReportDescription.of(notation.id());
		if (description != null) {
			for (ReportDescription.Table t : description.tables()) {
				Grid grid = DescribedTable.of(model, t, locale);
				if (!grid.rows().isEmpty()) {
					grids.add(grid);
				}
			}
		}
		// the effect measures: baseline, target, the value now and how far it has come
		List<Measures> measures = Measures.of(model);
		if (!measures.isEmpty()) {
			grids.add(grid(Measures.MESSAGES.get(locale, "measure.title"), Measures.header(locale),
					measures.stream().map(m -> m.row(locale)).toList()));
		}
		// a to-be map beside the as-is map it improves: every figure of both and the change
		Model before = notation == null ? null : notation.comparedWith(model);
		List<Comparison> comparison = before == null ? List.of() : notation.compare(before, model, locale);
		if (!comparison.isEmpty()) {
			String name = before.eResource() == null ? "-" : before.eResource().getURI().lastSegment();
			grids.add(grid(text(locale, "report.compared", name), List.of("", name, file.getFileName().toString(), text(locale, "report.change")),
					comparison.stream().map(r -> List.of(r.label(), r.before(), r.after(), r.change())).toList()));
		}
		return grids;
	}

	private static Grid grid(String caption, List<String> header, List<List<String>> rows) {
		return new Grid(caption, header, rows.stream().map(r -> r.stream().map(Value::text).toList()).toList());
	}

	private static Table table(Grid grid) {
		return new Table(grid.caption(), grid.headers(), grid.rows().stream().map(r -> r.stream().map(Value::text).toList()).toList());
	}


	private static String severity(String name, Locale locale) {
		return text(locale, "severity." + name.toLowerCase(Locale.ROOT));
	}

	private static Optional<String> mostCommon(Collection<Model> models, Function<Metadata, String> field) {
		return models.stream().map(Model::getMetadata).filter(m -> m != null).map(field)
				.filter(v -> v != null && !v.isBlank()).collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()))
				.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
	}

	private static String nonBlank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		return "";
	}

	static String text(Locale locale, String key, Object... args) {
		return ExportMessages.MESSAGES.get(locale, key, args);
	}
}
