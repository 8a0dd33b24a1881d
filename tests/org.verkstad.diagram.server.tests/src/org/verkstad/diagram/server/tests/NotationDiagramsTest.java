package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.boxes.BoardModel;
import org.verkstad.boxes.BoxItem;
import org.verkstad.boxes.Prompt;
import org.verkstad.core.Element;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.server.VerkstadModelState;
import org.verkstad.journey.JourneyModel;
import org.verkstad.journey.Phase;
import org.verkstad.swot.SwotModel;
import org.verkstad.swot.TowsKind;
import org.verkstad.swot.TowsStrategy;
import org.verkstad.testsupport.Examples;

/** SWOT, TOWS, three boxes and journey: every example drawn, and edits that move things between sections. */
class NotationDiagramsTest {

	@TempDir
	Path dir;

	@BeforeEach
	void copy() {
		Examples.copyTo(dir);
	}

	static Stream<Object[]> everyExampleInEveryDiagramOfItsNotation() {
		return Examples.models().stream().flatMap(file -> {
			String notation = file.getFileName().toString().replaceAll(".*\\.", "");
			return Descriptions.forNotation(notation).stream().map(d -> new Object[] { file.getFileName().toString(), d.type() });
		});
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyExampleInEveryDiagramOfItsNotation")
	void everyExampleIsDrawnWithUniqueIdsAndNoOverlappingNotes(String name, String type) throws Exception {
		VerkstadModelState state = Sessions.open(dir.resolve(name), type);
		Set<String> ids = new HashSet<>();
		for (GModelElement e : Sessions.all(state.getRoot())) {
			assertTrue(ids.add(e.getId()), "unique id " + e.getId());
		}
		// every element the diagram maps is drawn once
		int drawn = 0;
		for (GModelElement e : Sessions.all(state.getRoot())) {
			if (state.diagram().element(e.getId()) != null) {
				drawn++;
			}
		}
		assertTrue(drawn >= 4, name + " draws its elements");
		// siblings never overlap
		for (GModelElement e : Sessions.all(state.getRoot())) {
			List<GNode> children = e.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
					.filter(n -> !n.getType().endsWith(":emotion")).toList();
			for (int i = 0; i < children.size(); i++) {
				for (int j = i + 1; j < children.size(); j++) {
					Box a = state.diagram().absolute(children.get(i).getId());
					Box b = state.diagram().absolute(children.get(j).getId());
					assertFalse(a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
							&& b.y() < a.y() + a.height(), children.get(i).getId() + " overlaps " + children.get(j).getId());
				}
			}
		}
	}

	@Test
	void swotItemsAreCreatedInAQuadrantAndMoveBetweenThem() throws Exception {
		Path file = dir.resolve("bibliotek.swot");
		String original = Files.readString(file, StandardCharsets.UTF_8);
		VerkstadModelState state = Sessions.open(file, "swot");
		SwotModel swot = (SwotModel) state.model();
		assertEquals(swot.getStrengths().size(), state.getRoot().getChildren().stream()
				.filter(c -> c.getId().equals("strengths")).findFirst().orElseThrow().getChildren().stream()
				.filter(GNode.class::isInstance).count());

		Box weaknesses = state.diagram().absolute("weaknesses");
		state.edit("create", e -> e.createNode("item", "weaknesses", weaknesses.x() + 20, weaknesses.y() + weaknesses.height() - 20));
		String created = swot.getWeaknesses().get(swot.getWeaknesses().size() - 1).getId();
		assertEquals("swot-punkt", created);
		state.edit("rename", e -> e.rename(created + "#label", "Få öppettimmar på kvällen"));
		assertEquals("Få öppettimmar på kvällen", swot.getWeaknesses().get(swot.getWeaknesses().size() - 1).getName());

		// drag "Gratis" into the threats quadrant, at its top: it becomes the first threat
		Box threats = state.diagram().absolute("threats");
		Box gratis = state.diagram().absolute("s-gratis");
		Box strengths = state.diagram().absolute("strengths");
		state.edit("move", e -> e.move("s-gratis", threats.x() - strengths.x() + 12, threats.y() - strengths.y() + 50, -1, -1));
		assertEquals("s-gratis", swot.getThreats().get(0).getId());
		assertTrue(swot.getStrengths().stream().noneMatch(i -> i.getId().equals("s-gratis")));
		assertTrue(gratis.y() < threats.y());
		state.save();
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("item swot-punkt \"Få öppettimmar på kvällen\""), saved);
		int threatsAt = saved.indexOf("threats {");
		assertTrue(saved.indexOf("item s-gratis") > threatsAt, "moved into the threats block");
		assertEquals(original.lines().count() + 1, saved.lines().count(), "one line more, nothing else lost");
	}

