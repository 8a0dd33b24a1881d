package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.diagram.server.EditRefused;
import org.verkstad.diagram.server.VerkstadModelState;
import org.verkstad.process.Activity;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessModel;
import org.verkstad.testsupport.Examples;

/** The process map: model → diagram, and each edit → model → saved text, on a copy of the course example. */
class ProcessDiagramTest {

	@TempDir
	Path dir;

	Path file;
	String original;

	@BeforeEach
	void copy() throws Exception {
		Examples.copyTo(dir);
		file = dir.resolve("bygglov-nulage.process");
		original = Files.readString(file, StandardCharsets.UTF_8);
	}

	@Test
	void everyStepLaneAndFlowIsDrawn() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		ProcessModel model = (ProcessModel) state.model();
		assertEquals(model.getLanes().size(), Sessions.nodes(state, "process:lane").size());
		long activities = model.getLanes().stream().flatMap(l -> l.getNodes().stream()).filter(Activity.class::isInstance).count();
		assertEquals(activities, Sessions.nodes(state, "process:activity").size());
		assertEquals(model.getFlows().size(), Sessions.edges(state, "process:flow").size());
		assertEquals(1, Sessions.nodes(state, "process:start").size());
		assertEquals(4, Sessions.nodes(state, "process:decision").size());
		assertEquals(2, Sessions.nodes(state, "process:end").size());

		GNode ansoka = (GNode) Sessions.byId(state, "a-ansoka");
		assertEquals("Fyller i ansökan och bifogar ritningar", Sessions.text(ansoka));
		assertTrue(ansoka.getCssClasses().contains("value-valueAdding"), ansoka.getCssClasses().toString());
		assertTrue(ansoka.getCssClasses().contains("has-problems"), "two problems are marked");
		GNode komplettera = (GNode) Sessions.byId(state, "a-komplettera");
		assertTrue(komplettera.getCssClasses().contains("value-waste"));
		assertTrue(ansoka.getChildren().stream().anyMatch(c -> c instanceof GLabel l && l.getText().equals("3 tim")),
				"processing time badge");

		GLabel header = (GLabel) Sessions.byId(state, "process-diagram#header");
		assertEquals("Ansökan om bygglov – nuläge", header.getText().replace('\n', ' '));
		assertEquals("nuläge", ((GLabel) Sessions.byId(state, "process-diagram#state")).getText());

