package org.verkstad.core.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Direction;
import org.verkstad.core.Measure;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Notation.Figure;

/**
 * A model's effect measures as they stand: the current value (written, or computed from the model's
 * analysis when the measure says {@code computed lead-time}), which way is better, and how far the
 * current value has come from the baseline towards the target. One reading of a measure for every place
 * that shows it: the diagram's legend, the Analysis view, {@code info}, the reports and the dashboard.
 *
 * @param measure  the measure
 * @param current  its value now, in its unit, or null when it has none
 * @param better   which way is better: stated, else that of the figure it is computed from, else the way
 *                 from the baseline to the target (unstated when that cannot be said)
 * @param computed the figure it is computed from, or null
 */
public record Measures(Measure measure, Double current, Direction better, Figure computed) {

	public static final Messages MESSAGES = new Messages(Measures.class, "org.verkstad.core.notation.messages");

	/** Minutes in one of a time unit as people write it (English, Swedish, Norwegian), by its name in lower case. */
	private static final Map<String, Double> MINUTES = Map.ofEntries(Map.entry("min", 1.0), Map.entry("minute", 1.0),
			Map.entry("minutes", 1.0), Map.entry("minut", 1.0), Map.entry("minuter", 1.0), Map.entry("minutter", 1.0),
			Map.entry("h", 60.0), Map.entry("hour", 60.0), Map.entry("hours", 60.0), Map.entry("tim", 60.0),
			Map.entry("timme", 60.0), Map.entry("timmar", 60.0), Map.entry("time", 60.0), Map.entry("timer", 60.0),
			Map.entry("t", 60.0), Map.entry("d", 1440.0), Map.entry("day", 1440.0), Map.entry("days", 1440.0),
			Map.entry("dag", 1440.0), Map.entry("dagar", 1440.0), Map.entry("dager", 1440.0), Map.entry("døgn", 1440.0),
			Map.entry("week", 10080.0), Map.entry("weeks", 10080.0), Map.entry("vecka", 10080.0),
			Map.entry("veckor", 10080.0), Map.entry("uke", 10080.0), Map.entry("uker", 10080.0));

	/** How a measure stands now. */
	public static Measures of(Measure measure) {
		return of(measure, measure.getComputed() != null && EcoreUtil.getRootContainer(measure) instanceof Model model
				? figures(model) : Map.of());
	}

	/** All measures of a model, as they stand (its figures computed once for all of them). */
	public static List<Measures> of(Model model) {
		Map<String, Figure> figures = model.getMeasures().stream().anyMatch(m -> m.getComputed() != null) ? figures(model)
				: Map.of();
		List<Measures> all = new ArrayList<>();
		model.getMeasures().forEach(m -> all.add(of(m, figures)));
		return all;
	}

	private static Map<String, Figure> figures(Model model) {
		return Notations.of(model).map(n -> n.figures(model)).orElse(Map.of());
	}

	/** How a measure stands, given the figures of its model. */
	private static Measures of(Measure measure, Map<String, Figure> figures) {
		Figure figure = measure.getComputed() == null ? null : figures.get(measure.getComputed());
		Double current = figure != null ? Double.valueOf(inUnit(figure, measure.getUnit())) : measure.getCurrent();
		Direction better = measure.getBetter();
		if (better == Direction.UNSTATED && figure != null) {
			better = figure.better();
		}
		if (better == Direction.UNSTATED && measure.getBaseline() != null && measure.getGoal() != null
				&& !measure.getBaseline().equals(measure.getGoal())) {
			better = measure.getGoal() < measure.getBaseline() ? Direction.LOWER : Direction.HIGHER;
		}
		return new Measures(measure, current, better, figure);
	}

