package org.verkstad.templates;

import java.nio.file.Path;

import org.verkstad.core.nls.FileProblem;
import org.verkstad.core.nls.Messages;

/** A pack that cannot be made, read or installed, with the reason in the user's language, naming the file. */
public final class PackException extends FileProblem {

	private static final long serialVersionUID = 1L;
	static final Messages MESSAGES = new Messages(PackException.class, "org.verkstad.templates.messages");

	public PackException(Path file, String key, Throwable cause, Object... arguments) {
		super(file, key, cause, arguments);
	}

	@Override
	protected Messages messages() {
		return MESSAGES;
	}
}
