package org.verkstad.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.impl.GModelIndexImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Element;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.testsupport.Examples;

/**
 * Models read ahead for a page (taken once, only while the files are unchanged), the warm-up of a new
 * server, and the drawn diagram's index, which must answer as GLSP's own does.
 */
class PrefetchTest {

	@TempDir
	Path dir;

	private final DiagramDescription process = Descriptions.byType("process").orElseThrow();

	@Test
	void aModelReadAheadIsTakenOnceByTheSessionThatOpensIt() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bygglov-nulage.process");
		Prefetch prefetch = new Prefetch();
		prefetch.start(file, process, Languages.SWEDISH);
		OpenedModel opened = prefetch.take(file, process, Languages.SWEDISH);
		assertNotNull(opened, "read ahead");
		assertNull(prefetch.take(file, process, Languages.SWEDISH), "taken once: two sessions never share a model");

		prefetch.start(file, process, Languages.SWEDISH);
		VerkstadModelState state = new VerkstadModelState();
		state.init();
		state.open(process, file, Languages.SWEDISH, prefetch);
		assertNotNull(state.getIndex().get("a-granska").orElse(null));
		assertNull(prefetch.take(file, process, Languages.SWEDISH), "the session took it");
		assertNull(prefetch.take(file, Descriptions.byType("swot").orElseThrow(), Languages.SWEDISH));
	}

	@Test
	void aFileChangedAfterItWasReadAheadIsReadAgain() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bygglov-nulage.process");
		Prefetch prefetch = new Prefetch();
		prefetch.start(file, process, Languages.SWEDISH);
		String text = Files.readString(file);
		Files.writeString(file, text.replace("\"Granskar ansökan", "\"Läser och granskar ansökan"));
		assertNull(prefetch.take(file, process, Languages.SWEDISH), "the model file changed");

		prefetch.start(file, process, Languages.SWEDISH);
		Files.writeString(file.resolveSibling(file.getFileName() + ".layout"), "{\"version\": 1,\n\"a-granska\": [10, 20, 150, 70]\n}\n",
				StandardOpenOption.CREATE);
		assertNull(prefetch.take(file, process, Languages.SWEDISH), "the layout file appeared");

		prefetch.start(file, process, Languages.SWEDISH);
		VerkstadModelState state = new VerkstadModelState();
		state.init();
		state.open(process, file, Languages.SWEDISH, prefetch);
		assertTrue(((Element) state.diagram().element("a-granska")).getName().startsWith("Läser och granskar ansökan"),
				"what the session shows is the file as it is now");
	}

	@Test
	void thePageGetsTheDiagramAsJsonWhileTheModelStaysForTheSession() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bygglov-nulage.process");
		Prefetch prefetch = new Prefetch();
		assertNull(prefetch.json(file, process, Languages.SWEDISH), "nothing read ahead, nothing written yet");
		prefetch.jsonWriter(graph -> "graph " + ((GModelElement) graph).getId() + " " + ((GModelElement) graph).getChildren().size());
		prefetch.start(file, process, Languages.SWEDISH);
		String json = prefetch.json(file, process, Languages.SWEDISH);
		assertTrue(json.startsWith("graph "), json);
		assertNotNull(prefetch.take(file, process, Languages.SWEDISH), "the session still gets the model");
		// kept by file version: the same file opened again is given at once, until it changes
		assertEquals(json, prefetch.json(file, process, Languages.SWEDISH));
		Files.writeString(file, Files.readString(file).replace("\"Granskar ansökan", "\"Läser och granskar ansökan"));
		assertNull(prefetch.json(file, process, Languages.SWEDISH), "the file changed and nothing is read ahead");
		// a page of a file whose diagram is kept: nothing read ahead, the session reads the model after the page drew
		prefetch.start(file, process, Languages.SWEDISH);
		json = prefetch.json(file, process, Languages.SWEDISH);
		assertNotNull(prefetch.take(file, process, Languages.SWEDISH));
		prefetch.start(file, process, Languages.SWEDISH);
		assertEquals(json, prefetch.json(file, process, Languages.SWEDISH));
		assertNull(prefetch.take(file, process, Languages.SWEDISH), "its session reads the file itself");
	}

	@Test
	void theWarmUpKeepsTheJsonOfWhatItDrewAndStopsWhenAPageIsAskedFor() throws Exception {
		Examples.copyTo(dir);
		Prefetch prefetch = new Prefetch();
		prefetch.jsonWriter(graph -> "graph " + ((GModelElement) graph).getId());
		ServeSettings settings = new ServeSettings(dir, Languages.ENGLISH, prefetch);
		prefetch.warmUp(settings, diagram -> { }, 1, 60_000);
		Path first = settings.modelFiles().get(0);
		DiagramDescription description = Descriptions.forNotation(ServeSettings.notation(first)).get(0);
		assertNotNull(prefetch.json(first, description, Languages.ENGLISH), "the first page of a file the warm-up read draws at once");

		prefetch.start(first, description, Languages.ENGLISH);
		List<String> drawn = new ArrayList<>();
		prefetch.warmUp(settings, diagram -> drawn.add(diagram.graph().getId()), 2, 60_000);
		assertEquals(List.of(), drawn, "a page was asked for: the warm-up would only take the processors from it");
	}

	@Test
	void theWarmUpReadsAndDrawsTheFolderAndKeepsNoModel() throws Exception {
		Examples.copyTo(dir);
		Prefetch prefetch = new Prefetch();
		ServeSettings settings = new ServeSettings(dir, Languages.ENGLISH, prefetch);
		List<String> drawn = new ArrayList<>();
		prefetch.warmUp(settings, diagram -> drawn.add(diagram.graph().getId()), 2, 60_000);
		List<Path> first = settings.modelFiles().subList(0, 2);
		int diagrams = first.stream().mapToInt(f -> Descriptions.forNotation(ServeSettings.notation(f)).size()).sum();
		assertEquals(3 * diagrams, drawn.size(), "three passes over the first two files, every diagram of each: " + drawn);
		assertNull(prefetch.take(first.get(0), Descriptions.forNotation(ServeSettings.notation(first.get(0))).get(0),
				Languages.ENGLISH));
	}

	/**
	 * The elements are GLSP's index's; the edges of a node are those with its id as source or target id
	 * (GLSP's index finds only edges whose ends are set as objects, which no diagram here sets).
	 */
	@Test
	void theDiagramIndexAnswersAsGlspsOwnIndex() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bygglov-nulage.process");
		VerkstadModelState state = new VerkstadModelState();
		state.init();
		state.open(process, file, Languages.SWEDISH);
		GModelIndex ours = state.getIndex();
		GModelIndex glsp = new GModelIndexImpl(state.getRoot());
		assertEquals(glsp.allIds(), ours.allIds());
		for (String id : glsp.allIds()) {
			GModelElement element = glsp.get(id).orElseThrow();
			assertSame(element, ours.get(id).orElseThrow(), id);
			assertEquals(edges(state, e -> id.equals(e.getTargetId())), ids(ours.getIncomingEdges(element)), "into " + id);
			assertEquals(edges(state, e -> id.equals(e.getSourceId())), ids(ours.getOutgoingEdges(element)), "out of " + id);
		}
		assertTrue(ours.getTypeCount(org.eclipse.glsp.graph.GraphPackage.Literals.GEDGE) > 10);
		assertEquals(glsp.getTypeCount(org.eclipse.glsp.graph.GraphPackage.Literals.GEDGE),
				ours.getTypeCount(org.eclipse.glsp.graph.GraphPackage.Literals.GEDGE));
	}

	private static java.util.Set<String> edges(VerkstadModelState state, java.util.function.Predicate<GEdge> test) {
		java.util.Set<String> result = new java.util.HashSet<>();
		state.getRoot().eAllContents().forEachRemaining(o -> {
			if (o instanceof GEdge edge && test.test(edge)) {
				result.add(edge.getId());
			}
		});
		return result;
	}

	private static java.util.Set<String> ids(java.util.Collection<GEdge> edges) {
		return edges.stream().map(GEdge::getId).collect(java.util.stream.Collectors.toSet());
	}
}
