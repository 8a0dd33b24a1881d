package org.verkstad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.verkstad.diagram.serve.DiagramServer;
import org.verkstad.diagram.server.ServeSettings;

/**
 * {@code serve [DIR] [--port N]}: the diagram editors for the models in a folder, in the browser, on
 * 127.0.0.1 only and behind a secret token that is part of the printed address.
 */
final class ServeCommand implements Command {

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public Set<String> options() {
		return Set.of("--port");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		int port = 0;
		String value;
		try {
			value = Options.take(rest, "--port");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "serve.badPort", "");
		}
		if (value != null) {
			try {
				port = Integer.parseInt(value);
			} catch (NumberFormatException e) {
				port = -1;
			}
			if (port < 0 || port > 65535) {
				return console.usageError(name(), "serve.badPort", value);
			}
		}
		if (rest.size() > 1) {
			return console.usageError(name(), "serve.oneFolder");
		}
		Path dir = Paths.get(rest.isEmpty() ? "." : rest.get(0));
		if (!Files.isDirectory(dir)) {
			console.err.println(console.text("serve.notAFolder", dir));
			return FAILED;
		}
		DiagramServer server;
		try {
			server = DiagramServer.start(new ServeSettings(dir, console.locale), port);
		} catch (IOException e) {
			console.err.println(console.text("serve.cannotStart", port, e.getMessage()));
			return FAILED;
		} catch (Exception e) {
			console.err.println(console.text("serve.cannotStart", port, String.valueOf(e.getMessage())));
			return FAILED;
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
		return OK;
	}
}
