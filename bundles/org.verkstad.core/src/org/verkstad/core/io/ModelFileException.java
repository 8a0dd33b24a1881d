package org.verkstad.core.io;

import java.nio.file.Path;
import java.util.Locale;

import org.verkstad.core.nls.Languages;
import org.verkstad.core.nls.Messages;

/**
 * A model file that cannot be read or written, with the file, the line (0 when it is about the whole
 * file) and the cause in words a course participant understands, in Swedish or English.
 */
public final class ModelFileException extends Exception {

	private static final long serialVersionUID = 1L;

	static final Messages MESSAGES = new Messages(ModelFileException.class, "org.verkstad.core.io.messages");

	private final transient Path file;
	private final int line;
	private final int column;
	private final String key;
	private final transient Object[] arguments;

	public ModelFileException(Path file, int line, int column, String key, Throwable cause, Object... arguments) {
		super(key, cause);
		this.file = file;
		this.line = Math.max(line, 0);
		this.column = Math.max(column, 0);
		this.key = key;
		this.arguments = arguments.clone();
	}

	public Path file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** What went wrong, e.g. {@code io.truncated}. */
	public String key() {
		return key;
	}

	/** The cause in the given language, without file and line. */
	public String message(Locale locale) {
		return MESSAGES.get(locale, key, arguments);
	}

	@Override
	public String getMessage() {
		return file + ":" + line + ": " + message(Languages.ENGLISH);
	}
}
