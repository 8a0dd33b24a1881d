package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.server.host.DiagramServer;
import org.verkstad.diagram.server.LiveDocuments;
import org.verkstad.diagram.server.ServeSettings;
import org.verkstad.testsupport.Examples;

/**
 * A diagram drawn from the text an editor holds ({@link LiveDocuments}), over the real server and
 * websocket: it shows the unsaved text, its edits come back as the model's new text or as layout
 * changes for the editor's history, typing is drawn again, a text with mistakes keeps the last drawing,
 * and undo, redo and save go to the editor.
 */
class LiveDocumentTest {

	@TempDir
	Path dir;

	private DiagramServer server;
	private Path file;
	private final Editor editor = new Editor();
	private WebSocket socket;
	private final ServeTest.Listener listener = new ServeTest.Listener();

	/** What the workbench's editor does for the diagram, kept as calls to look at. */
	static final class Editor implements LiveDocuments.Document {
		volatile String text;
		final LinkedBlockingQueue<String> calls = new LinkedBlockingQueue<>();
		volatile Runnable undoLayout;
		final List<LiveDocuments.Session> sessions = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public String text() {
			return text;
		}

		@Override
		public void modelEdited(String label, String before, String after) {
			assertEquals(text, before, "the edit was made on the editor's text");
			text = after;
			calls.add("model " + after);
		}

		@Override
		public void layoutEdited(String label, Runnable undo, Runnable redo) {
			undoLayout = undo;
			calls.add("layout");
		}

		@Override
		public void undo() {
			calls.add("undo");
		}

		@Override
		public void redo() {
			calls.add("redo");
		}

		@Override
		public void save() {
			calls.add("save");
		}

		@Override
		public void selected(List<String> elementIds) {
			calls.add("selected " + elementIds);
		}

		@Override
		public void attach(LiveDocuments.Session session) {
			sessions.add(session);
		}
	}

	@BeforeEach
	void open() throws Exception {
		Examples.copyTo(dir);
		file = dir.resolve("bygglov-nulage.process");
		editor.text = Files.readString(file).replace("\"Fyller i ansökan och bifogar ritningar\"", "\"Fyller i e-ansökan\"");
		LiveDocuments.open(file, editor);
		server = DiagramServer.start(new ServeSettings(dir, Languages.SWEDISH), 0);
		socket = HttpClient.newHttpClient().newWebSocketBuilder()
				.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.GLSP_PATH + "?token=" + server.token()), listener)
				.get(10, TimeUnit.SECONDS);
		send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}");
		assertNotNull(listener.messages.poll(10, TimeUnit.SECONDS));
		send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\"c\","
				+ "\"diagramType\":\"process\",\"clientActionKinds\":[\"setModel\",\"updateModel\",\"setDirtyState\",\"status\",\"message\","
				+ "\"elementSelected\"]}}");
		action("{\"kind\":\"requestModel\",\"requestId\":\"r\",\"options\":{\"sourceUri\":\"" + json(file.toString())
				+ "\",\"diagramType\":\"process\"}}");
	}

	@AfterEach
	void close() throws Exception {
		socket.abort();
		LiveDocuments.close(file, editor);
		server.close();
	}

	@Test
	void theDiagramIsTheEditorsTextAndItsEditsGoBackThere() throws Exception {
		String model = await(m -> m.contains("\"setModel\""), "the model");
		assertTrue(model.contains("e-ansökan"), "drawn from the unsaved text, not the file");
		assertEquals(1, editor.sessions.size(), "the session is attached to the editor");
		String saved = Files.readString(file);

		// a rename on the diagram: the model's new text, only the name changed, comments kept
		action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"a-ansoka#label\",\"text\":\"Fyller i ansökan digitalt\"}");
		String edited = editor.calls.poll(10, TimeUnit.SECONDS);
		assertNotNull(edited, "the editor got the edit");
		assertTrue(edited.startsWith("model // Kursexempel"), edited.substring(0, 40));
		assertTrue(edited.contains("activity a-ansoka \"Fyller i ansökan digitalt\" {"));
		assertEquals(saved.length() - "ansökan och bifogar ritningar".length() + "ansökan digitalt".length(),
				editor.text.length(), "nothing else of the text changed");
		assertEquals(saved, Files.readString(file), "nothing is written: the editor saves");

		// a move changes only the layout: the editor's history gets it, and its undo is drawn
		action("{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"a-ansoka\",\"newPosition\":{\"x\":300,\"y\":40}}]}");
		assertEquals("layout", editor.calls.poll(10, TimeUnit.SECONDS));
		listener.messages.clear();
		editor.undoLayout.run();
		await(m -> m.contains("\"updateModel\""), "the layout undone, drawn");

		// typing in the editor: drawn again once the editor says so
		editor.text = editor.text.replace("\"Fyller i ansökan digitalt\"", "\"Ansöker på webben\"");
		editor.sessions.get(0).textChanged();
		await(m -> m.contains("\"updateModel\"") && m.contains("webben"), "the typed text, drawn");

		// half-typed text with a mistake: the drawing stays, the status line says where
		editor.text = editor.text.replace("activity a-ansoka", "activity a-ansoka {{");
		editor.sessions.get(0).textChanged();
		String status = await(m -> m.contains("\"status\""), "the status");
		assertTrue(status.contains("WARNING"), status);
		action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"a-ansoka#label\",\"text\":\"X\"}");
		await(m -> m.contains("\"message\""), "the refusal of an edit while the text has a mistake");
		assertTrue(editor.calls.isEmpty(), "no edit reached the editor: " + editor.calls);

		// undo, redo, save and the selection go to the editor
		action("{\"kind\":\"glspUndo\"}");
		assertEquals("undo", editor.calls.poll(10, TimeUnit.SECONDS));
		action("{\"kind\":\"glspRedo\"}");
		assertEquals("redo", editor.calls.poll(10, TimeUnit.SECONDS));
		action("{\"kind\":\"saveModel\"}");
		assertEquals("save", editor.calls.poll(10, TimeUnit.SECONDS));
		action("{\"kind\":\"elementSelected\",\"selectedElementsIDs\":[\"a-ansoka#label\"],\"deselectedElementsIDs\":[]}");
		assertEquals("selected [a-ansoka]", editor.calls.poll(10, TimeUnit.SECONDS));
		assertFalse(Files.exists(dir.resolve("bygglov-nulage.process.layout")), "the layout is saved only when the editor saves");
	}

	private void send(String message) throws Exception {
		socket.sendText(message, true).get(10, TimeUnit.SECONDS);
	}

	private void action(String action) throws Exception {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"c\",\"action\":" + action + "}}");
	}

	private String await(Predicate<String> wanted, String what) throws InterruptedException {
		while (true) {
			String message = listener.messages.poll(10, TimeUnit.SECONDS);
			assertNotNull(message, what + " did not arrive");
			if (wanted.test(message)) {
				return message;
			}
		}
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
