package org.verkstad.export;

import java.nio.file.Path;
import java.util.Locale;

/** An export that could not be made, with a message in the user's language naming the file and the cause. */
public final class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String key;
	private final transient Object[] arguments;

	public ExportException(Path file, String key, Throwable cause, Object... arguments) {
		super(key, cause);
		this.file = file;
		this.key = key;
		this.arguments = arguments;
	}

	public Path file() {
		return file;
	}

	/** {@code file: message}. */
	public String message(Locale locale) {
		Object[] args = new Object[arguments.length + 1];
		args[0] = file == null ? "" : file.getFileName();
		System.arraycopy(arguments, 0, args, 1, arguments.length);
		return ExportMessages.MESSAGES.get(locale, key, args);
	}

	@Override
	public String getMessage() {
		return message(Locale.ENGLISH);
	}
}
