package org.verkstad.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built product and a way to run its start script as a user would. */
final class Product {

	private Product() {
	}

	static Path dir() {
		Path dir = Paths.get(System.getProperty("verkstad.product", "missing"));
		if (!Files.isExecutable(dir.resolve("verkstad.sh"))) {
			throw new IllegalStateException("the product is not built at " + dir + " (run ./mvnw verify)");
		}
		return dir;
	}

	static Path root() {
		return Paths.get(System.getProperty("verkstad.root", "../.."));
	}

	/** The result of one command: exit code, standard output and standard error. */
	record Run(int exit, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	/** Runs {@code verkstad.sh ARGS} in a working folder, with the given extra environment. */
	static Run run(Path workingDir, Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(dir().resolve("verkstad.sh").toString());
		command.addAll(List.of(arguments));
		return run(workingDir, environment, command);
	}

	/** Runs a command line (a start script and its arguments) in a working folder, with the given extra environment. */
	static Run run(Path workingDir, Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
		builder.environment().putAll(environment);
		builder.environment().remove("DISPLAY");
		Path out = Files.createTempFile("verkstad-out", ".txt");
		Path err = Files.createTempFile("verkstad-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
		}
		Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return run;
	}

	static Run run(Path workingDir, String... arguments) throws IOException, InterruptedException {
		return run(workingDir, Map.of("LANG", "C.UTF-8"), arguments);
	}
}
