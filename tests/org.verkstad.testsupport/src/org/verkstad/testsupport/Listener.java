package org.verkstad.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local listener that records every connection made to it (and the first line a client sends): a test
 * points a hostile file's addresses at it and then checks that nothing connected.
 */
public final class Listener implements AutoCloseable {

	private final ServerSocket socket;
	private final List<String> requests = new CopyOnWriteArrayList<>();
	private final Thread thread;

	public Listener() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		thread = new Thread(this::accept, "test listener");
		thread.setDaemon(true);
		thread.start();
	}

	/** {@code http://127.0.0.1:PORT} */
	public String address() {
		return "http://127.0.0.1:" + socket.getLocalPort();
	}

	public int port() {
		return socket.getLocalPort();
	}

	/** The connections made so far, each as the first line its client sent (or "(connected)"). */
	public List<String> requests() {
		return List.copyOf(requests);
	}

	private void accept() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				client.setSoTimeout(2000);
				requests.add(firstLine(client.getInputStream()));
			} catch (IOException e) {
				// closed, or a client that sent nothing: it is recorded when it connected
			}
		}
	}

	private static String firstLine(InputStream in) {
		StringBuilder line = new StringBuilder();
		try {
			for (int c; (c = in.read()) >= 0 && c != '\n' && line.length() < 200;) {
				line.append((char) c);
			}
		} catch (IOException e) {
			// what came is enough
		}
		return line.length() == 0 ? "(connected)" : new String(line.toString().getBytes(StandardCharsets.ISO_8859_1),
				StandardCharsets.UTF_8).strip();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
