package org.verkstad.cli;

import java.util.List;

/** One headless command, e.g. {@code validate}. Commands are thin: they call UI-free services of the model bundles. */
interface Command {

	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the command ran and found errors in the models. */
	int FOUND_ERRORS = 1;
	/** Exit code: a file could not be read, or the command line was wrong. */
	int FAILED = 2;

	String name();

	/** Runs the command with its arguments (without the command name) and returns the exit code. */
	int run(List<String> arguments, Console console);
}
