package org.verkstad.process.interchange;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verkstad.core.io.Ids;
import org.verkstad.core.notation.Units;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.process.interchange.Sketch.Data;
import org.verkstad.process.interchange.Sketch.Kind;

/**
 * An activity list, a table of steps as people keep them in Excel, read into a {@link Sketch}: a row per
 * step, columns recognised by their Swedish, Norwegian or English headers (or named with
 * {@code --columns}). Lanes are the roles in the order they first appear; the steps follow each other
 * down the list unless a column names the next steps, where a step with several next steps gets a
 * decision after it (each way labelled with the condition of the step it leads to); a start comes
 * before the first step and an end after the last ones. Values are written as in the text format
 * ({@code 90 min}, {@code 3 timmar}, {@code 2 dagar}, {@code 1:30}, {@code 300 kr}); a cell that cannot
 * be read is reported with its row and left out, and the rest of the row and of the list is imported.
 */
final class ActivityListSource {

	/** What a column holds. */
	enum Column {
		ID, LANE, STEP, DESCRIPTION, TIME, WAIT, COST, FREQUENCY, VALUE, NEXT, CONDITION, PROBLEM, IDEA, SYSTEM, DOCUMENT
	}

	/** Headers by their folded form (lower case, no accents, single spaces). */
	private static final Map<String, Column> HEADERS = new HashMap<>();
	private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;\\n]\\s*");
	private static final Pattern LINES = Pattern.compile("\\s*\\n\\s*");
	private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2})(?::\\d{2})?");
	private static final List<String> END_WORDS = List.of("slut", "end", "klar", "klart", "avslut", "avsluta", "ferdig", "stopp", "stop");

	static {
		names(Column.ID, "id", "nr", "nr.", "no", "no.", "number", "nummer", "#", "steg nr", "step no");
		names(Column.LANE, "lane", "role", "roll", "rolle", "bana", "simbana", "svomfelt", "utforare", "utfører", "ansvarig", "ansvarlig",
				"performer", "who", "vem", "avdelning", "enhet", "unit", "aktor", "aktør", "actor");
		names(Column.STEP, "step", "steg", "activity", "aktivitet", "moment", "uppgift", "oppgave", "task", "name", "namn", "navn",
				"what", "vad", "hva", "arbetsmoment");
		names(Column.DESCRIPTION, "description", "beskrivning", "beskrivelse", "kommentar", "comment");
		names(Column.TIME, "time", "tid", "processing time", "bearbetningstid", "handlaggningstid", "arbetstid", "arbeidstid",
				"behandlingstid", "work", "work time", "effort");
		names(Column.WAIT, "wait", "waiting time", "vantetid", "ventetid", "liggtid", "wait time", "delay");
		names(Column.COST, "cost", "kostnad", "kostnad per arende", "cost per case", "kostnad (kr)");
		names(Column.FREQUENCY, "frequency", "frekvens", "antal", "antal per ar", "volym", "volume", "cases per year", "per ar", "per år");
		names(Column.VALUE, "value", "value class", "varde", "vardeklass", "verdi", "verdiklasse", "klass", "class");
		names(Column.NEXT, "next", "next step", "next steps", "nasta", "nasta steg", "neste", "neste steg", "then", "sedan", "gar till",
				"leder till", "efterfoljare", "to");
		names(Column.CONDITION, "condition", "villkor", "betingelse", "when", "nar", "om");
		names(Column.PROBLEM, "problem", "problems", "problem/smartpunkt", "smartpunkt", "smartpunkter", "pain point", "pain points",
				"brist", "brister");
		names(Column.IDEA, "idea", "ideas", "ide", "ideer", "forbattring", "forbattringsforslag", "forbattringside", "improvement",
				"forbedring");
		names(Column.SYSTEM, "system", "systems", "it-system", "it system", "systemstod");
		names(Column.DOCUMENT, "document", "documents", "dokument", "handling", "handlingar", "blankett");
	}

	private static void names(Column column, String... headers) {
		for (String header : headers) {
			HEADERS.put(fold(header), column);
		}
	}

	/** Lower case, accents removed, spaces single: how headers are compared. */
	static String fold(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae"), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "");
		return folded.replaceAll("\\s+", " ").strip();
	}

	private final Path file;
	private final Tally tally;
	private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
	private final Map<Column, String> headers = new EnumMap<>(Column.class);
	private final Sketch sketch = new Sketch();
	private final Map<String, String> laneIds = new LinkedHashMap<>();
	/** The steps by row, and the names and ids they can be named by. */
	private final Map<Integer, Sketch.Node> byRow = new LinkedHashMap<>();
	private final Map<String, Sketch.Node> byName = new HashMap<>();

	private ActivityListSource(Path file, Tally tally) {
		this.file = file;
		this.tally = tally;
	}

	static Sketch read(Path file, ImportOptions options, Tally tally) throws InterchangeException {
		return new ActivityListSource(file, tally).read(Table.read(file), options);
	}

	private Sketch read(Table table, ImportOptions options) throws InterchangeException {
		if (table.encoding() != null && !table.encoding().equals("UTF-8")) {
			tally.note(0, "list.encoding", table.encoding());
		}
		Table.Line header = table.rows().stream().filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() >= 2).findFirst()
				.orElseThrow(() -> new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "list.empty", null));
		header(header, options.columns());
		String stem = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
		sketch.id = Ids.forModel(stem);
		sketch.name = stem;
		List<Table.Line> rows = table.rows().subList(table.rows().indexOf(header) + 1, table.rows().size());
		for (Table.Line row : rows) {
			if (!row.blank()) {
				step(row);
			}
		}
		if (byRow.isEmpty()) {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, header.number(), "list.noSteps", null);
		}
		flows(rows);
		return sketch;
	}

	private void header(Table.Line header, Map<String, String> mapping) throws InterchangeException {
		Map<String, Column> named = new HashMap<>();
		mapping.forEach((from, to) -> {
			Column column = column(to);
			if (column != null) {
				named.put(fold(from), column);
			}
		});
		for (String to : mapping.values()) {
			if (column(to) == null) {
				throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "list.unknownColumnName", null, to, names());
			}
		}
		List<String> unknown = new ArrayList<>();
		for (int c = 0; c < header.cells().size(); c++) {
			String text = header.cell(c);
			if (text.isBlank()) {
				continue;
			}
			Column column = named.getOrDefault(fold(text), HEADERS.get(fold(text)));
			if (column != null && !columns.containsKey(column)) {
				columns.put(column, c);
				headers.put(column, text);
			} else {
				unknown.add(text);
			}
		}
		if (!columns.containsKey(Column.STEP)) {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, header.number(), "list.noStepColumn", null,
					String.join(", ", header.cells().stream().filter(c -> !c.isBlank()).toList()));
		}
		unknown.forEach(text -> {
			tally.left("kind.column");
			tally.note(header.number(), "list.unknownColumn", text);
		});
	}

	/** A column by its canonical name in English ({@code step}, {@code wait}) or as a header would name it. */
	private static Column column(String name) {
		String folded = fold(name);
		for (Column c : Column.values()) {
			if (c.name().toLowerCase(Locale.ROOT).equals(folded)) {
				return c;
			}
		}
		return HEADERS.get(folded);
	}

	private static String names() {
		return String.join(", ", List.of(Column.values()).stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
	}

	private String cell(Table.Line row, Column column) {
		Integer c = columns.get(column);
		return c == null ? "" : row.cell(c);
	}

	private void step(Table.Line row) {
		String name = cell(row, Column.STEP);
		if (name.isBlank()) {
			tally.left("kind.row");
			tally.note(row.number(), "list.noStep");
			return;
		}
		String lane = cell(row, Column.LANE);
		String laneId = lane.isBlank() ? null : laneIds.computeIfAbsent(fold(lane), k -> {
			String id = "#lane" + (laneIds.size() + 1);
			sketch.lanes.add(new Sketch.Lane(id, lane, null));
			tally.carried("kind.lane");
			return id;
		});
		Sketch.Node node = sketch.add(new Sketch.Node("#row" + row.number(), Kind.ACTIVITY, name));
		node.lane = laneId;
		String description = cell(row, Column.DESCRIPTION);
		node.description = description.isBlank() ? null : description;
		minutes(row, Column.TIME, "processingTime", node);
		minutes(row, Column.WAIT, "waitingTime", node);
		amount(row, Column.COST, "cost", true, node);
		amount(row, Column.FREQUENCY, "frequency", false, node);
		value(row, node);
		for (String problem : LINES.split(cell(row, Column.PROBLEM))) {
			if (!problem.isBlank()) {
				node.data.add(new Data("problems", null, null, List.of(Data.value("name", problem))));
			}
		}
		for (String idea : LINES.split(cell(row, Column.IDEA))) {
			if (!idea.isBlank()) {
				node.data.add(new Data("ideas", null, null, List.of(Data.value("name", idea))));
			}
		}
		split(cell(row, Column.SYSTEM)).forEach(node.systems::add);
		split(cell(row, Column.DOCUMENT)).forEach(node.documents::add);
		tally.carried("kind.step");
		byRow.put(row.number(), node);
		byName.putIfAbsent(fold(name), node);
		String id = cell(row, Column.ID);
		if (!id.isBlank()) {
			byName.putIfAbsent(fold(id), node);
		}
	}

	private static List<String> split(String text) {
		return text.isBlank() ? List.of() : List.of(SEPARATORS.split(text.strip()));
	}

	private void minutes(Table.Line row, Column column, String feature, Sketch.Node node) {
		String text = cell(row, column);
		if (text.isBlank()) {
			return;
		}
		Double minutes = null;
		Matcher clock = CLOCK.matcher(text);
		if (clock.matches()) {
			minutes = Integer.parseInt(clock.group(1)) * 60.0 + Integer.parseInt(clock.group(2));
		} else {
			Units.Written written = Units.read(text.replace('\u00a0', ' '));
			Integer unit = written == null ? null : written.unit() == null ? Integer.valueOf(1) : Units.minutes(written.unit());
			minutes = unit == null ? null : written.amount() * unit;
		}
		if (minutes == null) {
			tally.note(row.number(), "list.badTime", header(column), text, node.name);
			tally.left("kind.value");
			return;
		}
		node.data.add(Data.value(feature, Double.toString(minutes)));
	}

	private void amount(Table.Line row, Column column, String feature, boolean money, Sketch.Node node) {
		String text = cell(row, column).replaceAll("[\\s\u00a0]", "");
		if (text.isBlank()) {
			return;
		}
		Units.Written written = Units.read(text.replaceAll("(\\d)([^\\d.,])", "$1 $2"));
		if (written == null || written.unit() != null && !(money && Units.currency(written.unit()))) {
			tally.note(row.number(), "list.badNumber", header(column), cell(row, column), node.name);
			tally.left("kind.value");
			return;
		}
		node.data.add(Data.value(feature, Double.toString(written.amount())));
	}

	private void value(Table.Line row, Sketch.Node node) {
		String text = fold(cell(row, Column.VALUE));
		if (text.isBlank()) {
			return;
		}
		String literal = text.matches("(icke|ej|inte|non|not|ikke)[ -].*|slöseri|sloseri|waste|svinn|sløsing|slosing|nvi|ia") ? "waste"
				: text.matches("nodvendig.*|necessary|required|nodv.*|stod.*|support.*|n") ? "necessary"
						: text.matches("vardeskapande|value[ -]?adding|verdiskapende|va|vs|v|kundvarde|yes|ja") ? "valueAdding" : null;
		if (literal == null) {
			tally.note(row.number(), "list.badValue", cell(row, Column.VALUE), node.name);
			tally.left("kind.value");
			return;
		}
		node.data.add(Data.value("valueClass", literal));
	}

	private String header(Column column) {
		return headers.get(column);
	}

	/** The flows: down the list, or as the next-step column says, with decisions where a step branches. */
	private void flows(List<Table.Line> rows) {
		List<Sketch.Node> steps = new ArrayList<>(byRow.values());
		Map<Sketch.Node, List<Sketch.Node>> next = new LinkedHashMap<>();
		List<Sketch.Node> ending = new ArrayList<>();
		boolean named = columns.containsKey(Column.NEXT)
				&& rows.stream().anyMatch(r -> byRow.containsKey(r.number()) && !cell(r, Column.NEXT).isBlank());
		for (int i = 0; i < steps.size(); i++) {
			Sketch.Node step = steps.get(i);
			if (!named) {
				if (i + 1 < steps.size()) {
					next.put(step, List.of(steps.get(i + 1)));
				} else {
					ending.add(step);
				}
				continue;
			}
			int number = byRow.entrySet().stream().filter(e -> e.getValue() == step).findFirst().orElseThrow().getKey();
			Table.Line row = rows.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
			List<Sketch.Node> targets = new ArrayList<>();
			for (String name : split(cell(row, Column.NEXT))) {
				Sketch.Node target = byName.get(fold(name));
				if (target != null) {
					targets.add(target);
				} else if (END_WORDS.contains(fold(name))) {
					ending.add(step);
				} else {
					tally.left("kind.flow");
					tally.note(number, "list.unknownNext", name, step.name);
				}
			}
			if (targets.isEmpty() && !ending.contains(step)) {
				ending.add(step);
			}
			next.put(step, targets);
		}
		Sketch.Node first = steps.get(0);
		Sketch.Node start = sketch.add(new Sketch.Node("#start", Kind.START, BpmnInterchange.MESSAGES.get(tally.locale(), "list.start")));
		start.lane = first.lane;
		flow(start, first, null);
		Sketch.Node end = sketch.add(new Sketch.Node("#end", Kind.END, BpmnInterchange.MESSAGES.get(tally.locale(), "list.end")));
		end.lane = steps.get(steps.size() - 1).lane;
		Map<Sketch.Node, String> conditions = new HashMap<>();
		rows.forEach(r -> {
			Sketch.Node step = byRow.get(r.number());
			if (step != null && !cell(r, Column.CONDITION).isBlank()) {
				conditions.put(step, cell(r, Column.CONDITION));
			}
		});
		next.forEach((step, targets) -> {
			int ways = targets.size() + (ending.contains(step) && !targets.isEmpty() ? 1 : 0);
			if (ways <= 1) {
				targets.forEach(t -> flow(step, t, null));
				return;
			}
			Sketch.Node decision = sketch.add(new Sketch.Node(step.id + "-decision", Kind.DECISION,
					BpmnInterchange.MESSAGES.get(tally.locale(), "list.decision", step.name)));
			decision.lane = step.lane;
			tally.carried("kind.decision");
			flow(step, decision, null);
			targets.forEach(t -> flow(decision, t, conditions.get(t)));
			if (ending.contains(step)) {
				flow(decision, end, null);
			}
		});
		ending.stream().filter(step -> next.getOrDefault(step, List.of()).isEmpty()).forEach(step -> flow(step, end, null));
	}

	private void flow(Sketch.Node from, Sketch.Node to, String condition) {
		sketch.flows.add(new Sketch.Flow("#flow" + (sketch.flows.size() + 1), from.id, to.id, condition));
		tally.carried("kind.sequenceFlow");
	}
}
