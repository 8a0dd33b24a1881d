package org.verkstad.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.notation.Notations;

/** Runs all checks of the installed notations on a model and returns what they found. */
public final class Validation {

	private Validation() {
	}

	/** The findings for every model in a resource, in the order of their lines in the file. */
	public static List<Finding> validate(Resource resource) {
		List<Finding> findings = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			findings.addAll(validate(root));
		}
		findings.sort(Comparator.comparingInt((Finding f) -> SourceLines.line(f.element()))
				.thenComparing(Finding::severity));
		return findings;
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
