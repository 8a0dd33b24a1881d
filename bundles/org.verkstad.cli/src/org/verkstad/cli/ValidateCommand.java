package org.verkstad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.Fixes;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;

/**
 * {@code validate [--fix] FILE…}: checks models and prints {@code file:line: severity: message}. With
 * {@code --fix} it first makes the safe fixes (one obvious result, nothing the user wrote taken away)
 * and saves each changed file atomically, keeping the previous version. Exit 0 when no errors were
 * found (after the fixes), 1 when there were errors, 2 when a file could not be read.
 */
final class ValidateCommand implements Command {

	/** How many fixes one file gets at most (each fix is checked anew; a fix never undoes another). */
	private static final int MAX_FIXES = 100;

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public Set<String> options() {
		return Set.of("--fix");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		boolean fix = arguments.contains("--fix");
		List<String> names = arguments.stream().filter(a -> !a.equals("--fix")).toList();
		ResourceSet resourceSet = ModelIO.newResourceSet();
		List<Path> files = ModelFiles.expand(names, resourceSet);
		if (files.isEmpty()) {
			return console.usageError(name(), "validate.noFiles");
		}
		int unreadable = 0;
		int fixes = 0;
		int fixedFiles = 0;
		int[] counts = new int[Severity.values().length];
		for (Path file : files) {
			Model model;
			try {
				if (fix) {
					int made = fix(file, console);
					fixes += made;
					fixedFiles += made > 0 ? 1 : 0;
				}
				model = ModelIO.load(resourceSet, file);
			} catch (ModelFileException e) {
				console.problem(e);
				unreadable++;
				continue;
			} catch (IOException e) {
				console.problem(file, 0, Severity.ERROR, String.valueOf(e.getMessage()));
				unreadable++;
				continue;
			}
			for (Finding finding : Validation.validate(model.eResource())) {
				console.problem(file, finding.line(), finding.column(), finding.severity(), finding.message(console.locale));
				counts[finding.severity().ordinal()]++;
			}
		}
		if (fix) {
			console.out.println(console.text("validate.fixed.summary", fixes, fixedFiles));
		}
		console.out.println(console.text("validate.summary", files.size(), counts[Severity.ERROR.ordinal()],
				counts[Severity.WARNING.ordinal()], counts[Severity.HINT.ordinal()], unreadable));
		return unreadable > 0 ? FAILED : counts[Severity.ERROR.ordinal()] > 0 ? FOUND_ERRORS : OK;
	}

	/**
	 * Makes the file's safe fixes one after the other, each on the model read from the text the one
	 * before left, and saves the result when anything changed; returns how many were made.
	 */
	private static int fix(Path file, Console console) throws ModelFileException, IOException {
		byte[] original = ModelIO.bytes(file);
		String text = new String(original, StandardCharsets.UTF_8);
		int made = 0;
		for (int round = 0; round < MAX_FIXES; round++) {
			Model model = ModelIO.load(ModelIO.newResourceSet(), file, text.getBytes(StandardCharsets.UTF_8));
			Finding fixable = null;
			Fix safe = null;
			// from the end of the file up: what a fix adds goes below the line it was reported on, so the
			// lines printed are those of the file as it was
			List<Finding> findings = new ArrayList<>(Validation.validate(model.eResource()));
			Collections.reverse(findings);
			for (Finding finding : findings) {
				safe = Fixes.safe(finding);
				if (safe != null) {
					fixable = finding;
					break;
				}
			}
			if (safe == null) {
				break;
			}
			String fixed = safe.applyTo(text);
			if (fixed.equals(text)) {
				break;
			}
			console.out.println(console.text("validate.fixed", file, fixable.line(), safe.label(console.locale)));
			text = fixed;
			made++;
		}
		if (made > 0 && !text.equals(new String(original, StandardCharsets.UTF_8))) {
			AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
		}
		return made;
	}
}
