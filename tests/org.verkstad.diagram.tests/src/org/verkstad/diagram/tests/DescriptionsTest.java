package org.verkstad.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.NodeMapping;

/**
 * The notations contribute their diagrams: every installed notation has at least one, each description's
 * texts are in its notation's own message table in Swedish and English, and a mistake in a description
 * is reported with the file and the values there are.
 */
class DescriptionsTest {

	@TempDir
	Path dir;

	@Test
	void everyNotationContributesItsDiagramsAndTheirStyles() {
		for (Notation notation : Notations.all()) {
			assertTrue(!Descriptions.forNotation(notation.id()).isEmpty(), notation.id() + " has no diagram");
			assertTrue(Descriptions.styles(notation.id()) != null, notation.id() + " has no styles");
		}
		assertEquals(List.of("boxes", "journey", "process", "swot", "tows"),
				Descriptions.all().stream().map(DiagramDescription::type).toList());
		assertTrue(Descriptions.icons().containsKey("eService"), "the journey's channel symbols");
	}

	@Test
	void aDescriptionsTextsAreInItsNotationsTableInBothLanguages() {
		List<String> missing = new ArrayList<>();
		for (DiagramDescription d : Descriptions.all()) {
			Notation notation = Notations.byId(d.notation()).orElseThrow();
			for (Locale locale : Languages.ALL) {
				Set<String> keys = notation.messages().keys(locale);
				for (String key : keys(d)) {
					if (!keys.contains(key)) {
						missing.add(d.type() + " (" + locale + "): " + key);
					}
				}
			}
		}
		assertEquals(List.of(), missing);
		DiagramDescription process = Descriptions.byType("process").orElseThrow();
		assertEquals("Processkarta", process.name(Languages.SWEDISH));
		assertEquals("Aktivitet", process.text("tool.activity", Languages.SWEDISH));
	}

	private static Set<String> keys(DiagramDescription d) {
		Set<String> keys = new TreeSet<>();
		keys.add(d.title());
		for (NodeMapping m : d.allNodes()) {
			if (m.tool() != null) {
				keys.add(m.tool());
			}
			if (m.section() != null) {
				keys.add(m.section().title());
				if (m.section().hint() != null) {
					keys.add(m.section().hint());
				}
			}
			if (m.series() != null) {
				keys.add(m.series().title());
			}
		}
		for (EdgeMapping e : d.edges()) {
			if (e.tool() != null) {
				keys.add(e.tool());
			}
		}
		return keys;
	}

	@Test
	void aViewOutsideTheVocabularyIsReportedWithTheViewsThereAre() throws Exception {
		Path file = dir.resolve("broken.diagram.json");
		Files.writeString(file, """
				{ "type": "broken", "notation": "process", "rootClass": "ProcessModel", "title": "diagram.process",
				  "nodes": [ { "id": "step", "eClass": "Activity", "from": "nodes", "view": "hexagon" } ] }
				""");
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> Descriptions.parse(file.toUri().toURL()));
		assertTrue(e.getMessage().contains("broken.diagram.json") && e.getMessage().contains("\"hexagon\"")
				&& e.getMessage().contains("rounded"), e.getMessage());
		Files.writeString(file, """
				{ "type": "broken", "notation": "process", "rootClass": "ProcessModel", "title": "diagram.process",
				  "nodes": [ { "id": "step", "eClass": "Activity", "from": "nodes", "view": "arrow" } ] }
				""");
		e = assertThrows(IllegalStateException.class, () -> Descriptions.parse(file.toUri().toURL()));
		assertTrue(e.getMessage().contains("step needs the view of a node"), e.getMessage());
	}
}
