package org.verkstad.core.nls;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Something that went wrong with a file, told in the user's language: a message key of a bundle's
 * {@link Messages} whose first argument is the file's name, then the key's own arguments.
 */
public abstract class FileProblem extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String key;
	private final transient Object[] arguments;

	protected FileProblem(Path file, String key, Throwable cause, Object... arguments) {
		super(key, cause);
		this.file = file;
		this.key = key;
		this.arguments = arguments;
	}

	/** The table the key is in. */
	protected abstract Messages messages();

	public Path file() {
		return file;
	}

	/** The message key: which rule was broken (tests compare it). */
	public String key() {
		return key;
	}

	/** {@code file: message} in the language. */
	public String message(Locale locale) {
		Object[] args = new Object[arguments.length + 1];
		args[0] = file == null ? "" : file.getFileName();
		System.arraycopy(arguments, 0, args, 1, arguments.length);
		return messages().get(locale, key, args);
	}

	@Override
	public String getMessage() {
		return message(Locale.ENGLISH);
	}
}
