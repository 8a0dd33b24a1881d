package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GModelRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.server.IncrementalSubmission;
import org.verkstad.diagram.server.VerkstadModelState;
import org.verkstad.testsupport.Examples;

/** After an edit the client gets only what changed, or the whole diagram when a part would not do. */
class IncrementalSubmissionTest {

	@TempDir
	Path dir;

	@Test
	void aMoveSendsOnlyTheMovedStepAndItsFlows() throws Exception {
		Examples.copyTo(dir);
		VerkstadModelState state = Sessions.open(dir.resolve("bygglov-nulage.process"), "process");
		GModelRoot before = state.getRoot();
		Box box = state.diagram().absolute("a-granska");
		Box lane = state.diagram().absolute("l-handlaggare");
		state.edit("move", e -> e.move("a-granska", box.x() - lane.x() + 30, box.y() - lane.y(), -1, -1));
		List<IncrementalSubmission.Match> matches = IncrementalSubmission.matches(before, state.getRoot());
		assertNotNull(matches, "a part will do");
		// the step, and what changed of the two flows at its ends (their routes, their labels' places); nothing else
		Set<String> sent = matches.stream().map(IncrementalSubmission.Match::id).collect(Collectors.toSet());
		assertTrue(sent.contains("a-granska"), sent.toString());
		assertTrue(sent.stream().allMatch(id -> id.equals("a-granska") || id.startsWith("f14") || id.startsWith("f23")), sent.toString());

		GModelRoot renamed = state.getRoot();
		state.edit("rename", e -> e.rename("process-diagram#header", "Bygglov"));
		assertNull(IncrementalSubmission.matches(renamed, state.getRoot()), "the title is sent with the whole diagram");
	}
}
