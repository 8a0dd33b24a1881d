package org.verkstad.export.report;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Labels;
import org.verkstad.core.notation.Notations;
import org.verkstad.export.ExportMessages;
import org.verkstad.export.report.Sheets.Grid;
import org.verkstad.export.report.Sheets.Value;

/**
 * A table a notation declares for its models ({@link ReportDescription}), filled in from a model: the
 * elements its paths reach, a feature per column, each cell as a person reads it and, for numbers, the
 * number (a time as a duration). The course report prints the texts; the workbook of a model's tables
 * ({@link ModelWorkbook}) keeps the numbers.
 */
final class DescribedTable {

	private DescribedTable() {
	}

	/** A described table of a model: the elements its paths reach, a feature per column. */
	static Grid of(Model model, ReportDescription.Table t, Locale locale) {
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
		List<List<Value>> rows = new ArrayList<>();
		for (EObject e : elements) {
			List<Value> row = new ArrayList<>();
			for (ReportDescription.Column c : t.columns()) {
				row.add(c.group() != null ? Value.text(groups.get(e)) : c.owner() ? Value.text(name(e.eContainer())) : value(e, c, model, locale));
			}
			rows.add(row);
		}
		if (t.transpose() && !rows.isEmpty()) {
			List<List<Value>> turned = new ArrayList<>();
			for (int col = 1; col < header.size(); col++) {
				List<Value> line = new ArrayList<>();
				line.add(Value.text(header.get(col)));
				for (List<Value> row : rows) {
					line.add(row.get(col));
				}
				turned.add(line);
			}
			List<String> turnedHeader = new ArrayList<>();
			turnedHeader.add(header.get(0));
			rows.forEach(r -> turnedHeader.add(r.get(0).text()));
			return new Grid(declared(model, t.title(), locale), turnedHeader, turned);
		}
		return new Grid(declared(model, t.title(), locale), header, rows);
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

	/**
	 * A feature's value: as text, names of elements, enumeration values and numbers as a person reads them;
	 * a number also as the number, a time as a duration (days, shown as hours and minutes).
	 */
	private static Value value(EObject e, ReportDescription.Column c, Model model, Locale locale) {
		EStructuralFeature f = e.eClass().getEStructuralFeature(c.feature());
		// a value never given is empty; one with a default shows it, unless "not given" is a value of its own
		// (a SWOT point nobody prioritised has no priority, not the first one)
		if (f == null || !e.eIsSet(f) && (f.isUnsettable() || !(f instanceof EAttribute a && a.getDefaultValue() != null))) {
			return Value.text("");
		}
		Object value = e.eGet(f);
		if (value instanceof Number n) {
			double d = n.doubleValue();
			return switch (c.format() == null ? "plain" : c.format()) {
			case "minutes" -> new Value(Format.minutes(d, locale), d / (24 * 60), Sheets.DURATION);
			case "money" -> new Value(Format.money(d, model, locale), d, Sheets.MONEY);
			default -> new Value(Format.number(d, locale), d, Sheets.NUMBER);
			};
		}
		return Value.text(values(value).stream().map(v -> text(v, f, locale)).filter(s -> !s.isEmpty())
				.collect(Collectors.joining("; ")));
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
}
