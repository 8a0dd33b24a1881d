package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.server.host.DiagramServer;
import org.verkstad.diagram.server.ServeSettings;
import org.verkstad.testsupport.Examples;

/** {@code verkstad serve}'s server: only loopback, only with the token, only its own origin; garbage is answered. */
class ServeTest {

	@TempDir
	Path dir;

	DiagramServer server;
	HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		Examples.copyTo(dir);
		server = DiagramServer.start(new ServeSettings(dir, Languages.SWEDISH), 0);
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	String base() {
		return "http://127.0.0.1:" + server.port();
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theListOfModelsNeedsTheToken() throws Exception {
		assertEquals(403, get("/").statusCode());
		assertEquals(403, get("/?token=wrong").statusCode());
		assertEquals(403, get("/client/bundle.js").statusCode());
		HttpResponse<String> page = get("/?token=" + server.token());
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("bygglov-nulage.process"), page.body());
		assertTrue(page.body().contains("Processkarta"));
		String cookie = page.headers().firstValue("set-cookie").orElseThrow();
		assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
		// the cookie lets the page load the client without the token in every address
		assertEquals(200, get("/client/bundle.js", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode());
	}

	@Test
	void theDiagramPageCarriesItsConfigurationAndAStrictPolicy() throws Exception {
		HttpResponse<String> page = get("/diagram?file=bygglov-nulage.process&type=process&token=" + server.token());
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("\"diagramType\":\"process\""), page.body());
		assertTrue(page.body().contains("\"process:activity\":{\"view\":\"rounded\""), page.body());
		String policy = page.headers().firstValue("content-security-policy").orElseThrow();
		assertTrue(policy.startsWith("default-src 'none'; script-src 'self' 'nonce-"), policy);
	}

	@Test
	void filesOutsideTheFolderAndUnknownPagesAreNotServed() throws Exception {
		String token = "&token=" + server.token();
		assertEquals(404, get("/diagram?file=../../etc/passwd&type=process" + token).statusCode());
		assertEquals(404, get("/diagram?file=%2Fetc%2Fpasswd&type=process" + token).statusCode());
		assertEquals(404, get("/diagram?file=bygglov-nulage.process&type=swot" + token).statusCode());
		assertEquals(404, get("/client/../META-INF/MANIFEST.MF?token=" + server.token()).statusCode());
		assertEquals(404, get("/nothing?token=" + server.token()).statusCode());
	}

	@Test
	void aPagesModelNeedsTheTokenAndIsGivenOnlyForAServedFileAndADiagramOfItsNotation() throws Exception {
		String token = "&token=" + server.token();
		assertEquals(403, get("/model?file=bygglov-nulage.process&type=process").statusCode());
		// nothing to give: no content, and the page waits for its session's model
		assertEquals(204, get("/model?file=../../etc/passwd&type=process" + token).statusCode());
		assertEquals(204, get("/model?file=%2Fetc%2Fpasswd&type=process" + token).statusCode());
		assertEquals(204, get("/model?file=bygglov-nulage.process&type=swot" + token).statusCode());
		assertEquals(204, get("/model?file=finns-inte.process&type=process" + token).statusCode());
		HttpResponse<String> page = get("/diagram?file=bygglov-nulage.process&type=process" + token);
		assertTrue(page.body().contains("window.VERKSTAD_MODEL = fetch(\"/model?file=bygglov-nulage.process&type=process&token="),
				page.body());
	}

