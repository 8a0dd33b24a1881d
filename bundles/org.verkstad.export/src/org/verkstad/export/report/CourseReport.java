package org.verkstad.export.report;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Element;
import org.verkstad.core.Metadata;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Labels;
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
		List<Table> tables = new ArrayList<>();
		ReportDescription description = notation == null ? null : ReportDescription.of(notation.id());
		if (description != null) {
			for (ReportDescription.Table t : description.tables()) {
				Table table = table(model, t, locale);
				if (!table.rows().isEmpty()) {
					tables.add(table);
				}
			}
		}
		// the effect measures: baseline, target, the value now and how far it has come
		List<Measures> measures = Measures.of(model);
		if (!measures.isEmpty()) {
			tables.add(new Table(Measures.MESSAGES.get(locale, "measure.title"), Measures.header(locale),
					measures.stream().map(m -> m.row(locale)).toList()));
		}
		// a to-be map beside the as-is map it improves: every figure of both and the change
		Model before = notation == null ? null : notation.comparedWith(model);
		List<Comparison> comparison = before == null ? List.of() : notation.compare(before, model, locale);
		if (!comparison.isEmpty()) {
			String name = before.eResource() == null ? "-" : before.eResource().getURI().lastSegment();
			tables.add(new Table(text(locale, "report.compared", name), List.of("", name, file.getFileName().toString(),
					text(locale, "report.change")), comparison.stream().map(r -> List.of(r.label(), r.before(), r.after(), r.change())).toList()));
		}
		return new Part(file, heading, subtitle, model.getDescription() == null ? "" : model.getDescription(), drawings,
				analyses, tables, problem);
	}

	/** A described table of a model: the elements its paths reach, a feature per column. */
	static Table table(Model model, ReportDescription.Table t, Locale locale) {
		List<EObject> elements = new ArrayList<>();
		Map<EObject, String> groups = new LinkedHashMap<>();
		for (String path : t.rows()) {
			List<EObject> reached = List.of(model);
			String last = path;
			for (String step : path.split("\\.")) {
				List<EObject> next = new ArrayList<>();
				for (EObject owner : reached) {
					EStructuralFeature f = owner.eClass().getEStructuralFeature(step);
					if (f != null) {
						values(owner.eGet(f)).stream().filter(EObject.class::isInstance).map(EObject.class::cast).forEach(next::add);
					}
				}
				reached = next;
				last = step;
			}
			EStructuralFeature groupFeature = model.eClass().getEStructuralFeature(last);
			for (EObject e : reached) {
				if (t.eClass() == null || e.eClass().getName().equals(t.eClass())) {
					elements.add(e);
					groups.put(e, groupFeature == null ? last : Labels.capitalised(Labels.feature(groupFeature, locale)));
				}
			}
		}
		if (t.sort() != null) {
			elements.sort(Comparator.comparing((EObject e) -> {
				EStructuralFeature f = e.eClass().getEStructuralFeature(t.sort());
				Object v = f == null ? null : e.eGet(f);
				return v instanceof Enumerator en ? String.format("%05d", en.getValue()) : String.valueOf(v);
			}));
		}
		List<String> header = new ArrayList<>();
		EObject sample = elements.isEmpty() ? null : elements.get(0);
		for (ReportDescription.Column c : t.columns()) {
			header.add(c.group() != null ? declared(model, c.group(), locale) : header(c, sample, locale));
		}
		List<List<String>> rows = new ArrayList<>();
		for (EObject e : elements) {
			List<String> row = new ArrayList<>();
			for (ReportDescription.Column c : t.columns()) {
				row.add(c.group() != null ? groups.get(e) : c.owner() ? name(e.eContainer()) : value(e, c, model, locale));
			}
			rows.add(row);
		}
		if (t.transpose() && !rows.isEmpty()) {
			List<List<String>> turned = new ArrayList<>();
			for (int col = 1; col < header.size(); col++) {
				List<String> line = new ArrayList<>();
				line.add(header.get(col));
				for (List<String> row : rows) {
					line.add(row.get(col));
				}
				turned.add(line);
			}
			List<String> turnedHeader = new ArrayList<>();
			turnedHeader.add(header.get(0));
			rows.forEach(r -> turnedHeader.add(r.get(0)));
			return new Table(declared(model, t.title(), locale), turnedHeader, turned);
		}
		return new Table(declared(model, t.title(), locale), header, rows);
	}

	/** A text the model's notation declares for its report (a table's title, a column's header). */
	private static String declared(Model model, String key, Locale locale) {
		return Notations.of(model).map(n -> Labels.declared(n.id(), key, locale)).orElse(key);
	}

	private static String header(ReportDescription.Column c, EObject sample, Locale locale) {
		if (c.owner()) {
			return sample == null || sample.eContainer() == null ? "" : Labels.capitalised(Labels.kind(sample.eContainer().eClass(), locale));
		}
		EStructuralFeature f = sample == null ? null : sample.eClass().getEStructuralFeature(c.feature());
		if (f == null) {
			return c.feature();
		}
		String label = Labels.capitalised(Labels.feature(f, locale));
		// a formatted cell says its unit ("3 h", "1 h 30 min"): the header must not say another ("(minutes)")
		return c.format() != null && !"plain".equals(c.format()) ? label.replaceFirst("\\s*\\([^()]*\\)$", "") : label;
	}

	/** A feature's value as text: names of elements, enumeration values and numbers as a person reads them. */
	private static String value(EObject e, ReportDescription.Column c, Model model, Locale locale) {
		EStructuralFeature f = e.eClass().getEStructuralFeature(c.feature());
		// a value never given is empty; one with a default shows it, unless "not given" is a value of its own
		// (a SWOT point nobody prioritised has no priority, not the first one)
		if (f == null || !e.eIsSet(f) && (f.isUnsettable() || !(f instanceof EAttribute a && a.getDefaultValue() != null))) {
			return "";
		}
		Object value = e.eGet(f);
		if (value instanceof Number n && c.format() != null) {
			return switch (c.format()) {
			case "minutes" -> Format.minutes(n.doubleValue(), locale);
			case "money" -> Format.money(n.doubleValue(), model, locale);
			default -> Format.number(n.doubleValue(), locale);
			};
		}
		return values(value).stream().map(v -> text(v, f, locale)).filter(s -> !s.isEmpty())
				.collect(Collectors.joining("; "));
	}

	private static String text(Object v, EStructuralFeature f, Locale locale) {
		if (v instanceof Enumerator en && f.getEType() instanceof EEnum eEnum) {
			EEnumLiteral literal = eEnum.getEEnumLiteral(en.getValue());
			return literal == null ? en.getLiteral() : Labels.literal(literal, locale);
		}
		if (v instanceof Number n) {
			return Format.number(n.doubleValue(), locale);
		}
		if (v instanceof Date d) {
			return DateFormat.getDateInstance(DateFormat.MEDIUM, locale).format(d);
		}
		if (v instanceof Boolean b) {
			return ExportMessages.MESSAGES.get(locale, b ? "value.yes" : "value.no");
		}
		if (v instanceof EObject o) {
			return name(o);
		}
		return v == null ? "" : String.valueOf(v);
	}

	private static List<?> values(Object value) {
		return value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
	}

	private static String name(EObject o) {
		if (o instanceof Element e && e.getName() != null && !e.getName().isBlank()) {
			return e.getName();
		}
		return o == null ? "" : o instanceof Element e && e.getId() != null ? e.getId() : "";
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
