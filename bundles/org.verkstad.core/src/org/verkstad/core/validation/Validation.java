package org.verkstad.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.notation.Notations;

/** Runs all checks of the installed notations on a model and returns what they found. */
public final class Validation {

	/** The code of the hint that stands for the checks held back in a file with reading mistakes. */
	public static final String HELD_BACK = "core.checks.heldBack";

	private Validation() {
	}

	/**
	 * The findings for every model in a resource, in the order of their lines in the file: the
	 * mistakes the reader found in the file (e.g. text it could not understand, names it could not
	 * resolve) and what the checks find. A file whose text could be read only in part ({@link PartlyRead})
	 * gets its reading mistakes and one hint that the rest is checked once they are fixed: what follows
	 * a mistake may be missing, and checks of it would report the one mistake many times over.
	 */
	public static List<Finding> validate(Resource resource) {
		List<Finding> findings = new ArrayList<>();
		List<Resource.Diagnostic> mistakes = resource instanceof PartlyRead partly ? partly.readMistakes() : List.of();
		if (!mistakes.isEmpty()) {
			PartlyRead reader = (PartlyRead) resource;
			for (Resource.Diagnostic mistake : mistakes) {
				findings.add(fileProblem(Severity.ERROR, mistake, reader.fixes(mistake)));
			}
			Finding first = findings.get(0);
			findings.add(new Finding(Severity.HINT, HELD_BACK, null, first.line(), 0, CoreRules.MESSAGES,
					String.valueOf(first.line())));
			// what the reader says of the file as a whole (it was not UTF-8) still holds
			for (Resource.Diagnostic warning : resource.getWarnings()) {
				findings.add(fileProblem(Severity.WARNING, warning, List.of()));
			}
			findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::severity));
			return findings;
		}
		EcoreUtil.resolveAll(resource);
		for (Resource.Diagnostic error : resource.getErrors()) {
			findings.add(fileProblem(Severity.ERROR, error, List.of()));
		}
		for (Resource.Diagnostic warning : resource.getWarnings()) {
			findings.add(fileProblem(Severity.WARNING, warning, List.of()));
		}
		for (EObject root : resource.getContents()) {
			findings.addAll(validate(root));
		}
		findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::severity));
		return findings;
	}

	private static Finding fileProblem(Severity severity, Resource.Diagnostic diagnostic, List<Fix> fixes) {
		return new Finding(fixes, severity, "core.file.problem", null, Math.max(diagnostic.getLine(), 1),
				Math.max(diagnostic.getColumn(), 0), CoreRules.MESSAGES, diagnostic.getMessage());
	}

	/** The findings for one model (its root and everything it contains). */
	public static List<Finding> validate(EObject root) {
		Notations.all(); // registers the validators
		Diagnostic diagnostic = new Diagnostician().validate(root);
		List<Finding> findings = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getData().size() > 2 && child.getData().get(2) instanceof Finding finding) {
				findings.add(finding);
			}
		}
		return findings;
	}

	public static boolean hasErrors(List<Finding> findings) {
		return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}
}
