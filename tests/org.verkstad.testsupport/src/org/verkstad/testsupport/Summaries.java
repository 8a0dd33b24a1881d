package org.verkstad.testsupport;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.verkstad.core.Model;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;

/** A model's summary as label → value, checking that no label appears twice. */
public final class Summaries {

	private Summaries() {
	}

	public static Map<String, String> facts(Model model, Locale locale) {
		Map<String, String> facts = new LinkedHashMap<>();
		for (Notation.Fact fact : Notations.of(model).orElseThrow().summarize(model, locale)) {
			assertNull(facts.put(fact.label(), fact.value()), "label twice: " + fact.label());
		}
		return facts;
	}
}