	@Test
	void aSymbolicLinkOutOfTheFolderIsNeitherListedNorShownNorWritten() throws Exception {
		Path outside = java.nio.file.Files.createTempDirectory("utanfor");
		Path secret = outside.resolve("hemlig.swot");
		java.nio.file.Files.writeString(secret, "swot hemlig \"Hemlig SWOT\" {\n\tstrengths {\n\t\titem h \"Lönelistan\"\n\t}\n}\n");
		java.nio.file.Files.createSymbolicLink(dir.resolve("lank.swot"), secret);
		java.nio.file.Files.createSymbolicLink(dir.resolve("bibliotek.swot.layout"), outside.resolve("bibliotek.swot.layout"));
		java.nio.file.Files.createSymbolicLink(dir.resolve("inuti.swot"), dir.resolve("bibliotek.swot"));
		String token = "&token=" + server.token();
		HttpResponse<String> index = get("/?token=" + server.token());
		assertFalse(index.body().contains("lank.swot"), index.body());
		assertTrue(index.body().contains("inuti.swot"), "a link that stays inside is fine: " + index.body());
		assertEquals(404, get("/diagram?file=lank.swot&type=swot" + token).statusCode());
		assertEquals(200, get("/diagram?file=inuti.swot&type=swot" + token).statusCode());

		// asked for by the websocket directly: refused in the page's language, nothing of the file sent
		for (String file : List.of("lank.swot", "bibliotek.swot")) {
			Listener listener = new Listener();
			WebSocket socket = connect(listener);
			assertNotNull(listener.messages.poll(10, TimeUnit.SECONDS));
			socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\"c\","
					+ "\"diagramType\":\"swot\",\"clientActionKinds\":" + CLIENT_ACTIONS + "}}", true).get(10, TimeUnit.SECONDS);
			socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"c\",\"action\":{\"kind\":\"requestModel\","
					+ "\"requestId\":\"r\",\"options\":{\"sourceUri\":\"" + dir.resolve(file) + "\",\"diagramType\":\"swot\"}}}}", true)
					.get(10, TimeUnit.SECONDS);
			String refusal = null;
			for (String message; refusal == null && (message = listener.messages.poll(10, TimeUnit.SECONDS)) != null;) {
				assertFalse(message.contains("Lönelistan") || message.contains("setModel"), message);
				refusal = message.contains("\"severity\":\"ERROR\"") ? message : null;
			}
			assertNotNull(refusal, file + " is refused");
			assertTrue(refusal.contains("ligger inte i mappen som den här servern visar"), refusal);
			assertFalse(refusal.contains("GLSP-Server") || refusal.contains("Could not process"), refusal);
			socket.abort();
		}
		assertFalse(java.nio.file.Files.exists(outside.resolve("bibliotek.swot.layout")), "nothing written outside");
		assertTrue(java.nio.file.Files.isSymbolicLink(dir.resolve("lank.swot")));
	}

	@Test
	void anotherHostNameOrAnotherOriginIsRefused() throws Exception {
		assertEquals(403, get("/?token=" + server.token(), "Origin", "http://evil.example").statusCode());
		assertEquals(200, get("/?token=" + server.token(), "Origin", base()).statusCode());
		// a page elsewhere that got its name to resolve to 127.0.0.1 still sends its own Host
		try (Socket socket = new Socket("127.0.0.1", server.port())) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /?token=" + server.token() + " HTTP/1.1\r\nHost: evil.example:" + server.port()
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			assertEquals("HTTP/1.1 403", status);
		}
	}

	@Test
	void theWebsocketNeedsTheTokenAndAnswersGarbageWithAnError() throws Exception {
		URI withoutToken = URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.GLSP_PATH);
		ExecutionException refused = assertThrows(ExecutionException.class,
				() -> http.newWebSocketBuilder().buildAsync(withoutToken, new Listener()).get(10, TimeUnit.SECONDS));
		assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
		assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());

		Listener listener = new Listener();
		WebSocket socket = http.newWebSocketBuilder()
				.buildAsync(URI.create(withoutToken + "?token=" + server.token()), listener).get(10, TimeUnit.SECONDS);
		socket.sendText("this is not json {", true).get(10, TimeUnit.SECONDS);
		String error = listener.messages.poll(10, TimeUnit.SECONDS);
		assertTrue(error != null && error.contains("\"error\""), String.valueOf(error));
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"no/such/method\",\"params\":{}}", true).get(10, TimeUnit.SECONDS);
		String unknown = listener.messages.poll(10, TimeUnit.SECONDS);
		assertTrue(unknown != null && unknown.contains("\"id\":7") && unknown.contains("\"error\""), String.valueOf(unknown));
		// an action this server does not know (it would close the connection if JSON-RPC were left to it)
		socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"x\",\"action\":{\"kind\":\"noSuchAction\"}}}", true)
				.get(10, TimeUnit.SECONDS);
		String unread = listener.messages.poll(10, TimeUnit.SECONDS);
		assertTrue(unread != null && unread.contains("\"error\"") && unread.contains("-32600"), String.valueOf(unread));
		// still serving
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}", true)
				.get(10, TimeUnit.SECONDS);
		String initialized = listener.messages.poll(10, TimeUnit.SECONDS);
		assertTrue(initialized != null && initialized.contains("\"id\":8") && initialized.contains("\"result\""),
				String.valueOf(initialized));
		assertFalse(initialized.contains("\"error\""));
		socket.abort();
	}

	@Test
	void everyConnectionKnowsEveryDiagramTypeAndGetsItsModel() throws Exception {
		// the page asks for its diagram: the model is read while the client loads
		assertEquals(200, get("/diagram?file=bibliotek.swot&type=swot&token=" + server.token()).statusCode());
		JsonElement first = null;
		for (int connection = 0; connection < 2; connection++) {
			Listener listener = new Listener();
			WebSocket socket = connect(listener);
			String initialized = listener.messages.poll(10, TimeUnit.SECONDS);
			assertNotNull(initialized);
			for (String type : List.of("process", "journey", "swot", "tows", "boxes")) {
				assertTrue(initialized.contains("\"" + type + "\":[") && initialized.contains("requestModel"), type + ": " + initialized);
			}
			// the actions are found once per server, and every connection gets the same
			JsonElement actions = JsonParser.parseString(initialized).getAsJsonObject().getAsJsonObject("result").get("serverActions");
			first = first == null ? actions : first;
			assertEquals(first, actions);

			String client = "client-" + connection;
			socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\""
					+ client + "\",\"diagramType\":\"swot\",\"clientActionKinds\":" + CLIENT_ACTIONS + "}}", true).get(10, TimeUnit.SECONDS);
			String file = dir.resolve("bibliotek.swot").toString().replace("\\", "\\\\");
			socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + client
					+ "\",\"action\":{\"kind\":\"requestModel\",\"requestId\":\"r\",\"options\":{\"sourceUri\":\"" + file
					+ "\",\"diagramType\":\"swot\"}}}}", true).get(10, TimeUnit.SECONDS);
			String model = null;
			while (model == null) {
				String message = listener.messages.poll(10, TimeUnit.SECONDS);
				if (message == null) {
					break;
				}
				assertFalse(message.contains("\"severity\":\"ERROR\""), message);
				model = message.contains("\"setModel\"") ? message : null;
			}
			assertNotNull(model, "the model arrives");
			assertTrue(model.contains("Stort förtroende"), "with the notes of the file");
			socket.abort();
		}
	}

	/** A GLSP connection with the token, initialized (its answer is the listener's first message). */
	private WebSocket connect(Listener listener) throws Exception {
		WebSocket socket = http.newWebSocketBuilder().buildAsync(
				URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.GLSP_PATH + "?token=" + server.token()), listener)
				.get(10, TimeUnit.SECONDS);
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}", true)
				.get(10, TimeUnit.SECONDS);
		return socket;
	}

	/** What the page's client handles, as it tells the server. */
	private static final String CLIENT_ACTIONS = "[\"setModel\",\"updateModel\",\"setDirtyState\",\"status\",\"message\",\"startProgress\","
			+ "\"updateProgress\",\"endProgress\",\"setMarkers\",\"deleteMarkers\",\"setEditMode\",\"setTypeHints\",\"setViewport\"]";

	static final class Listener implements WebSocket.Listener {
		final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				messages.add(partial.toString());
				partial.setLength(0);
			}
			webSocket.request(1);
			return CompletableFuture.completedFuture(null);
		}
	}
}
