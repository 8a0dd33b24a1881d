package org.verkstad.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.export.report.ReportDescription;

/** Every notation contributes its report tables, and their titles and headers are in its message table in both languages. */
class ReportDescriptionsTest {

	@Test
	void everyNotationsTablesHaveTheirTextsInBothLanguages() {
		List<String> missing = new ArrayList<>();
		for (Notation notation : Notations.all()) {
			ReportDescription d = ReportDescription.of(notation.id());
			assertTrue(!d.tables().isEmpty(), notation.id() + " contributes no report tables");
			for (Locale locale : Languages.ALL) {
				Set<String> keys = notation.messages().keys(locale);
				for (ReportDescription.Table t : d.tables()) {
					List<String> named = new ArrayList<>(List.of(t.title()));
					t.columns().stream().filter(c -> c.group() != null).forEach(c -> named.add(c.group()));
					named.stream().filter(k -> !keys.contains(k)).forEach(k -> missing.add(notation.id() + " (" + locale + "): " + k));
				}
			}
		}
		assertEquals(List.of(), missing);
		assertEquals(List.of(), ReportDescription.of("unknown").tables(), "a notation without tables");
		assertEquals(List.of("process", "journey", "swot", "boxes"), Notations.inCourseOrder().stream().map(Notation::id).toList());
	}
}
