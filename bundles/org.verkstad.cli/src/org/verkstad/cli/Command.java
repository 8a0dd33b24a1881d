package org.verkstad.cli;

import java.util.List;
import java.util.Set;

/** One headless command, e.g. {@code validate}. Commands are thin: they call UI-free services of the model bundles. */
interface Command {

	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the command ran and found errors in the models. */
	int FOUND_ERRORS = 1;
	/** Exit code: a file could not be read, or the command line was wrong. */
	int FAILED = 2;

	String name();

	/** The options the command takes ({@code --check}); the command line refuses any other. */
	default Set<String> options() {
		return Set.of();
	}

	/** Runs the command with its arguments (without the command name) and returns the exit code. */
	int run(List<String> arguments, Console console);
}
