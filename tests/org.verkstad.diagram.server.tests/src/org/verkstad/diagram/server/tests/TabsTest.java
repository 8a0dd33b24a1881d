package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.diagram.server.host.DiagramServer;
import org.verkstad.diagram.server.LiveDocuments;
import org.verkstad.diagram.server.ServeSettings;
import org.verkstad.testsupport.Examples;

/**
 * Tabs of one {@code verkstad serve} on one file show one model, over the real server and websockets:
 * an edit in one tab is drawn in the other at once, undo in either takes back the file's last edit, saving
 * in one saves for both (and both stop showing unsaved changes), and nothing either did is lost. A file
 * changed by another program meanwhile is not overwritten, and a page opened after that shows it. When
 * the last tab closes, what was not saved is forgotten, as a closed tab always forgot it.
 */
class TabsTest {

	@TempDir
	Path dir;

	private DiagramServer server;
	private Path file;
	private final List<Tab> tabs = new ArrayList<>();

	/** A browser tab with a diagram page: its connection and the messages the server sent it. */
	final class Tab {
		final ServeTest.Listener listener = new ServeTest.Listener();
		final WebSocket socket;
		final String client;

		Tab(String client, String type) throws Exception {
			this.client = client;
			socket = HttpClient.newHttpClient().newWebSocketBuilder()
					.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.GLSP_PATH + "?token=" + server.token()), listener)
					.get(2, TimeUnit.MINUTES);
			tabs.add(this);
			send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}");
			assertNotNull(listener.messages.poll(2, TimeUnit.MINUTES));
			send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\"" + client
					+ "\",\"diagramType\":\"" + type + "\",\"clientActionKinds\":[\"setModel\",\"updateModel\",\"setDirtyState\",\"status\","
					+ "\"message\"]}}");
			action("{\"kind\":\"requestModel\",\"requestId\":\"r\",\"options\":{\"sourceUri\":\""
					+ file.toString().replace("\\", "\\\\") + "\",\"diagramType\":\"" + type + "\"}}");
		}

		void send(String message) throws Exception {
			socket.sendText(message, true).get(2, TimeUnit.MINUTES);
		}

		/** Sends an action; what every tab was sent before it is not waited for any more. */
		void action(String action) throws Exception {
			tabs.forEach(tab -> tab.listener.messages.clear());
			send("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + client + "\",\"action\":" + action + "}}");
		}

		/** Waits (at most two minutes) for a message the server sends this tab. */
		String await(Predicate<String> wanted, String what) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (System.nanoTime() < end) {
				String message = listener.messages.poll(1, TimeUnit.SECONDS);
				// (a label's lines as one text, as the page shows them)
				if (message != null && wanted.test(message.replace("\\n", " "))) {
					return message;
				}
			}
			throw new AssertionError(client + ": " + what + " did not arrive");
		}

		/**
		 * Waits for an update that draws the element {@code id} at {@code x}: any update names every element,
		 * and one sent for an earlier edit may still be on its way.
		 */
		void awaitPlaced(String id, double x, String what) throws InterruptedException {
			await(m -> m.contains("\"updateModel\"") && placedAt(JsonParser.parseString(m), id, x), what);
		}

		private static boolean placedAt(JsonElement json, String id, double x) {
			if (json.isJsonArray()) {
				for (JsonElement child : json.getAsJsonArray()) {
					if (placedAt(child, id, x)) {
						return true;
					}
				}
			} else if (json.isJsonObject()) {
				JsonObject object = json.getAsJsonObject();
				if (object.has("id") && id.equals(object.get("id").getAsString()) && object.has("position")) {
					return Math.abs(object.getAsJsonObject("position").get("x").getAsDouble() - x) < 0.5;
				}
				for (var entry : object.entrySet()) {
					if (placedAt(entry.getValue(), id, x)) {
						return true;
					}
				}
			}
			return false;
		}

		/** Waits for this tab's dirty state to become {@code dirty}. */
		void awaitDirty(boolean dirty) throws InterruptedException {
			await(m -> m.contains("\"setDirtyState\"") && m.contains("\"isDirty\":" + dirty), "dirty = " + dirty);
		}
	}

	@BeforeEach
	void start() throws Exception {
		Examples.copyTo(dir);
		file = dir.resolve("bygglov-nulage.process");
		server = DiagramServer.start(new ServeSettings(dir, Languages.SWEDISH), 0);
	}

	@AfterEach
	void stop() throws Exception {
		tabs.forEach(tab -> tab.socket.abort());
		server.close();
	}

	private String read() throws Exception {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static Box box(Path file, String id) {
		LiveDocuments.Shared document = (LiveDocuments.Shared) LiveDocuments.of(file);
		return document.layoutFile().diagram("process").get(id);
	}

	@Test
	void twoTabsOfOneFileShowOneModel() throws Exception {
		String original = read();
		Tab anna = new Tab("anna", "process");
		anna.await(m -> m.contains("\"setModel\""), "Anna's diagram");
		Tab bertil = new Tab("bertil", "process");
		bertil.await(m -> m.contains("\"setModel\""), "Bertil's diagram");

		// Anna renames a step: Bertil's tab draws it at once, and shows that something is unsaved
		anna.action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"a-registrera#label\",\"text\":\"Registrerar ansökan i Castor\"}");
		bertil.await(m -> m.contains("Registrerar ansökan i Castor"), "Anna's rename in Bertil's tab");
		bertil.awaitDirty(true);

		// Bertil moves another step: Anna's tab draws the move
		Box before = box(file, "a-granska");
		bertil.action("{\"kind\":\"changeBounds\",\"newBounds\":[{\"elementId\":\"a-granska\",\"newPosition\":{\"x\":"
				+ (before.x() + 60) + ",\"y\":" + before.y() + "}}]}");
		anna.awaitPlaced("a-granska", before.x() + 60, "Bertil's move in Anna's tab");
		assertEquals(before.x() + 60, box(file, "a-granska").x(), 0.5);

		// undo in Anna's tab takes back the file's last edit, Bertil's move; again, her own rename
		anna.action("{\"kind\":\"glspUndo\"}");
		bertil.awaitPlaced("a-granska", before.x(), "the move undone in Bertil's tab");
		assertEquals(before.x(), box(file, "a-granska").x(), 0.5);
		anna.action("{\"kind\":\"glspUndo\"}");
		bertil.await(m -> m.contains("\"isDirty\":false"), "everything undone: nothing unsaved in Bertil's tab");
		// and redo in Bertil's tab brings both back
		bertil.action("{\"kind\":\"glspRedo\"}");
		anna.await(m -> m.contains("Registrerar ansökan i Castor"), "the rename redone in Anna's tab");
		bertil.action("{\"kind\":\"glspRedo\"}");
		anna.awaitPlaced("a-granska", before.x() + 60, "the move redone in Anna's tab");
		assertEquals(before.x() + 60, box(file, "a-granska").x(), 0.5);

		// Anna saves: the file has both edits, and neither tab shows unsaved changes any more
		anna.action("{\"kind\":\"saveModel\"}");
		bertil.awaitDirty(false);
		String saved = read();
		assertTrue(saved.contains("activity a-registrera \"Registrerar ansökan i Castor\""), saved);
		assertTrue(Files.readString(LayoutFile.of(file)).contains("\"a-granska\": [" + Math.round(before.x() + 60)),
				"Bertil's move is in the layout file");

		// Bertil renames another step and saves: no conflict, nothing of Anna's lost
		bertil.action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"a-granska#label\",\"text\":\"Granskar ritningarna\"}");
		anna.await(m -> m.contains("Granskar ritningarna"), "Bertil's rename in Anna's tab");
		bertil.action("{\"kind\":\"saveModel\"}");
		anna.awaitDirty(false);
		saved = read();
		assertTrue(saved.contains("\"Registrerar ansökan i Castor\"") && saved.contains("\"Granskar ritningarna\""), saved);
		// only the two names changed, comments and everything else as it was
		assertEquals(original.replace("\"Registrerar ärendet manuellt i ärendehanteringssystemet\"", "\"Registrerar ansökan i Castor\"")
				.replace("\"Granskar ansökan mot detaljplanen\"", "\"Granskar ritningarna\""), saved);
	}

	@Test
	void aFileAnotherProgramChangedIsNotOverwrittenAndAPageOpenedThenShowsIt() throws Exception {
		Tab anna = new Tab("anna", "process");
		anna.await(m -> m.contains("\"setModel\""), "Anna's diagram");
		anna.action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"a-registrera#label\",\"text\":\"Registrerar i Castor\"}");
		anna.awaitDirty(true);
		String other = read().replace("process bygglov-nulage", "// ändrat i ett annat program\nprocess bygglov-nulage");
		Files.writeString(file, other, StandardCharsets.UTF_8);
		anna.action("{\"kind\":\"saveModel\"}");
		String refusal = anna.await(m -> m.contains("ändrats i ett annat fönster"), "the refusal");
		assertTrue(refusal.contains("bygglov-nulage.process"), refusal);
		assertEquals(other, read(), "the other program's change is kept");

		// Anna reloads the page: a new page shows the file as the other program left it
		anna.socket.abort();
		Tab reloaded = new Tab("anna-2", "process");
		String model = reloaded.await(m -> m.contains("\"setModel\""), "the reloaded diagram");
		assertFalse(model.contains("Registrerar i Castor"), "the refused edit is not shown as if it were saved");
		reloaded.action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"a-registrera#label\",\"text\":\"Registrerar i Castor\"}");
		reloaded.awaitDirty(true);
		reloaded.action("{\"kind\":\"saveModel\"}");
		reloaded.awaitDirty(false);
		String saved = read();
		assertTrue(saved.startsWith("// ändrat i ett annat program\n") || saved.contains("// ändrat i ett annat program"), saved);
		assertTrue(saved.contains("\"Registrerar i Castor\""), saved);
	}

	@Test
	void aSwotAndItsTowsMatrixAreOneModelToo() throws Exception {
		file = dir.resolve("bibliotek.swot");
		Tab swot = new Tab("swot", "swot");
		String drawn = swot.await(m -> m.contains("\"setModel\""), "the SWOT");
		Tab tows = new Tab("tows", "tows");
		tows.await(m -> m.contains("\"setModel\""), "the TOWS matrix");
		String id = firstItem(drawn);
		swot.action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"" + id + "#label\",\"text\":\"Engagerad personal med lång erfarenhet\"}");
		tows.await(m -> m.contains("Engagerad personal med lång erfarenhet"), "the SWOT's rename in the TOWS matrix");
		tows.action("{\"kind\":\"saveModel\"}");
		swot.awaitDirty(false);
		assertTrue(read().contains("\"Engagerad personal med lång erfarenhet\""));
	}

	@Test
	void whenTheLastTabClosesWhatWasNotSavedIsForgotten() throws Exception {
		Tab anna = new Tab("anna", "process");
		anna.await(m -> m.contains("\"setModel\""), "Anna's diagram");
		anna.action("{\"kind\":\"applyLabelEdit\",\"labelId\":\"a-registrera#label\",\"text\":\"Osparat namn\"}");
		anna.awaitDirty(true);
		anna.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.MINUTES);
		long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (LiveDocuments.of(file) != null && System.nanoTime() < end) {
			Thread.sleep(50);
		}
		assertNull(LiveDocuments.of(file), "the model is forgotten with the last tab");
		Tab again = new Tab("anna-2", "process");
		String model = again.await(m -> m.contains("\"setModel\""), "the diagram opened again");
		assertFalse(model.contains("Osparat namn"), "the unsaved name is gone");
		assertFalse(read().contains("Osparat namn"));
	}

	/** The id of a SWOT's first strength, from its drawn diagram. */
	private static String firstItem(String setModel) {
		java.util.regex.Matcher item = java.util.regex.Pattern.compile("\"id\":\"(s-[a-z0-9-]+)\"").matcher(setModel);
		assertTrue(item.find(), "a strength is drawn");
		return item.group(1);
	}
}
