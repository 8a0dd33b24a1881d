package org.verkstad.cli;

import java.nio.file.Path;

import org.verkstad.diagram.server.ServeSettings;
import org.verkstad.diagram.server.host.DiagramServer;

/**
 * The part of {@code serve} that needs the diagram server: loaded only when that bundle is installed,
 * so that every other command runs without it.
 */
final class ServeHost {

	private ServeHost() {
	}

	static int serve(Path dir, int port, Console console) {
		DiagramServer server;
		try {
			server = DiagramServer.start(new ServeSettings(dir, console.locale), port);
		} catch (Exception e) {
			console.err.println(console.text("serve.cannotStart", port, String.valueOf(e.getMessage())));
			return Command.FAILED;
		}
		console.out.println(console.text("serve.started", dir.toAbsolutePath().normalize(), server.url()));
		console.out.flush();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			} catch (Exception e) {
				// stopping anyway
			}
		}, "verkstad-serve-stop"));
		try {
			server.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return Command.OK;
	}
}
