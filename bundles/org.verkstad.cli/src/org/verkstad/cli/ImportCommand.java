package org.verkstad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.validation.Severity;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.export.interchange.Interchanges;

/**
 * {@code import FILE [--out FILE|FOLDER] [--pool NAME] [--all] [--columns FROM=TO,…] [--force]}: a file of
 * another tool (the formats the installed bundles contribute: BPMN 2.0, activity lists) as model files
 * with their layout, and a summary of what was carried over and what was not. Existing files are not
 * replaced unless {@code --force} says so (their previous version is kept then).
 */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public Set<String> options() {
		return Set.of("--out", "--pool", "--all", "--columns", "--force");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		boolean all = rest.remove("--all");
		boolean force = rest.remove("--force");
		String out;
		String pool;
		String columnsValue;
		try {
			out = Options.take(rest, "--out");
			pool = Options.take(rest, "--pool");
			columnsValue = Options.take(rest, "--columns");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		if (rest.size() != 1) {
			return console.usageError(name(), "import.oneFile");
		}
		Map<String, String> columns = new LinkedHashMap<>();
		if (columnsValue != null) {
			for (String pair : columnsValue.split(",")) {
				int eq = pair.indexOf('=');
				if (eq <= 0 || eq == pair.length() - 1) {
					return console.usageError(name(), "import.badColumns", pair);
				}
				columns.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
			}
		}
		Path file = Paths.get(rest.get(0));
		if (!Files.isRegularFile(file)) {
			console.err.println(console.text("import.notFound", file));
			return FAILED;
		}
		Optional<Interchange> format = Interchanges.reading(file);
		if (format.isEmpty()) {
			return console.usageError(name(), "import.unknownFormat", file.getFileName(), String.join(", ", Interchanges.readable()));
		}
		Path target = out == null ? null : Paths.get(out);
		boolean intoFolder = target == null || Files.isDirectory(target) || !target.getFileName().toString().contains(".");
		Path folder = target == null ? file.toAbsolutePath().getParent() : intoFolder ? target : target.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			console.err.println(console.text("import.noFolder", folder));
			return FAILED;
		}
		Imported imported;
		try {
			imported = format.get().read(file, new ImportOptions(console.locale, folder, pool, all, columns));
		} catch (InterchangeException e) {
			console.problem(file, e.line(), Severity.ERROR, e.cause(console.locale));
			return FAILED;
		}
		if (!intoFolder && imported.parts().size() > 1) {
			return console.usageError(name(), "import.outFolder", imported.parts().size());
		}
		List<Path> written = new ArrayList<>();
		for (Imported.Part part : imported.parts()) {
			Path to = !intoFolder ? target
					: folder.resolve(imported.baseName(file, part) + "." + part.extension());
			if (Files.exists(to) && !force) {
				console.err.println(console.text("import.exists", to));
				return FAILED;
			}
			try {
				part.save(to);
				written.add(to);
			} catch (ModelFileException e) {
				console.problem(e);
				return FAILED;
			} catch (IOException e) {
				console.err.println(console.text("import.writeError", to, String.valueOf(e.getMessage())));
				return FAILED;
			}
		}
		imported.summary().forEach(console.out::println);
		written.forEach(to -> console.out.println(console.text("import.done", file, to)));
		return OK;
	}
}
