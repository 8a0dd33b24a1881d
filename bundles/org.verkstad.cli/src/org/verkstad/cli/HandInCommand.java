package org.verkstad.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.verkstad.templates.HandInManifest;
import org.verkstad.templates.HandIns;
import org.verkstad.templates.PackException;

/**
 * {@code handin create FOLDER [--participant NAME] [--out FILE]}: a participant's hand-in of a folder's
 * models; {@code handin import DIR [--into DIR]}: a teacher's import of a folder of hand-ins, with the
 * overview.
 */
final class HandInCommand implements Command {

	@Override
	public String name() {
		return "handin";
	}

	@Override
	public Set<String> options() {
		return Set.of("--participant", "--out", "--into");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		if (rest.isEmpty() || !List.of("create", "import").contains(rest.get(0))) {
			return console.usageError(name(), "handin.usage");
		}
		String action = rest.remove(0);
		String participant;
		String out;
		String into;
		try {
			participant = Options.take(rest, "--participant");
			out = Options.take(rest, "--out");
			into = Options.take(rest, "--into");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		if (rest.size() != 1) {
			return console.usageError(name(), action.equals("create") ? "handin.createUsage" : "handin.importUsage");
		}
		Path folder = Paths.get(rest.get(0)).toAbsolutePath().normalize();
		if (action.equals("create")) {
			String who = participant != null ? participant : HandIns.participant(folder);
			Path file = out != null ? Paths.get(out)
					: folder.resolveSibling(folder.getFileName() + HandIns.EXTENSION);
			try {
				HandInManifest m = HandIns.create(folder, who, file, console.locale, null);
				console.out.println(console.text("handin.created", file, who, m.models().size(), m.diagrams().size(),
						m.errors(), m.warnings()));
				return OK;
			} catch (PackException e) {
				console.err.println(e.message(console.locale));
				return FAILED;
			}
		}
		Path target = into != null ? Paths.get(into) : Paths.get("").toAbsolutePath();
		HandIns.Import imported = HandIns.importAll(folder, target, console.locale, null);
		List<HandIns.Row> rows = imported.rows();
		if (rows.isEmpty()) {
			console.err.println(console.text("handin.none", folder));
			return FAILED;
		}
		for (HandIns.Row r : rows) {
			if (r.problem() != null) {
				console.err.println(r.problem());
			} else {
				console.out.println(console.text("handin.line", r.participant(), r.models().size(), r.errors(), r.warnings(),
						r.checksPassed(), r.checksPassed() + r.checksFailed(), r.folder()));
			}
		}
		if (imported.overviewProblem() != null) {
			console.err.println(imported.overviewProblem());
			return FOUND_ERRORS;
		}
		console.out.println(console.text("handin.overview", imported.overview()));
		return rows.stream().anyMatch(r -> r.problem() != null) ? FOUND_ERRORS : OK;
	}
}
