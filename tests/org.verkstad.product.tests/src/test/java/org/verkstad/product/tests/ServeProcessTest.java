package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verkstad serve} as its users run it: a browser's messages never reach the terminal (not even a
 * method name with an escape sequence in it), and a terminal nobody reads never stops the server: with
 * its standard error a pipe that is never read, it answers thousands of messages it does not understand
 * and still stops at once when asked (SIGTERM).
 */
class ServeProcessTest {

	@TempDir
	Path work;

	@Test
	void unknownMessagesNeitherReachTheTerminalNorStopTheServer() throws Exception {
		Files.copy(Product.dir().resolve("examples/bibliotek.swot"), work.resolve("bibliotek.swot"));
		Path home = Files.createDirectories(work.resolve("home"));
		ProcessBuilder builder = new ProcessBuilder(Product.dir().resolve("verkstad.sh").toString(), "serve", work.toString())
				.directory(work.toFile());
		builder.environment().put("HOME", home.toString());
		builder.environment().put("LANG", "C.UTF-8");
		// standard error stays a pipe nobody reads: a full pipe must never make the server wait
		Process serve = builder.start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
			String url = null;
			long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			for (String line; url == null && System.nanoTime() < until && (line = out.readLine()) != null;) {
				Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/\\?token=[\\w-]+)").matcher(line);
				url = m.find() ? m.group(1) : null;
			}
			assertTrue(url != null, "serve printed its address");
			URI socket = URI.create(url.replace("http://", "ws://").replace("/?token=", "/glsp?token="));
			AtomicInteger answers = new AtomicInteger();
			CompletableFuture<Integer> closed = new CompletableFuture<>();
			WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(socket, new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					if (last) {
						answers.incrementAndGet();
					}
					webSocket.request(1);
					return CompletableFuture.completedFuture(null);
				}

				@Override
				public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
					closed.complete(statusCode);
					return null;
				}
			}).get(2, TimeUnit.MINUTES);
			// a diagram left alone for longer than Jetty's idle timeout (30 s) keeps its connection: the page
			// used to say that the connection was lost and restored after a dialog or a pause
			Thread.sleep(TimeUnit.SECONDS.toMillis(40));
			assertTrue(!closed.isDone(), "the idle connection was closed: " + closed.getNow(null));
			int sent = 3000;
			for (int i = 0; i < sent; i++) {
				ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"no/such\\u001b[31m/method" + i + "\",\"params\":{}}", true)
						.get(1, TimeUnit.MINUTES);
			}
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (answers.get() < sent && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertEquals(sent, answers.get(), "every message is answered");
			ws.abort();
			// what waits in the pipe, unread (stopping the process closes it)
			int waiting = serve.getErrorStream().available();
			String err = waiting == 0 ? "" : new String(serve.getErrorStream().readNBytes(waiting), StandardCharsets.UTF_8);
			assertEquals("", err, "nothing reaches the terminal");
			// the first start writes the class archive, so the script runs Java as its child: asked to stop, the
			// script must stop Java too, not leave the server running on its own
			List<ProcessHandle> java = serve.descendants().toList();
			serve.destroy(); // SIGTERM
			assertTrue(serve.waitFor(2, TimeUnit.MINUTES), "serve stops when asked");
			long gone = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (java.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < gone) {
				Thread.sleep(100);
			}
			assertTrue(java.stream().noneMatch(ProcessHandle::isAlive), () -> "left running: " + java);
		} finally {
			serve.descendants().forEach(ProcessHandle::destroyForcibly);
			serve.destroyForcibly();
		}
	}
}
