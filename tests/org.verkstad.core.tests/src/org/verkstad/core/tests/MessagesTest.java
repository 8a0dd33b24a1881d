package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.validation.CoreRules;

/** Swedish and English are complete: every message table has the same keys in both. */
class MessagesTest {

	static Stream<Messages> tables() {
		return Stream.concat(
				Stream.of(CoreRules.MESSAGES, new Messages(CoreRules.class, "org.verkstad.core.io.messages"),
						new Messages(CoreRules.class, "org.verkstad.core.notation.messages")),
				Notations.all().stream().map(Notation::messages));
	}

	@ParameterizedTest
	@MethodSource("tables")
	void swedishAndEnglishHaveTheSameKeys(Messages messages) {
		assertFalse(messages.keys(Languages.ENGLISH).isEmpty(), messages.baseName());
		assertEquals(messages.keys(Languages.ENGLISH), messages.keys(Languages.SWEDISH), messages.baseName());
		assertEquals(messages.keys(Languages.ENGLISH), messages.keys(Languages.NORWEGIAN), messages.baseName());
	}

	@ParameterizedTest
	@MethodSource("tables")
	void everyMessageFormats(Messages messages) {
		for (String key : messages.keys(Languages.ENGLISH)) {
			for (java.util.Locale locale : Languages.ALL) {
				String text = messages.get(locale, key); // throws if the pattern is not a valid MessageFormat
				assertFalse(text.isBlank() || text.startsWith("!"), () -> locale + " " + key + ": " + text);
			}
		}
	}

	@org.junit.jupiter.api.Test
	void everyKindOfElementHasANameInBothLanguages() {
		for (Notation notation : Notations.all()) {
			for (org.eclipse.emf.ecore.EClassifier classifier : notation.ePackage().getEClassifiers()) {
				if (classifier instanceof org.eclipse.emf.ecore.EClass eClass && !eClass.isInterface()) {
					for (java.util.Locale locale : Languages.ALL) {
						assertTrue(notation.messages().keys(locale).contains("kind." + eClass.getName()),
								() -> notation.id() + ": kind." + eClass.getName() + " " + locale);
					}
				}
			}
		}
	}

	@org.junit.jupiter.api.Test
	void allFourNotationsAreInstalled() {
		assertEquals(java.util.List.of("boxes", "journey", "process", "swot"),
				Notations.all().stream().map(Notation::id).toList());
	}
}
