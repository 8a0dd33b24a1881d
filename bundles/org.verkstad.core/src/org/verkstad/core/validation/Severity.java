package org.verkstad.core.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.verkstad.core.nls.Messages;

/** How serious a finding is. */
public enum Severity {
	/** The model is wrong: a teacher would send it back. */
	ERROR(Diagnostic.ERROR),
	/** Probably a mistake, or something the analyses cannot use. */
	WARNING(Diagnostic.WARNING),
	/** A suggestion that makes the model more useful. */
	HINT(Diagnostic.INFO);

	private static final Messages MESSAGES = new Messages(Severity.class, "org.verkstad.core.validation.messages");

	private final int diagnosticSeverity;

	Severity(int diagnosticSeverity) {
		this.diagnosticSeverity = diagnosticSeverity;
	}

	/** The matching EMF {@link Diagnostic} severity. */
	public int diagnosticSeverity() {
		return diagnosticSeverity;
	}

	/** The word printed before a message, e.g. "fel" / "error". */
	public String label(Locale locale) {
		return MESSAGES.get(locale, "severity." + name().toLowerCase(Locale.ROOT));
	}
}