		GEdge f03 = (GEdge) Sessions.byId(state, "f03");
		assertEquals("d-kanal", f03.getSourceId());
		assertEquals("a-skanna", f03.getTargetId());
		assertEquals("Pappersblankett med post", Sessions.text(f03).replace("  ", " "));
	}

	@Test
	void aModelWithoutLayoutIsLaidOutWithoutOverlapsInsideItsLanes() throws Exception {
		assertFalse(Files.exists(LayoutFile.of(file)));
		VerkstadModelState state = Sessions.open(file, "process");
		for (GNode lane : Sessions.nodes(state, "process:lane")) {
			Box laneBox = state.diagram().absolute(lane.getId());
			List<Box> inside = new ArrayList<>();
			for (GNode step : lane.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList()) {
				Box box = state.diagram().absolute(step.getId());
				assertTrue(box.x() >= laneBox.x() + 100 && box.y() >= laneBox.y() && box.x() + box.width() <= laneBox.x() + laneBox.width()
						&& box.y() + box.height() <= laneBox.y() + laneBox.height(), step.getId() + " lies in its lane");
				for (Box other : inside) {
					assertFalse(box.x() < other.x() + other.width() && other.x() < box.x() + box.width()
							&& box.y() < other.y() + other.height() && other.y() < box.y() + box.height(), step.getId() + " overlaps");
				}
				inside.add(box);
			}
		}
		// the flow runs left to right: the first step is left of the last
		assertTrue(state.diagram().absolute("start").x() < state.diagram().absolute("a-expediera").x());
		// places are recorded, so that they stay when something else moves
		assertEquals(state.diagram().absolute("a-ansoka").width(),
				state.layout().diagram("process").get("a-ansoka").width());
	}

	@Test
	void createRenameMoveConnectAndDeleteChangeTheTextWhereTheyShould() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		Box lane = state.diagram().absolute("l-namnd");

		state.edit("create", e -> e.createNode("activity", "l-namnd", lane.x() + 700, lane.y() + 30));
		Activity created = (Activity) state.diagram().element("a-aktivitet");
		assertEquals("l-namnd", ((Lane) created.eContainer()).getId());
		assertEquals(700, state.layout().diagram("process").get("a-aktivitet").x());

		state.edit("rename", e -> e.rename("a-aktivitet#label", "Protokollför beslutet"));
		state.edit("connect", e -> e.createEdge("flow", "a-namndbeslut", "a-aktivitet"));
		state.save();
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		// ids as the file has them: the activities' prefix and the name, the flows' numbering
		assertTrue(saved.contains("activity a-aktivitet \"Protokollför beslutet\""), saved);
		assertTrue(saved.contains("flow f26 a-namndbeslut -> a-aktivitet"), saved);
		assertEquals(changedLines(original, saved).removed(), List.of(), "nothing of the original text is lost");

		// move inside the lane: the text stays, the layout file changes
		String before = saved;
		Box box = state.diagram().absolute("a-aktivitet");
		Box laneNow = state.diagram().absolute("l-namnd");
		state.edit("move", e -> e.move("a-aktivitet", box.x() - laneNow.x() + 40, box.y() - laneNow.y() + 10, -1, -1));
		state.save();
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8));
		assertTrue(Files.readString(LayoutFile.of(file)).contains("\"a-aktivitet\": [" + Math.round(box.x() - laneNow.x() + 40)));

		// move into another lane: the element moves in the text too
		Box other = state.diagram().absolute("l-handlaggare");
		state.edit("move lane", e -> e.move("a-aktivitet", 400, other.y() - laneNow.y() + 20, -1, -1));
		assertEquals("l-handlaggare", ((Lane) state.diagram().element("a-aktivitet").eContainer()).getId());

		// delete: the step and the flow into it go
		state.edit("delete", e -> e.delete(List.of("a-aktivitet")));
		state.save();
		assertEquals(original, Files.readString(file, StandardCharsets.UTF_8), "back to the example");
	}

	@Test
	void undoAndRedoPutModelAndLayoutBack() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		Box start = state.diagram().absolute("a-granska");
		state.edit("rename", e -> e.rename("a-granska#label", "Granskar"));
		state.edit("move", e -> e.move("a-granska", 500, 60, -1, -1));
		state.undo();
		state.redraw();
		assertEquals("Granskar", ((Activity) state.diagram().element("a-granska")).getName());
		assertEquals(start, state.diagram().absolute("a-granska"));
		state.undo();
		state.redraw();
		assertEquals("Granskar ansökan", ((Activity) state.diagram().element("a-granska")).getName().substring(0, 16));
		state.redo();
		state.redo();
		state.redraw();
		assertNotEquals(start, state.diagram().absolute("a-granska"));
		assertTrue(state.isDirty());
	}

	@Test
	void aStepIsResizedAndKeepsItsSizeButALaneIsNot() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		Box box = state.diagram().absolute("a-granska");
		Box lane = state.diagram().absolute("l-handlaggare");
		state.edit("resize", e -> e.move("a-granska", box.x() - lane.x(), box.y() - lane.y(), 220, 110));
		assertEquals(220, state.diagram().absolute("a-granska").width());
		assertEquals(110, state.diagram().absolute("a-granska").height());
		state.save();
		assertEquals(original, Files.readString(file, StandardCharsets.UTF_8), "size is layout, not text");
		VerkstadModelState reopened = Sessions.open(file, "process");
		assertEquals(220, reopened.diagram().absolute("a-granska").width(), "kept in the layout file");
		assertThrows(EditRefused.class, () -> state.edit("move lane", e -> e.move("l-namnd", 0, 0, 10, 10)));
	}

	@Test
	void anUnreadableLayoutFileIsReportedLeftAloneAndTheDiagramLaidOutAnyway() throws Exception {
		Path layout = LayoutFile.of(file);
		for (String broken : List.of("{ this is not json", "[1, 2, 3]",
				"{\"format\": \"verkstad-layout\", \"version\": 99, \"diagrams\": {}}",
				"{\"format\": \"verkstad-layout\", \"version\": 1, \"diagrams\": {\"process\": {\"a-granska\": [1]}}}")) {
			Files.writeString(layout, broken);
			VerkstadModelState state = Sessions.open(file, "process");
			assertTrue(state.layout().problem() != null, broken);
			assertEquals(Sessions.nodes(state, "process:activity").size(), 13, "laid out automatically");
			assertEquals(broken, Files.readString(layout), "left as it is until saved");
		}
	}

	@Test
	void checksReadingOnAnotherThreadNeverSeeAHalfDoneEdit() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
		Thread checks = new Thread(() -> {
			while (!done.get()) {
				try {
					state.reading(() -> org.verkstad.core.validation.Validation.validate(state.model().eResource()));
				} catch (Throwable t) {
					failure.compareAndSet(null, t);
				}
			}
		});
		checks.start();
		for (int i = 0; i < 40; i++) {
			int n = i;
			state.edit("create", e -> e.createNode("activity", "l-namnd", state.diagram().absolute("l-namnd").x() + 200 + n,
					state.diagram().absolute("l-namnd").y() + 30));
			state.edit("delete", e -> e.delete(List.of("a-aktivitet")));
		}
		done.set(true);
		checks.join();
		assertEquals(null, failure.get());
	}

	@Test
	void reconnectChangesOneEndOfTheFlow() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		state.edit("reconnect", e -> e.reconnect("f05", "a-skanna", "a-kontrollera"));
		state.save();
		List<String> changed = changedLines(original, Files.readString(file, StandardCharsets.UTF_8)).added();
		assertEquals(List.of("\tflow f05 a-skanna -> a-kontrollera"), changed);
	}

	@Test
	void refusedEditsChangeNothingAndSayWhy() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		EditRefused empty = assertThrows(EditRefused.class, () -> state.edit("rename", e -> e.rename("a-granska#label", "  ")));
		assertEquals("edit.emptyName", empty.key());
		EditRefused lane = assertThrows(EditRefused.class, () -> state.edit("connect", e -> e.createEdge("flow", "a-granska", "l-namnd")));
		assertEquals("edit.cannotConnect", lane.key());
		assertFalse(state.isDirty());
		state.save();
		assertEquals(original, Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void autoLayoutPlacesEverythingAnew() throws Exception {
		VerkstadModelState state = Sessions.open(file, "process");
		Box laid = state.diagram().absolute("a-registrera");
		state.edit("move", e -> e.move("a-registrera", 900, 90, -1, -1));
		assertNotEquals(laid, state.diagram().absolute("a-registrera"));
		state.edit("layout", e -> e.layoutAll());
		assertEquals(laid, state.diagram().absolute("a-registrera"));
	}

	@Test
	void aTextWithMistakesIsShownButCannotBeEdited() throws Exception {
		Files.writeString(file, original.replace("time 3 hours", "time three hours"));
		VerkstadModelState state = Sessions.open(file, "process");
		assertTrue(state.readOnlyReason().contains("bygglov-nulage.process"), state.readOnlyReason());
		assertThrows(EditRefused.class, () -> state.edit("rename", e -> e.rename("a-granska#label", "x")));
		assertThrows(EditRefused.class, state::save);
	}

	record Diff(List<String> removed, List<String> added) {
	}

	/** Lines only in {@code a} and lines only in {@code b} (as multisets). */
	static Diff changedLines(String a, String b) {
		List<String> left = new ArrayList<>(a.lines().toList());
		List<String> right = new ArrayList<>(b.lines().toList());
		List<String> removed = new ArrayList<>();
		for (String line : a.lines().toList()) {
			if (!right.remove(line)) {
				removed.add(line);
			}
			left.remove(line);
		}
		return new Diff(removed, right);
	}
}
