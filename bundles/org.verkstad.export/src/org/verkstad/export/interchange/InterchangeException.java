package org.verkstad.export.interchange;

import java.nio.file.Path;
import java.util.Locale;

import org.verkstad.core.nls.Messages;

/**
 * A file of another tool that cannot be read, or a model that cannot be written in a format: the file,
 * the line (0 when it is about the whole file) and the cause in the user's language, from the message
 * table of the bundle that found it.
 */
public final class InterchangeException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Messages messages;
	private final transient Path file;
	private final int line;
	private final String key;
	private final transient Object[] arguments;

	public InterchangeException(Messages messages, Path file, int line, String key, Throwable cause, Object... arguments) {
		super(key, cause);
		this.messages = messages;
		this.file = file;
		this.line = Math.max(0, line);
		this.key = key;
		this.arguments = arguments.clone();
	}

	public Path file() {
		return file;
	}

	public int line() {
		return line;
	}

	/** Which rule was broken (tests compare it). */
	public String key() {
		return key;
	}

	/** The cause in the language, without file and line. */
	public String cause(Locale locale) {
		return messages.get(locale, key, arguments);
	}

	/** {@code file:line: cause} (or {@code file: cause}) in the language. */
	public String message(Locale locale) {
		String where = file == null ? "" : line > 0 ? file.getFileName() + ":" + line + ": " : file.getFileName() + ": ";
		return where + cause(locale);
	}

	@Override
	public String getMessage() {
		return message(Locale.ENGLISH);
	}
}
