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

	private Validation() {
	}

	/**
	 * The findings for every model in a resource, in the order of their lines in the file: the
	 * mistakes the reader found in the file (e.g. text it could not understand, names it could not
	 * resolve) and what the checks find.
	 */
	public static List<Finding> validate(Resource resource) {
		EcoreUtil.resolveAll(resource);
		List<Finding> findings = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			findings.add(fileProblem(Severity.ERROR, error));
		}
		for (Resource.Diagnostic warning : resource.getWarnings()) {
			findings.add(fileProblem(Severity.WARNING, warning));
		}
		for (EObject root : resource.getContents()) {
			findings.addAll(validate(root));
		}
		findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::severity));
		return findings;
	}

	private static Finding fileProblem(Severity severity, Resource.Diagnostic diagnostic) {
		return new Finding(severity, "core.file.problem", null, Math.max(diagnostic.getLine(), 1),
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
