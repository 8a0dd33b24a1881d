package org.verkstad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.Severity;

/** Where commands write, in the user's language: results to standard output, problems to standard error. */
final class Console {

	static final Messages MESSAGES = new Messages(Console.class, "org.verkstad.cli.messages");

	final PrintStream out;
	final PrintStream err;
	final Locale locale;

	Console(PrintStream out, PrintStream err, Locale locale) {
		this.out = out;
		this.err = err;
		this.locale = locale;
	}

	String text(String key, Object... arguments) {
		return MESSAGES.get(locale, key, arguments);
	}

	/** A {@code file:line: severity: message} line, as compilers print them. */
	void problem(Path file, int line, Severity severity, String message) {
		problem(file, line, 0, severity, message);
	}

	/** With the column when there is one (mistakes in the text): {@code file:line:column: severity: message}. */
	void problem(Path file, int line, int column, Severity severity, String message) {
		out.println(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + severity.label(locale) + ": " + message);
	}

	void problem(ModelFileException e) {
		problem(e.file(), e.line(), Severity.ERROR, e.message(locale));
	}

	/**
	 * Lists the mistakes the reader found in a model file (text it could not understand, names that refer
	 * to nothing; links are resolved first) and says whether there were any.
	 */
	boolean readMistakes(Path file, Resource resource) {
		EcoreUtil.resolveAll(resource);
		for (Resource.Diagnostic error : resource.getErrors()) {
			problem(file, error.getLine(), error.getColumn(), Severity.ERROR, error.getMessage());
		}
		return !resource.getErrors().isEmpty();
	}

	/** A mistake on the command line: the message and where to read more. */
	int usageError(String command, String key, Object... arguments) {
		err.println(text(key, arguments));
		err.println(text("usage.more", command == null ? "--help" : command + " --help"));
		return Command.FAILED;
	}
}
