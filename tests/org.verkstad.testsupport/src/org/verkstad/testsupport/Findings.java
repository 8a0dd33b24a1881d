package org.verkstad.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;

/** Assertions on what the checks find. */
public final class Findings {

	private Findings() {
	}

	public static List<Finding> of(EObject model) {
		return Validation.validate(model);
	}

	/** Asserts a finding with the code, on the element, with the severity; returns it. */
	public static Finding assertFinding(EObject model, String code, EObject on, Severity severity) {
		List<Finding> findings = of(model);
		Finding found = findings.stream().filter(f -> f.code().equals(code) && (on == null || f.element() == on))
				.findFirst().orElse(null);
		assertTrue(found != null, () -> "expected " + code + " on " + on + " but found " + describe(findings));
		assertTrue(found.severity() == severity, () -> code + " should be " + severity + " but is " + found.severity());
		for (java.util.Locale locale : Languages.ALL) {
			String message = found.message(locale);
			assertFalse(message.contains("!" + code + "!") || message.contains("{"), () -> "message " + message);
		}
		return found;
	}

	public static void assertNoFinding(EObject model, String code) {
		List<Finding> findings = of(model);
		assertTrue(findings.stream().noneMatch(f -> f.code().equals(code)),
				() -> "did not expect " + code + " but found " + describe(findings));
	}

	public static void assertNoErrors(EObject model) {
		List<Finding> findings = of(model);
		assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), () -> describe(findings));
	}

	public static String describe(List<Finding> findings) {
		return findings.stream().map(f -> f.severity() + " " + f.code() + ": " + f.message(Languages.ENGLISH))
				.collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
	}
}