	@Test
	void aStrategyDroppedInAnotherTowsQuadrantChangesItsKind() throws Exception {
		Path file = dir.resolve("bibliotek.swot");
		VerkstadModelState state = Sessions.open(file, "tows");
		Box wt = state.diagram().absolute("wt");
		Box so = state.diagram().absolute("so");
		state.edit("move", e -> e.move("so-1", wt.x() - so.x() + 240, wt.y() - so.y() + 60, -1, -1));
		TowsStrategy moved = (TowsStrategy) state.diagram().element("so-1");
		assertEquals(TowsKind.WT, moved.getKind());
		state.save();
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("strategy WT so-1"));
	}

	@Test
	void aNotesTextStaysClearOfItsFoldedCorner() throws Exception {
		for (String[] diagram : new String[][] { { "bibliotek.swot", "tows", "tows:strategy" }, { "bibliotek.swot", "swot", "swot:item" },
				{ "handlaggare-umea.boxes", "boxes", "boxes:note" }, { "koksrenovering.journey", "journey", "journey:pain" } }) {
			VerkstadModelState state = Sessions.open(dir.resolve(diagram[0]), diagram[1]);
			int notes = 0;
			for (org.eclipse.glsp.graph.GModelElement e : Sessions.all(state.getRoot())) {
				if (e instanceof org.eclipse.glsp.graph.GNode node && node.getType().equals(diagram[2])) {
					org.eclipse.glsp.graph.GLabel title = (org.eclipse.glsp.graph.GLabel) node.getChildren().stream()
							.filter(c -> c.getId().equals(node.getId() + "#label")).findFirst().orElse(null);
					if (title != null) {
						notes++;
						// the corner is the top right 14 x 14: the text stays left of it or below it
						assertTrue(title.getPosition().getX() + title.getSize().getWidth() <= node.getSize().getWidth() - 14 + 0.5
								|| title.getPosition().getY() >= 14 - 0.5,
								node.getId() + ": its text runs under the folded corner in " + diagram[1]);
					}
				}
			}
			int counted = notes;
			assertTrue(counted >= 4, () -> diagram[1] + " has notes: " + Sessions.all(state.getRoot()).stream()
					.map(e -> e.getType() + "/" + e.getId()).limit(40).toList());
		}
	}

	@Test
	void boxNotesGoUnderThePromptTheyAreDroppedOn() throws Exception {
		Path file = dir.resolve("handlaggare-umea.boxes");
		VerkstadModelState state = Sessions.open(file, "boxes");
		BoardModel board = (BoardModel) state.model();
		assertEquals(board.getBoxes().size(), Sessions.nodes(state, "boxes:box").size());
		assertEquals(1, Sessions.nodes(state, "boxes:tomorrowInBox3").size(), "box 3 asks both of its questions");

		String tomorrow = "box-3/tomorrowInBox3";
		Box section = state.diagram().absolute(tomorrow);
		state.edit("create", e -> e.createNode("note", tomorrow, section.x() + 10, section.y() + 30));
		BoxItem created = board.getBoxes().get(2).getItems().stream().filter(i -> i.getId().equals("lapp")).findFirst().orElseThrow();
		assertEquals(Prompt.TOMORROW_IN_BOX3, created.getPrompt());

		Box today = state.diagram().absolute("box-3/todayInBox3");
		Box brev = state.diagram().absolute("b3-idag-digitala-brev");
		state.edit("move", e -> e.move("b3-idag-digitala-brev", section.x() - today.x() + 160, section.y() - today.y() + 40 + (brev.y() - brev.y()), -1, -1));
		assertEquals(Prompt.TOMORROW_IN_BOX3, ((BoxItem) state.diagram().element("b3-idag-digitala-brev")).getPrompt());
		state.save();
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("note b3-idag-digitala-brev \"Digitala brev\" tomorrow-in-box-3"), saved);
	}

	@Test
	void theJourneyIsAMatrixOfPhasesWithTheEmotionCurve() throws Exception {
		Path file = dir.resolve("bygga-hus-bygglov.journey");
		VerkstadModelState state = Sessions.open(file, "journey");
		JourneyModel journey = (JourneyModel) state.model();
		List<GNode> phases = Sessions.nodes(state, "journey:phase");
		assertEquals(journey.getPhases().size(), phases.size());
		// rows line up: the pain points of every phase start at the same height
		Set<Double> painRows = new HashSet<>();
		for (Phase phase : journey.getPhases()) {
			painRows.add(state.diagram().absolute(phase.getId() + "/painPoints").y());
		}
		assertEquals(1, painRows.size());
		GNode curve = Sessions.nodes(state, "journey:emotion").get(0);
		String points = (String) curve.getArgs().get("points");
		assertEquals(journey.getPhases().stream().filter(p -> p.getEmotion() != null).count(), points.split(" ").length);
		// the touchpoints carry their channel's symbol
		assertTrue(Sessions.all(state.getRoot()).stream()
				.anyMatch(e -> e.getType().equals("journey:touchpoint.icon") && "web".equals(e.getArgs().get("icon"))));

		// a pain point created in the second phase's row, an action moved to the third phase
		Phase second = journey.getPhases().get(1);
		Box row = state.diagram().absolute(second.getId() + "/painPoints");
		state.edit("create", e -> e.createNode("pain", null, row.x() + 50, row.y() + row.height() - 10));
		String pain = second.getPainPoints().get(second.getPainPoints().size() - 1).getId();
		assertTrue(pain.startsWith("pp-smartpunkt"), pain + ": the pain points' prefix in the file, and the name");
		Phase third = journey.getPhases().get(2);
		String action = journey.getPhases().get(0).getActions().get(0).getId();
		Box target = state.diagram().absolute(third.getId() + "/actions");
		Box firstActions = state.diagram().absolute(journey.getPhases().get(0).getId() + "/actions");
		state.edit("move", e -> e.move(action, target.x() - firstActions.x() + 8, target.y() - firstActions.y() + 4, -1, -1));
		assertTrue(third.getActions().stream().anyMatch(a -> a.getId().equals(action)));
		state.save();
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("pain " + pain + " \"Smärtpunkt\""), saved);
	}

	@Test
	void everyDescriptionNamesOnlyClassesAndFeaturesThatExist() throws Exception {
		for (DiagramDescription d : Descriptions.all()) {
			VerkstadModelState state = Sessions.open(Examples.first("." + d.notation()), d.type());
			for (var m : d.allNodes()) {
				if (m.eClass() != null) {
					EObject sample = null;
					for (EObject element : (Iterable<EObject>) () -> state.model().eAllContents()) {
						if (element.eClass().getName().equals(m.eClass())) {
							sample = element;
							break;
						}
					}
					if (sample != null && m.label() != null) {
						assertTrue(sample.eClass().getEStructuralFeature(m.label().feature()) != null, d.type() + "/" + m.id());
					}
				}
			}
			assertTrue(state.model() instanceof Element);
		}
	}
}
