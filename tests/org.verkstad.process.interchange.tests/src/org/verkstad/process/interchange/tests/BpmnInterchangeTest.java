package org.verkstad.process.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.export.interchange.Interchanges;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.interchange.BpmnInterchange;
import org.verkstad.testsupport.Examples;

/** BPMN 2.0 both ways: a Camunda Modeler file in, every example out and in again, hostile files refused. */
class BpmnInterchangeTest {

	private static final Path CAMUNDA = Paths.get("resources/bpmn/camunda-bygglov.bpmn");
	private static final BpmnInterchange BPMN = new BpmnInterchange();

	@TempDir
	Path dir;

	@Test
	void theFormatIsContributed() {
		assertEquals(BPMN.getClass(), Interchanges.reading(CAMUNDA).orElseThrow().getClass());
		assertEquals(BPMN.getClass(), Interchanges.writing("bpmn", "process").orElseThrow().getClass());
	}

	@Test
	void aCamundaFileWithThreeLanesTwoGatewaysAndALoopBecomesTheSameMap() throws Exception {
		Imported imported = BPMN.read(CAMUNDA, ImportOptions.of(Locale.ENGLISH, dir));
		assertEquals(1, imported.parts().size());
		ProcessModel model = (ProcessModel) imported.parts().get(0).model();
		assertEquals("Ansökan om bygglov", model.getName());
		assertEquals("Process_Bygglov", model.getId());
		assertEquals(List.of("Medborgare", "Bygglovshandläggare", "Byggnadsnämnden"), model.getLanes().stream().map(Lane::getName).toList());
		assertEquals(List.of("Activity_Ansoka", "Activity_Komplettera", "StartEvent_1"), ids(model.getLanes().get(0)));
		assertEquals(8, count(model, Activity.class));
		assertEquals(2, count(model, Decision.class));
		assertEquals(13, model.getFlows().size());
		SequenceFlow yes = flow(model, "Flow_4");
		assertEquals("Ja", yes.getCondition());
		assertEquals("${komplett}", yes.getDescription());
		assertEquals("Activity_Granska", yes.getTarget().getId());
		assertEquals(List.of("Hälften av ansökningarna är ofullständiga vid första kontrollen."), element(model, "Activity_Kontrollera").getNotes());
		assertEquals("Granskningen görs mot detaljplanen och plan- och bygglagen.", element(model, "Activity_Granska").getDescription());
		String summary = String.join("\n", imported.summary());
		assertTrue(summary.contains("lanes 3, start events 1, tasks 8, gateways 2, end events 1, sequence flows 13, text annotations 1"), summary);

		// drawn from the file's own layout: every node has its place, and no flow runs through a box it does not connect
		Path file = dir.resolve("bygglov.process");
		SavedMap saved = SavedMap.of(imported.parts().get(0), file);
		assertEquals(12, LayoutFile.read(file).diagram("process").size());
		Model read = saved.model();
		Diagram diagram = saved.diagram();
		// the file's order from left to right is kept
		assertTrue(x(diagram, read, "Activity_Ansoka") < x(diagram, read, "Activity_Kontrollera"));
		assertTrue(x(diagram, read, "Activity_Kontrollera") < x(diagram, read, "Activity_Granska"));
		assertTrue(x(diagram, read, "Activity_Granska") < x(diagram, read, "Activity_Skicka"));
	}

	static Stream<Path> processExamples() {
		return Examples.all(".process").stream();
	}

	@ParameterizedTest
	@MethodSource("processExamples")
	void everyExampleComesBackFromBpmnUnchanged(Path example) throws Exception {
		Path folder = Examples.copyTo(Files.createDirectories(dir.resolve("examples")));
		Path source = folder.resolve(example.getFileName());
		Model original = ModelIO.load(source);
		byte[] bpmn = BPMN.write(source, original, Locale.ENGLISH);
		Path bpmnFile = dir.resolve("exported.bpmn");
		Files.write(bpmnFile, bpmn);
		// the same map is the same file, every id included (labels had random ones)
		assertEquals(new String(bpmn, StandardCharsets.UTF_8), new String(BPMN.write(source, ModelIO.load(source), Locale.ENGLISH), StandardCharsets.UTF_8));
		// valid against the BPMN 2.0 schema Operaton carries
		SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		schemas.newSchema(Bpmn.class.getClassLoader().getResource("org/operaton/bpm/model/bpmn/schema/BPMN20.xsd")).newValidator()
				.validate(new StreamSource(new StringReader(new String(bpmn, StandardCharsets.UTF_8))));

		Imported imported = BPMN.read(bpmnFile, ImportOptions.of(Locale.ENGLISH, folder));
		assertEquals(1, imported.parts().size());
		Model back = imported.parts().get(0).model();
		assertEquals(text(ModelIO.render(original, source, true)), text(ModelIO.render(back, source, true)));
		// and drawn where the editor drew it
		DiagramDescription description = Descriptions.byType("process").orElseThrow();
		Diagram before = DiagramBuilder.build(description, original, LayoutFile.read(source), Locale.ENGLISH);
		LayoutFile layout = LayoutFile.read(dir.resolve("none.process"));
		layout.restore(imported.parts().get(0).layout());
		Diagram after = DiagramBuilder.build(description, back, layout, Locale.ENGLISH);
		assertEquals(boxes(before, original), boxes(after, back));
	}

