package org.verkstad.process.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.process.Activity;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.interchange.BpmnInterchange;

/**
 * Real-world-shaped BPMN files (resources/bpmn/corpus: the shapes Signavio, Camunda Modeler, bpmn.io,
 * Enterprise Architect and tools without diagrams write: nested lanes, several pools with message flows,
 * boundary events, expanded and collapsed sub-processes, data objects and stores, vertical lanes,
 * inclusive and event-based gateways, intermediate events, a file that bends the schema): each imports
 * without an exception, its summary counts what the file holds, and the map it gives is saved and read
 * back without errors, drawn with no flow through a box.
 */
class BpmnCorpusTest {

	private static final Path CORPUS = Paths.get("resources/bpmn/corpus");

	@TempDir
	Path dir;

	static Stream<Arguments> corpus() {
		return Stream.of(
				Arguments.of("boundary-timer.bpmn", List.of(
						"Carried over: start events 1, tasks 3, boundary events 1, end events 1, sequence flows 5",
						"line 6: the boundary event \"14 dagar\" on \"Väntar på grannarnas svar\" became the condition of the flow that leaves \"Väntar på grannarnas svar\" through it")),
				Arguments.of("collapsed-subprocess.bpmn", List.of(
						"Carried over: start events 1, sub-processes 1, tasks 1, end events 1, sequence flows 3",
						"Not carried over: elements inside collapsed sub-processes 5",
						"line 5: the collapsed sub-process \"Rekryterar\" became one activity; the 5 elements inside it are not in the map")),
				Arguments.of("expanded-subprocess.bpmn", List.of(
						"Carried over: start events 1, tasks 4, sub-processes 1, end events 1, sequence flows 5",
						"Not carried over: start events 1, end events 1, sequence flows 2",
						"line 6: the expanded sub-process \"Remissrunda\" was flattened: its steps are in the map, its start and end left out")),
				Arguments.of("gateways-and-events.bpmn", List.of(
						"Carried over: start events 1, gateways 3, tasks 2, intermediate events 3, end events 1, sequence flows 11",
						"line 5: \"Vilka kontroller?\" (inclusiveGateway) became a decision",
						"line 8: the gateway \"IncJoin\" only brings ways together: its ways go straight on to the step after it",
						"line 10: \"Svar eller inte?\" (eventBasedGateway) became a decision")),
				Arguments.of("nested-lanes.bpmn", List.of(
						"Carried over: lanes 3, start events 1, tasks 3, end events 1, sequence flows 4",
						"line 6: the lanes inside \"Kommunen\" became lanes of their own, named with the path")),
				Arguments.of("no-diagram.bpmn", List.of(
						"Carried over: start events 1, tasks 3, parallel gateways 2, end events 1, sequence flows 7")),
				Arguments.of("schema-bending.bpmn", List.of(
						"Carried over: start events 1, tasks 2, end events 1, sequence flows 3",
						"Not carried over: groups 1",
						"line 5: the file does not keep to the BPMN 2.0 schema here (it is read all the same): cvc-complex-type.3.2.2: Attribute 'color' is not allowed to appear in element 'bpmn:task'.")),
				Arguments.of("signavio-forsorjningsstod.bpmn", List.of(
						"Carried over: lanes 2, start events 1, tasks 4, data objects 1, data stores 1, gateways 1, end events 1, sequence flows 7, text annotations 1",
						"line 13: the file does not keep to the BPMN 2.0 schema here (it is read all the same): cvc-complex-type.2.4.b: The content of element 'dataInputAssociation' is not complete. One of '{\"http://www.omg.org/spec/BPMN/20100524/MODEL\":sourceRef, \"http://www.omg.org/spec/BPMN/20100524/MODEL\":targetRef}' is expected.",
						"line 14: the file does not keep to the BPMN 2.0 schema here (it is read all the same): cvc-complex-type.2.4.b: The content of element 'dataInputAssociation' is not complete. One of '{\"http://www.omg.org/spec/BPMN/20100524/MODEL\":sourceRef, \"http://www.omg.org/spec/BPMN/20100524/MODEL\":targetRef}' is expected.")),
				Arguments.of("two-pools.bpmn", List.of(
						"Carried over: start events 2, tasks 4, end events 2, sequence flows 6",
						"Not carried over: message flows 2")),
				Arguments.of("vertical-lanes.bpmn", List.of(
						"Carried over: lanes 3, start events 1, tasks 3, end events 1, sequence flows 4")));
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void importsCountsWhatItHoldsAndGivesAValidMap(String name, List<String> summary) throws Exception {
		Imported imported = read(name);
		assertEquals(summary, imported.summary());
		for (Imported.Part part : imported.parts()) {
			SavedMap.of(part, dir.resolve(name.replace(".bpmn", "-" + part.model().getId() + ".process")));
		}
	}

	@Test
	void severalPoolsAreChosenOrAllImported() throws Exception {
		InterchangeException e = assertThrows(InterchangeException.class,
				() -> new BpmnInterchange().read(CORPUS.resolve("two-pools.bpmn"), ImportOptions.of(Locale.ENGLISH, dir)));
		assertEquals("bpmn.severalPools", e.key());
		assertTrue(e.message(Locale.ENGLISH).contains("Medborgare, Kommunen"), e.message(Locale.ENGLISH));
		assertEquals(List.of("Medborgare", "Kommunen"), read("two-pools.bpmn").parts().stream().map(Imported.Part::name).toList());
		Imported one = new BpmnInterchange().read(CORPUS.resolve("two-pools.bpmn"), new ImportOptions(Locale.ENGLISH, dir, "Kommunen", false, Map.of()));
		assertEquals(List.of("Kommunen"), one.parts().stream().map(Imported.Part::name).toList());
		assertEquals("Not carried over: message flows 2, other pools 1", one.summary().get(1));
	}

	@Test
	void lanesNestedOrVerticalKeepTheirOrderAndNames() throws Exception {
		assertEquals(List.of("Kommunen / Registratur", "Kommunen / Handläggare", "Nämnden"), lanes("nested-lanes.bpmn"));
		assertEquals(List.of("Hyresgäst", "Kundtjänst", "Fastighetsskötare"), lanes("vertical-lanes.bpmn"));
		// a pool without lanes is one role
		assertEquals(List.of("Medborgare"), lanes("two-pools.bpmn"));
	}

	@Test
	void dataAnnotationsBoundaryEventsAndEventGatewaysFindTheirPlace() throws Exception {
		ProcessModel signavio = model("signavio-forsorjningsstod.bpmn");
		Activity investigate = activity(signavio, "Utreder ansökan");
		assertEquals(List.of("Verksamhetssystem Procapita"), investigate.getSystems());
		assertEquals(List.of("Ansökan"), investigate.getDocuments());
		assertEquals(List.of("Handläggningstiden ska vara högst fyra veckor."), investigate.getNotes());
		assertEquals(List.of("Ansökan"), activity(signavio, "Ansöker i e-tjänsten").getDocuments());
		ProcessModel timer = model("boundary-timer.bpmn");
		SequenceFlow reminder = timer.getFlows().stream().filter(f -> f.getTarget().getName().equals("Skickar påminnelse")).findFirst().orElseThrow();
		assertEquals("Väntar på grannarnas svar", reminder.getSource().getName());
		assertEquals("14 dagar", reminder.getCondition());
		ProcessModel events = model("gateways-and-events.bpmn");
		assertEquals(List.of("Svar kommer", "Påminnelse skickas"), events.getFlows().stream()
				.filter(f -> "Svar eller inte?".equals(f.getSource().getName())).map(SequenceFlow::getCondition).toList());
		// the merging gateway is left out: both checks go straight on to the week's wait
		assertEquals(List.of("Kontrollerar brandskydd", "Kontrollerar ventilation"), events.getFlows().stream()
				.filter(f -> "En vecka".equals(f.getTarget().getName())).map(f -> f.getSource().getName()).toList());
	}

	@Test
	void aFileWithoutADiagramIsLaidOutAutomatically() throws Exception {
		Imported imported = read("no-diagram.bpmn");
		assertEquals(Map.of(), imported.parts().get(0).layout().getOrDefault("process", Map.of()));
		assertEquals("En process skriven utan diagram, som vissa verktyg exporterar.", imported.parts().get(0).model().getDescription());
	}

	private Imported read(String name) throws InterchangeException {
		return new BpmnInterchange().read(CORPUS.resolve(name), new ImportOptions(Locale.ENGLISH, dir, null, true, Map.of()));
	}

	private ProcessModel model(String name) throws InterchangeException {
		return (ProcessModel) read(name).parts().get(0).model();
	}

	private List<String> lanes(String name) throws InterchangeException {
		return model(name).getLanes().stream().map(Lane::getName).toList();
	}

	private static Activity activity(ProcessModel model, String name) {
		return model.getLanes().stream().flatMap(l -> l.getNodes().stream()).filter(n -> name.equals(n.getName())).map(Activity.class::cast)
				.findFirst().orElseThrow();
	}
}
