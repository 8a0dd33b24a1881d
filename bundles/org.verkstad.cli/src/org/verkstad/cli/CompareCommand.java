package org.verkstad.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notation.Comparison;
import org.verkstad.core.notation.Notations;

/**
 * {@code compare BEFORE AFTER}: two models of one notation side by side, such as an as-is process map
 * and its to-be map: every figure of both with the change, then what was removed, added and changed.
 */
final class CompareCommand implements Command {

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public int run(List<String> arguments, Console console) {
		if (arguments.size() != 2) {
			return console.usageError(name(), "compare.twoFiles");
		}
		Path first = Paths.get(arguments.get(0));
		Path second = Paths.get(arguments.get(1));
		Model before;
		Model after;
		try {
			// one resource set: a to-be map's link to its as-is map finds the file already read
			ResourceSet resources = ModelIO.newResourceSet();
			before = ModelIO.load(resources, first);
			after = ModelIO.load(resources, second);
		} catch (ModelFileException e) {
			console.problem(e);
			return FAILED;
		}
		Notation notation = Notations.of(before).orElseThrow();
		if (Notations.of(after).orElseThrow() != notation) {
			return console.usageError(name(), "compare.notations", notation.name(console.locale),
					Notations.of(after).orElseThrow().name(console.locale));
		}
		List<Comparison> rows = notation.compare(before, after, console.locale);
		if (rows.isEmpty()) {
			return console.usageError(name(), "compare.nothing", notation.name(console.locale));
		}
		print(console, rows, first.getFileName().toString(), second.getFileName().toString());
		return OK;
	}

	/** A comparison as a table: the figures in columns before, after and change, the lists after their label. */
	static void print(Console console, List<Comparison> rows, String before, String after) {
		List<Comparison> table = new ArrayList<>();
		table.add(new Comparison("", before, after, console.text("compare.change")));
		table.addAll(rows);
		int label = table.stream().mapToInt(r -> r.label().length()).max().orElse(0);
		int left = table.stream().filter(r -> !list(r)).mapToInt(r -> r.before().length()).max().orElse(0);
		int right = table.stream().filter(r -> !list(r)).mapToInt(r -> r.after().length()).max().orElse(0);
		for (Comparison row : table) {
			if (list(row)) {
				// a list (the activities removed, added, changed): its label and the names
				console.out.println(String.format("%-" + label + "s  %s", row.label(), row.before() + row.after()));
			} else {
				console.out.println(String.format("%-" + label + "s  %-" + left + "s  %-" + right + "s  %s", row.label(), row.before(),
						row.after(), row.change()).stripTrailing());
			}
		}
	}

	/** A row that lists names (the activities removed, added, changed) instead of a figure before and after. */
	private static boolean list(Comparison row) {
		return row.change().isEmpty() && (row.before().isEmpty() || row.after().isEmpty());
	}
}
