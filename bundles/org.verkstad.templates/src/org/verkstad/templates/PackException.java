package org.verkstad.templates;

import java.nio.file.Path;
import java.util.Locale;

import org.verkstad.core.nls.Messages;

/** A pack that cannot be made, read or installed, with the reason in the user's language, naming the file. */
public final class PackException extends Exception {

	private static final long serialVersionUID = 1L;
	static final Messages MESSAGES = new Messages(PackException.class, "org.verkstad.templates.messages");

	private final transient Path file;
	private final String key;
	private final transient Object[] arguments;

	public PackException(Path file, String key, Throwable cause, Object... arguments) {
		super(key, cause);
		this.file = file;
		this.key = key;
		this.arguments = arguments;
	}

	public Path file() {
		return file;
	}

	/** The message key, for tests: which rule refused the pack. */
	public String key() {
		return key;
	}

	public String message(Locale locale) {
		Object[] args = new Object[arguments.length + 1];
		args[0] = file == null ? "" : file.getFileName();
		System.arraycopy(arguments, 0, args, 1, arguments.length);
		return MESSAGES.get(locale, key, args);
	}

	@Override
	public String getMessage() {
		return message(Locale.ENGLISH);
	}
}
