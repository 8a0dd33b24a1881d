package org.verkstad.core.validation;

import org.eclipse.emf.ecore.EObject;

/** Where a {@link Rule} reports what it found. The message key is the rule's issue code. */
public interface Report {

	void add(Severity severity, EObject element, String code, Object... arguments);

	default void error(EObject element, String code, Object... arguments) {
		add(Severity.ERROR, element, code, arguments);
	}

	default void warning(EObject element, String code, Object... arguments) {
		add(Severity.WARNING, element, code, arguments);
	}

	default void hint(EObject element, String code, Object... arguments) {
		add(Severity.HINT, element, code, arguments);
	}
}
