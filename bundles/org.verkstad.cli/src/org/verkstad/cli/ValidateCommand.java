package org.verkstad.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;

/**
 * {@code validate FILE…}: checks models and prints {@code file:line: severity: message}. Exit 0 when no
 * errors were found, 1 when there were errors, 2 when a file could not be read.
 */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public int run(List<String> arguments, Console console) {
		if (arguments.isEmpty()) {
			return console.usageError(name(), "validate.noFiles");
		}
		ResourceSet resourceSet = ModelIO.newResourceSet();
		List<Path> files = ModelFiles.expand(arguments, resourceSet);
		if (files.isEmpty()) {
			return console.usageError(name(), "validate.noFiles");
		}
		int unreadable = 0;
		int[] counts = new int[Severity.values().length];
		for (Path file : files) {
			Model model;
			try {
				model = ModelIO.load(resourceSet, file);
			} catch (ModelFileException e) {
				console.problem(e);
				unreadable++;
				continue;
			}
			for (Finding finding : Validation.validate(model.eResource())) {
				console.problem(file, finding.line(), finding.column(), finding.severity(), finding.message(console.locale));
				counts[finding.severity().ordinal()]++;
			}
		}
		console.out.println(console.text("validate.summary", files.size(), counts[Severity.ERROR.ordinal()],
				counts[Severity.WARNING.ordinal()], counts[Severity.HINT.ordinal()], unreadable));
		return unreadable > 0 ? FAILED : counts[Severity.ERROR.ordinal()] > 0 ? FOUND_ERRORS : OK;
	}
}