	@Test
	void aMapWhoseFlowsHaveNoIdsYetIsWrittenToo() throws Exception {
		// ids are given when a file is saved: a map typed but never saved has flows without them
		Path file = dir.resolve("ny.process");
		Files.writeString(file, "process ny \"Ny karta\" {\n\tlane l \"Handläggare\" {\n\t\tstart s \"Start\"\n\t\tactivity a \"Prövar\"\n"
				+ "\t\tend e \"Klart\"\n\t}\n\tflow s -> a\n\tflow a -> e\n}\n");
		Path bpmnFile = dir.resolve("ny.bpmn");
		Files.write(bpmnFile, BPMN.write(file, ModelIO.load(file), Locale.ENGLISH));
		ProcessModel back = (ProcessModel) BPMN.read(bpmnFile, ImportOptions.of(Locale.ENGLISH, dir)).parts().get(0).model();
		assertEquals(List.of("s -> a", "a -> e"), back.getFlows().stream().map(f -> f.getSource().getId() + " -> " + f.getTarget().getId()).toList());
	}

	@Test
	void aDoctypeIsRefusedWithItsLine() throws Exception {
		Path file = dir.resolve("evil.bpmn");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>\n");
		InterchangeException e = assertThrows(InterchangeException.class, () -> BPMN.read(file, ImportOptions.of(Locale.ENGLISH, dir)));
		assertEquals("xml.doctype", e.key());
		assertEquals(2, e.line());
		assertTrue(e.message(Locale.ENGLISH).startsWith("evil.bpmn:2: the file has a DOCTYPE"), e.message(Locale.ENGLISH));
	}

	@Test
	void brokenAndForeignFilesAreRefusedWithTheirLine() throws Exception {
		Path broken = dir.resolve("broken.bpmn");
		Files.writeString(broken, "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<process id=\"p\">\n</definitions>\n");
		InterchangeException e = assertThrows(InterchangeException.class, () -> BPMN.read(broken, ImportOptions.of(Locale.ENGLISH, dir)));
		assertEquals("xml.malformed", e.key());
		assertEquals(3, e.line());
		Path html = dir.resolve("page.bpmn");
		Files.writeString(html, "<html>\n<body/></html>\n");
		e = assertThrows(InterchangeException.class, () -> BPMN.read(html, ImportOptions.of(new Locale("sv"), dir)));
		assertEquals("bpmn.notBpmn", e.key());
		assertTrue(e.message(new Locale("sv")).contains("ingen BPMN 2.0-fil"), e.message(new Locale("sv")));
	}

	private static String text(byte[] content) {
		return new String(content, StandardCharsets.UTF_8).lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
	}

	private static Map<String, String> boxes(Diagram diagram, Model model) {
		Map<String, String> boxes = new TreeMap<>();
		model.eAllContents().forEachRemaining(o -> {
			String id = diagram.idOf(o);
			Box b = id == null ? null : diagram.absolute(id);
			if (b != null && o instanceof Element e) {
				boxes.put(e.getId(), Math.round(b.x()) + "," + Math.round(b.y()) + "," + Math.round(b.width()) + "," + Math.round(b.height()));
			}
		});
		return boxes;
	}

	private static double x(Diagram diagram, Model model, String id) {
		return diagram.absolute(diagram.idOf(element(model, id))).x();
	}

	private static List<String> ids(Lane lane) {
		return lane.getNodes().stream().map(Element::getId).sorted().toList();
	}

	private static long count(Model model, Class<?> type) {
		List<EObject> all = new ArrayList<>();
		model.eAllContents().forEachRemaining(all::add);
		return all.stream().filter(type::isInstance).count();
	}

	private static SequenceFlow flow(ProcessModel model, String id) {
		return model.getFlows().stream().filter(f -> id.equals(f.getId())).findFirst().orElseThrow();
	}

	private static Element element(Model model, String id) {
		List<EObject> all = new ArrayList<>();
		model.eAllContents().forEachRemaining(all::add);
		return all.stream().filter(o -> o instanceof Element e && id.equals(e.getId())).map(Element.class::cast).findFirst().orElseThrow();
	}
}
