package org.verkstad.process.notation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleFunction;

import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Notation.Comparison;
import org.verkstad.process.Activity;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ValueClass;
import org.verkstad.process.analysis.ExpectedValues;
import org.verkstad.process.analysis.ProcessAnalysis;
import org.verkstad.process.analysis.ProcessGraph;

/**
 * An as-is process map against its to-be map: every figure of both with the change (absolute and in
 * per cent; shares in percentage points), the expected values where both maps have them, the steps of
 * each value class, and which activities were removed, added or changed (matched by id, then by name).
 */
final class ProcessComparison {

	private final Locale locale;
	private final Messages m;
	private final ProcessModel before;
	private final ProcessModel after;
	private final List<Comparison> rows = new ArrayList<>();
	/** The activities of each map, read once. */
	private final List<Activity> old;
	private final List<Activity> now;

	private ProcessComparison(ProcessModel before, ProcessModel after, Locale locale, Messages messages) {
		this.before = before;
		this.after = after;
		this.old = activities(before);
		this.now = activities(after);
		this.locale = locale;
		this.m = messages;
	}

	static List<Comparison> of(ProcessModel before, ProcessModel after, Locale locale, Messages messages) {
		ProcessComparison comparison = new ProcessComparison(before, after, locale, messages);
		comparison.figures();
		comparison.steps();
		return List.copyOf(comparison.rows);
	}

	private void figures() {
		ProcessAnalysis a = ProcessAnalysis.of(before);
		ProcessAnalysis b = ProcessAnalysis.of(after);
		DoubleFunction<String> time = v -> Format.minutes(v, locale);
		DoubleFunction<String> money = v -> Format.money(v, after, locale);
		DoubleFunction<String> count = v -> Format.number(v, locale);
		row("fact.leadTime", a.leadTime(), b.leadTime(), time);
		row("fact.processingTime", a.processingTime(), b.processingTime(), time);
		share("fact.waitingShare", a.waitingShare(), b.waitingShare());
		share("fact.valueAddingShare", a.valueAddingShare(), b.valueAddingShare());
		row("compare.handOffs", a.handOffs(), b.handOffs(), count);
		row("fact.costPerCase", a.costPerCase(), b.costPerCase(), money);
		row("fact.yearlyCost", a.yearlyCost(), b.yearlyCost(), money);
		ExpectedValues.Outcome ea = ExpectedValues.of(before);
		ExpectedValues.Outcome eb = ExpectedValues.of(after);
		if (ea.computed() && eb.computed()) {
			row("fact.expected.leadTime", ea.values().leadTime(), eb.values().leadTime(), time);
			row("fact.expected.costPerCase", ea.values().costPerCase(), eb.values().costPerCase(), money);
			share("fact.expected.firstPassYield", ea.values().firstPassYield(), eb.values().firstPassYield());
		}
		row("fact.activities", a.activities(), b.activities(), count);
		for (ValueClass value : ValueClass.values()) {
			row("compare.valueClass." + value.getLiteral(), countOf(old, value), countOf(now, value), count);
		}
		row("compare.problems", a.problems(), b.problems(), count);
		row("compare.ideas", a.ideas(), b.ideas(), count);
	}

	private static int countOf(List<Activity> activities, ValueClass value) {
		return (int) activities.stream().filter(x -> x.getValueClass() == value).count();
	}

	private void row(String key, double x, double y, DoubleFunction<String> format) {
		String change;
		if (Math.abs(y - x) < 1e-9) {
			change = m.get(locale, "compare.same");
		} else {
			String sign = y > x ? "+" : "\u2212";
			change = sign + format.apply(Math.abs(y - x));
			if (x != 0) {
				change += " (" + sign + Format.percent(Math.abs(y - x) / Math.abs(x), locale) + ")";
			}
		}
		rows.add(new Comparison(m.get(locale, key), format.apply(x), format.apply(y), change));
	}

	/** A share, its change in percentage points. */
	private void share(String key, double x, double y) {
		// the change of the whole percentages shown, so that 99 % and 99 % are "unchanged"
		double points = Math.round(y * 100) - Math.round(x * 100);
		String change = points == 0 ? m.get(locale, "compare.same")
				: m.get(locale, "compare.points", (points > 0 ? "+" : "\u2212") + Format.number(Math.abs(points), locale));
		rows.add(new Comparison(m.get(locale, key), Format.percent(x, locale), Format.percent(y, locale), change));
	}

	/** The activities removed, added and changed: matched by id, then by name among those left. */
	private void steps() {
		Map<Activity, Activity> matched = new LinkedHashMap<>();
		Set<Activity> taken = new HashSet<>();
		for (Activity a : old) {
			now.stream().filter(b -> !taken.contains(b) && a.getId() != null && a.getId().equals(b.getId())).findFirst()
					.ifPresent(b -> {
						matched.put(a, b);
						taken.add(b);
					});
		}
		for (Activity a : old) {
			if (!matched.containsKey(a)) {
				now.stream().filter(b -> !taken.contains(b) && a.getName() != null && a.getName().equalsIgnoreCase(b.getName()))
						.findFirst().ifPresent(b -> {
							matched.put(a, b);
							taken.add(b);
						});
			}
		}
		List<String> removed = old.stream().filter(a -> !matched.containsKey(a)).map(ProcessComparison::name).toList();
		List<String> added = now.stream().filter(b -> !taken.contains(b)).map(ProcessComparison::name).toList();
		List<String> changed = new ArrayList<>();
		matched.forEach((a, b) -> {
			List<String> what = new ArrayList<>();
			differs(what, "compare.what.time", a.getProcessingTime(), b.getProcessingTime());
			differs(what, "compare.what.wait", a.getWaitingTime(), b.getWaitingTime());
			differs(what, "compare.what.cost", a.getCost(), b.getCost());
			if (a.getValueClass() != b.getValueClass()) {
				what.add(m.get(locale, "compare.what.valueClass"));
			}
			String laneA = ProcessGraph.laneOf(a) == null ? null : ProcessGraph.laneOf(a).getName();
			String laneB = ProcessGraph.laneOf(b) == null ? null : ProcessGraph.laneOf(b).getName();
			if (!Objects.equals(laneA, laneB)) {
				what.add(m.get(locale, "compare.what.lane"));
			}
			if (!Objects.equals(a.getName(), b.getName())) {
				what.add(m.get(locale, "compare.what.name"));
			}
			if (!what.isEmpty()) {
				changed.add(name(b) + " (" + String.join(", ", what) + ")");
			}
		});
		list("compare.removed", removed, true);
		list("compare.added", added, false);
		list("compare.changed", changed, false);
	}

	private void differs(List<String> what, String key, Double x, Double y) {
		if (!Objects.equals(x, y)) {
			what.add(m.get(locale, key));
		}
	}

	/** A row that lists activities, in the column of the map they are in (removed: before; added, changed: after). */
	private void list(String key, List<String> names, boolean before) {
		String text = names.isEmpty() ? m.get(locale, "fact.none") : String.join("; ", names);
		rows.add(new Comparison(m.get(locale, key, names.size()), before ? text : "", before ? "" : text, ""));
	}

	private static String name(Activity activity) {
		return activity.getName() == null ? activity.getId() : activity.getName();
	}

	private static List<Activity> activities(ProcessModel process) {
		return new ProcessGraph(process).nodes().stream().filter(Activity.class::isInstance).map(Activity.class::cast).toList();
	}
}
