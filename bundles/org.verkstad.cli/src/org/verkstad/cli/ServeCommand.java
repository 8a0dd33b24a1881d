package org.verkstad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code serve [DIR] [--port N]}: the diagram editors for the models in a folder, in the browser, on
 * 127.0.0.1 only and behind a secret token that is part of the printed address.
 */
final class ServeCommand implements Command {

	private static final String SERVER_BUNDLE = "org.verkstad.diagram.server";

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
		if (!serverInstalled()) {
			console.err.println(console.text("serve.notInstalled"));
			return FAILED;
		}
		return ServeHost.serve(dir, port, console);
	}

	/** Whether the diagram server is part of this installation (a headless one may leave it out). */
	private static boolean serverInstalled() {
		Bundle cli = FrameworkUtil.getBundle(ServeCommand.class);
		if (cli == null) {
			return true;
		}
		for (Bundle bundle : cli.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(SERVER_BUNDLE) && (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0) {
				return true;
			}
		}
		return false;
	}
}