	/** A computed figure in a measure's unit: a time in the unit named (days when none is known), a share in per cent. */
	static double inUnit(Figure figure, String unit) {
		return switch (figure.kind()) {
		case TIME -> figure.value() / MINUTES.getOrDefault(unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT), 1440.0);
		case SHARE -> figure.value() * 100;
		default -> figure.value();
		};
	}

	/**
	 * How far the current value has come from the baseline towards the target: 0 at the baseline, 1 at the
	 * target (more beyond it, less than 0 when it went the wrong way); null when one of the three is missing
	 * or the target is the baseline.
	 */
	public Double progress() {
		Double baseline = measure.getBaseline();
		Double target = measure.getGoal();
		if (current == null || baseline == null || target == null || baseline.equals(target)) {
			return null;
		}
		return (current - baseline) / (target - baseline) + 0.0; // (+ 0.0: no "−0 %" when it has not moved)
	}

	/** Whether the target is on the wrong side of the baseline for the way that is better. */
	public boolean targetOnWrongSide() {
		Double baseline = measure.getBaseline();
		Double target = measure.getGoal();
		return baseline != null && target != null
				&& (better == Direction.LOWER && target > baseline || better == Direction.HIGHER && target < baseline);
	}

	/** A value of the measure with its unit: "57 dagar", "85 %". */
	public String value(Double value, Locale locale) {
		if (value == null) {
			return "\u2013";
		}
		String number = Format.number(Math.round(value * 10) / 10.0, locale);
		String unit = measure.getUnit();
		if (unit == null || unit.isBlank()) {
			return number;
		}
		// per cent as the language writes it: "85%" in English, "85 %" (a no-break space) in Swedish and Norwegian
		return "%".equals(unit.trim()) ? number + ("en".equals(locale.getLanguage()) ? "%" : "\u00a0%") : number + " " + unit.trim();
	}

	/** How far it has come, in words: "85 % of the way", "target met", "worse than the baseline", or "". */
	public String progressText(Locale locale) {
		Double progress = progress();
		if (progress == null) {
			return "";
		}
		if (progress >= 1) {
			return MESSAGES.get(locale, "measure.met");
		}
		if (progress < 0) {
			return MESSAGES.get(locale, "measure.worse");
		}
		return MESSAGES.get(locale, "measure.progress", Format.percent(progress, locale));
	}

	/** The measure on one line: "Ledtid: 57 dagar → 20 dagar, now 25.7 dagar (85 % of the way)". */
	public String line(Locale locale) {
		return name() + ": " + summary(locale);
	}

	/** Its values on one line: "57 dagar → 20 dagar, now 25.7 dagar (85 % of the way)". */
	public String summary(Locale locale) {
		String progress = progressText(locale);
		return MESSAGES.get(locale, "measure.summary", value(measure.getBaseline(), locale), value(measure.getGoal(), locale),
				value(current, locale), progress.isEmpty() ? "" : " (" + progress + ")");
	}

	/** The measure's name, or its id when it has none. */
	public String name() {
		return measure.getName() != null && !measure.getName().isBlank() ? measure.getName()
				: measure.getId() == null ? "?" : measure.getId();
	}

	/** The header of a table of measures (the reports, the Analysis view, the dashboard). */
	public static List<String> header(Locale locale) {
		return List.of(MESSAGES.get(locale, "measure.header.name"), MESSAGES.get(locale, "measure.header.baseline"),
				MESSAGES.get(locale, "measure.header.target"), MESSAGES.get(locale, "measure.header.current"),
				MESSAGES.get(locale, "measure.header.progress"), MESSAGES.get(locale, "measure.header.source"));
	}

	/** The measure as a row of that table; a computed one names its figure as its source. */
	public List<String> row(Locale locale) {
		String source = measure.getSource() == null ? "" : measure.getSource();
		if (measure.getComputed() != null) {
			// the figure by its name in the reader's language (lead-time: "Ledtid (huvudvägen)")
			String key = "figure." + measure.getComputed();
			String figure = EcoreUtil.getRootContainer(measure) instanceof Model model ? Notations.of(model)
					.filter(n -> n.messages().has(locale, key)).map(n -> n.messages().get(locale, key)).orElse(null) : null;
			String computedFrom = MESSAGES.get(locale, "measure.computed", figure != null ? figure : measure.getComputed());
			source = source.isEmpty() ? computedFrom : source + "; " + computedFrom;
		}
		return List.of(name(), value(measure.getBaseline(), locale), value(measure.getGoal(), locale), value(current, locale),
				progressText(locale), source);
	}
}
