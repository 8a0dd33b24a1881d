package org.verkstad.export.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.Tables;
import org.verkstad.core.io.Tables.Captioned;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Measures;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notation.Figure;
import org.verkstad.core.notation.Notations;
import org.verkstad.export.report.Sheets.Grid;
import org.verkstad.export.report.Sheets.Value;

/**
 * The key figures of one participant's models, or of a course (a folder of the participants' folders),
 * side by side: a table per notation with every model's computed figures ({@link Notation#figures}), the
 * effect measures against their targets, what each to-be map changes against its as-is map, and for a
 * course the spread of each figure over the participants (lowest, median, highest). As a page (HTML, and
 * a page of the course report), as CSV (one row per figure, plain numbers, for a spreadsheet's pivot) and
 * as an XLSX workbook (a sheet per table, numbers as numbers).
 */
public final class Dashboard {

	/** A participant's model and its figures. */
	private record Entry(String participant, Path file, Model model, Notation notation, Map<String, Figure> figures) {
	}

	private final Locale locale;
	private final String title;
	private final List<Entry> entries;
	private final int participants;

	private Dashboard(Locale locale, String title, List<Entry> entries, int participants) {
		this.locale = locale;
		this.title = title;
		this.entries = entries;
		this.participants = participants;
	}

	/**
	 * The dashboard of a folder: its model files are one participant's; each folder in it that holds model
	 * files is another participant's (a course: the folders {@code handin import} makes). Files that cannot
	 * be read are left out (the checks name them).
	 */
	public static Dashboard of(Path folder, Locale locale) throws IOException {
		Map<String, Map<Path, Model>> all = new LinkedHashMap<>();
		read(folder, all);
		try (Stream<Path> listed = Files.list(folder)) {
			// (not hidden folders, nor the earlier import that handin import keeps as NAME.previous)
			for (Path sub : listed.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")
					&& !d.getFileName().toString().endsWith(".previous")).sorted().toList()) {
				read(sub, all);
			}
		}
		String name = folder.toAbsolutePath().normalize().getFileName() == null ? folder.toString()
				: folder.toAbsolutePath().normalize().getFileName().toString();
		return of(all, name, locale);
	}

	/** The dashboard of participants' models (by participant, the models by file), under a title. */
	public static Dashboard of(Map<String, Map<Path, Model>> participants, String name, Locale locale) {
		List<Entry> entries = new ArrayList<>();
		participants.forEach((participant, models) -> models.forEach((file, model) -> Notations.of(model)
				.ifPresent(notation -> entries.add(new Entry(participant, file, model, notation, notation.figures(model))))));
		entries.sort((a, b) -> Integer.compare(a.notation().order(), b.notation().order()));
		return new Dashboard(locale, CourseReport.text(locale, "dashboard.title", name), entries, participants.size());
	}

	/** The model files directly in a folder, read together, as one participant's (named by their author). */
	private static void read(Path folder, Map<String, Map<Path, Model>> all) throws IOException {
		ResourceSet resourceSet = ModelIO.newResourceSet();
		Map<Path, Model> models = new LinkedHashMap<>();
		try (Stream<Path> listed = Files.list(folder)) {
			for (Path file : listed.filter(Files::isRegularFile).filter(f -> ModelIO.isModelFile(resourceSet, f)).sorted().toList()) {
				try {
					models.put(file, ModelIO.load(resourceSet, file));
				} catch (ModelFileException e) {
					// left out: the checks and the course report say why
				}
			}
		}
		models.values().forEach(EcoreUtil::resolveAll);
		if (!models.isEmpty()) {
			String author = models.values().stream().map(Model::getMetadata)
					.filter(m -> m != null && m.getAuthor() != null && !m.getAuthor().isBlank()).map(m -> m.getAuthor().strip())
					.findFirst().orElse(folder.getFileName() == null ? "?" : folder.getFileName().toString());
			all.merge(author, models, (a, b) -> {
				Map<Path, Model> both = new LinkedHashMap<>(a);
				both.putAll(b);
				return both;
			});
		}
	}

	public String title() {
		return title;
	}

	/** The tables to read (the HTML page, the course report). */
	public List<Captioned> tables() {
		return grids().stream().map(Grid::captioned).toList();
	}

	public byte[] html() {
		String subtitle = CourseReport.text(locale, "dashboard.subtitle", participants, entries.size());
		return Tables.html(title, subtitle, tables(), locale);
	}

	/**
	 * One row per figure and per measure of every model: participant, file, notation, what, its value as a
	 * plain number (times in days, shares in per cent, money in the model's currency), its unit, and for a
	 * measure its baseline and target.
	 */
	public byte[] csv() {
		List<List<String>> rows = new ArrayList<>();
		for (Entry e : entries) {
			e.figures().forEach((key, figure) -> rows.add(List.of(Tables.cell(e.participant()), Tables.cell(file(e)),
					Tables.cell(e.notation().name(locale)), Tables.cell(label(e.notation(), key)), plain(number(figure)),
					Tables.cell(unit(figure, e.model())), "", "")));
			for (Measures m : Measures.of(e.model())) {
				rows.add(List.of(Tables.cell(e.participant()), Tables.cell(file(e)), Tables.cell(e.notation().name(locale)),
						Tables.cell(m.name()), plain(m.current()), Tables.cell(m.measure().getUnit()), plain(m.measure().getBaseline()),
						plain(m.measure().getGoal())));
			}
		}
		return Tables.csv(List.of(column("participant"), column("file"), column("notation"), column("figure"), column("value"),
				column("unit"), column("baseline"), column("target")), rows);
	}

	/** A workbook with a sheet per table: numbers as numbers, in the formats the page shows them in. */
	public byte[] xlsx() throws IOException {
		return Sheets.xlsx(grids());
	}

	// ---- the tables

	private List<Grid> grids() {
		List<Grid> grids = new ArrayList<>();
		Map<Notation, List<Entry>> byNotation = new LinkedHashMap<>();
		entries.stream().filter(e -> !e.figures().isEmpty())
				.forEach(e -> byNotation.computeIfAbsent(e.notation(), n -> new ArrayList<>()).add(e));
		byNotation.forEach((notation, list) -> grids.add(figures(notation, list)));
		Grid measures = measures();
		if (!measures.rows().isEmpty()) {
			grids.add(measures);
		}
		Grid changes = changes();
		if (!changes.rows().isEmpty()) {
			grids.add(changes);
		}
		if (participants > 1) {
			byNotation.forEach((notation, list) -> grids.add(spread(notation, list)));
		}
		return grids;
	}

	/** A notation's models, a row each, with every figure any of them has. */
	private Grid figures(Notation notation, List<Entry> list) {
		Set<String> keys = new LinkedHashSet<>();
		list.forEach(e -> keys.addAll(e.figures().keySet()));
		List<String> headers = new ArrayList<>(List.of(column("participant"), column("file")));
		keys.forEach(k -> headers.add(label(notation, k)));
		List<List<Value>> rows = new ArrayList<>();
		for (Entry e : list) {
			List<Value> row = new ArrayList<>(List.of(Value.text(e.participant()), Value.text(file(e))));
			keys.forEach(k -> row.add(e.figures().containsKey(k) ? cell(e.figures().get(k), e.model()) : Value.text("")));
			rows.add(row);
		}
		return new Grid(CourseReport.text(locale, "dashboard.figures", notation.name(locale)), headers, rows);
	}

	/** Every effect measure of every model: baseline, target, the value now, how far it has come. */
	private Grid measures() {
		List<String> headers = new ArrayList<>(List.of(column("participant"), column("file")));
		headers.addAll(Measures.header(locale));
		List<List<Value>> rows = new ArrayList<>();
		for (Entry e : entries) {
			for (Measures m : Measures.of(e.model())) {
				List<String> texts = m.row(locale);
				List<Value> row = new ArrayList<>(List.of(Value.text(e.participant()), Value.text(file(e)), Value.text(texts.get(0))));
				row.add(measureCell(m.measure().getBaseline(), texts.get(1)));
				row.add(measureCell(m.measure().getGoal(), texts.get(2)));
				row.add(measureCell(m.current(), texts.get(3)));
				row.add(m.progress() == null ? Value.text("") : new Value(texts.get(4), m.progress(), "0%"));
				row.add(Value.text(texts.get(5)));
				rows.add(row);
			}
		}
		return new Grid(Measures.MESSAGES.get(locale, "measure.title"), headers, rows);
	}

	/** What each to-be map changes against its as-is map, figure by figure. */
	private Grid changes() {
		List<String> headers = List.of(column("participant"), column("toBe"), column("asIs"), column("figure"), column("before"),
				column("after"), column("change"));
		List<List<Value>> rows = new ArrayList<>();
		for (Entry e : entries) {
			Model before = e.notation().comparedWith(e.model());
			if (before == null) {
				continue;
			}
			Map<String, Figure> was = e.notation().figures(before);
			String asIs = before.eResource() == null ? "?" : before.eResource().getURI().lastSegment();
			e.figures().forEach((key, now) -> {
				Figure then = was.get(key);
				if (then != null) {
					rows.add(List.of(Value.text(e.participant()), Value.text(file(e)), Value.text(asIs), Value.text(label(e.notation(), key)),
							cell(then, before), cell(now, e.model()), change(then, now)));
				}
			});
		}
		return new Grid(CourseReport.text(locale, "dashboard.changes"), headers, rows);
	}

	/** How a notation's figures spread over the course: in how many models, the lowest, the median, the highest. */
	private Grid spread(Notation notation, List<Entry> list) {
		Set<String> keys = new LinkedHashSet<>();
		list.forEach(e -> keys.addAll(e.figures().keySet()));
		List<List<Value>> rows = new ArrayList<>();
		for (String key : keys) {
			List<Entry> having = list.stream().filter(e -> e.figures().containsKey(key))
					.sorted((a, b) -> Double.compare(a.figures().get(key).value(), b.figures().get(key).value())).toList();
			Entry low = having.get(0);
			Entry high = having.get(having.size() - 1);
			double median = having.size() % 2 == 1 ? having.get(having.size() / 2).figures().get(key).value()
					: (having.get(having.size() / 2 - 1).figures().get(key).value() + having.get(having.size() / 2).figures().get(key).value()) / 2;
			Figure kind = low.figures().get(key);
			rows.add(List.of(Value.text(label(notation, key)), new Value(String.valueOf(having.size()), (double) having.size(), "0"),
					cell(low.figures().get(key), low.model()), cell(new Figure(median, kind.kind(), kind.better()), low.model()),
					cell(high.figures().get(key), high.model())));
		}
		return new Grid(CourseReport.text(locale, "dashboard.spread", notation.name(locale)), List.of(column("figure"),
				column("models"), column("lowest"), column("median"), column("highest")), rows);
	}

	// ---- cells

	private Value cell(Figure figure, Model model) {
		return switch (figure.kind()) {
		case TIME -> new Value(Format.minutes(figure.value(), locale), figure.value() / 1440, "0.0");
		case SHARE -> new Value(Format.percent(figure.value(), locale), figure.value(), "0%");
		case MONEY -> new Value(Format.money(figure.value(), model, locale), figure.value(), "#,##0.00");
		case COUNT -> new Value(Format.number(figure.value(), locale), figure.value(), "0");
		};
	}

	/** The change from one figure to another: in per cent, for a share in percentage points. */
	private Value change(Figure then, Figure now) {
		if (then.kind() == Figure.Kind.SHARE) {
			double points = Math.round((now.value() - then.value()) * 100);
			return new Value(CourseReport.text(locale, "dashboard.points", Format.number(points, locale)), points, "0");
		}
		if (then.value() == 0) {
			return Value.text("");
		}
		double change = (now.value() - then.value()) / then.value();
		return new Value(Format.percent(change, locale), change, "0%");
	}

	private static Value measureCell(Double value, String text) {
		return value == null ? Value.text(text) : new Value(text, value, "0.0");
	}

	private static Double number(Figure figure) {
		return switch (figure.kind()) {
		case TIME -> figure.value() / 1440;
		case SHARE -> figure.value() * 100;
		default -> figure.value();
		};
	}

	private String unit(Figure figure, Model model) {
		return switch (figure.kind()) {
		case TIME -> CourseReport.text(locale, "dashboard.days");
		case SHARE -> "%";
		case MONEY -> Notations.of(model).map(n -> n.currency(model)).filter(c -> c != null && !c.isBlank())
				.orElse(CourseReport.text(locale, "dashboard.currency"));
		case COUNT -> "";
		};
	}

	/** A number for CSV: a point as decimal separator, at most four decimals; empty for none. */
	private static String plain(Double value) {
		if (value == null) {
			return "";
		}
		double rounded = Math.round(value * 10_000) / 10_000.0;
		return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

	private String label(Notation notation, String key) {
		return notation.messages().has(locale, "figure." + key) ? notation.messages().get(locale, "figure." + key) : key;
	}

	private static String file(Entry e) {
		return e.file().getFileName().toString();
	}

	private String column(String key) {
		return CourseReport.text(locale, "dashboard.column." + key);
	}

	/** (For a test's failure message.) */
	@Override
	public String toString() {
		return title + " " + new String(csv(), StandardCharsets.UTF_8);
	}
}
