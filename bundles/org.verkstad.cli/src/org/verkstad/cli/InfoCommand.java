package org.verkstad.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

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

/** {@code info FILE}: a summary of a model and its computed analyses. */
final class InfoCommand implements Command {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public int run(List<String> arguments, Console console) {
		if (arguments.size() != 1) {
			return console.usageError(name(), "info.oneFile");
		}
		Path file = Paths.get(arguments.get(0));
		Model model;
		try {
			model = ModelIO.load(file);
		} catch (ModelFileException e) {
			console.problem(e);
			return FAILED;
		}
		Notation notation = Notations.of(model).orElseThrow();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(console.text("info.file"), file.toString()));
		facts.add(new Fact(console.text("info.notation"), notation.name(console.locale)));
		facts.add(new Fact(console.text("info.name"), orDash(model.getName())));
		Metadata metadata = model.getMetadata();
		if (metadata != null) {
			add(facts, console.text("info.title"), metadata.getTitle());
			add(facts, console.text("info.author"), metadata.getAuthor());
			add(facts, console.text("info.course"), metadata.getCourse());
			add(facts, console.text("info.organisation"), metadata.getOrganisation());
			add(facts, console.text("info.created"), date(metadata.getCreated(), console));
			add(facts, console.text("info.modified"), date(metadata.getModified(), console));
			add(facts, console.text("info.template"), metadata.getTemplateOrigin());
			add(facts, console.text("info.templateAuthor"), metadata.getTemplateAuthor());
		}
		int[] elements = { 0 };
		model.eAllContents().forEachRemaining(o -> elements[0]++);
		facts.add(new Fact(console.text("info.elements"), String.valueOf(elements[0])));
		facts.addAll(notation.summarize(model, console.locale));
		for (Measures measure : Measures.of(model)) {
			facts.add(new Fact(measure.name(), measure.summary(console.locale)));
		}
		List<Finding> findings = Validation.validate(model.eResource());
		facts.add(new Fact(console.text("info.checks"), console.text("info.checks.value",
				count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.HINT))));
		int width = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0);
		for (Fact fact : facts) {
			console.out.println(String.format("%-" + width + "s  %s", fact.label(), fact.value()));
		}
		// a to-be map that improves an as-is map: the two side by side, as compare shows them
		Model before = notation.comparedWith(model);
		if (before != null) {
			List<Comparison> rows = notation.compare(before, model, console.locale);
			if (!rows.isEmpty()) {
				String name = before.eResource() == null ? "-" : before.eResource().getURI().lastSegment();
				console.out.println();
				console.out.println(console.text("info.compared", name));
				CompareCommand.print(console, rows, name, file.getFileName().toString());
			}
		}
		return OK;
	}

	private static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	private static void add(List<Fact> facts, String label, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(new Fact(label, value));
		}
	}

	private static String date(Date date, Console console) {
		return date == null ? null : DateFormat.getDateInstance(DateFormat.MEDIUM, console.locale).format(date);
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "-" : text;
	}
}
