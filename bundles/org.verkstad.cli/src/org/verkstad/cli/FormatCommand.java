package org.verkstad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Severity;

/**
 * {@code format [--check] FILE|FOLDER…}: lays text model files out the standard way (in place, atomically,
 * comments kept). With {@code --check} it only names the files that would change. Files with mistakes
 * are left alone.
 */
final class FormatCommand implements Command {

	@Override
	public String name() {
		return "format";
	}

	@Override
	public Set<String> options() {
		return Set.of("--check");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		boolean check = arguments.contains("--check");
		List<String> names = arguments.stream().filter(a -> !a.equals("--check")).toList();
		ResourceSet resourceSet = ModelIO.newResourceSet();
		List<Path> files = ModelFiles.expand(names, resourceSet).stream()
				.filter(f -> !f.toString().endsWith("." + ModelIO.XMI_EXTENSION)).toList();
		if (files.isEmpty()) {
			return console.usageError(name(), "format.noFiles");
		}
		int failed = 0, changed = 0;
		for (Path file : files) {
			try {
				Model model = ModelIO.load(resourceSet, file);
				if (console.readMistakes(file, model.eResource())) {
					failed++;
					continue;
				}
				byte[] formatted = ModelIO.render(model, file, true);
				if (!Arrays.equals(formatted, Files.readAllBytes(file))) {
					changed++;
					if (check) {
						console.out.println(console.text("format.wouldChange", file));
					} else {
						AtomicFiles.write(file, formatted);
						console.out.println(console.text("format.changed", file));
					}
				}
			} catch (ModelFileException e) {
				console.problem(e);
				failed++;
			} catch (IOException e) {
				console.problem(file, 0, Severity.ERROR, String.valueOf(e.getMessage()));
				failed++;
			}
		}
		console.out.println(console.text(check ? "format.summary.check" : "format.summary", files.size(), changed, failed));
		return failed > 0 ? FAILED : check && changed > 0 ? FOUND_ERRORS : OK;
	}
}
