package org.verkstad.export;

import java.nio.file.Path;

import org.verkstad.core.nls.FileProblem;
import org.verkstad.core.nls.Messages;

/** An export that could not be made, with a message in the user's language naming the file and the cause. */
public final class ExportException extends FileProblem {

	private static final long serialVersionUID = 1L;

	public ExportException(Path file, String key, Throwable cause, Object... arguments) {
		super(file, key, cause, arguments);
	}

	@Override
	protected Messages messages() {
		return ExportMessages.MESSAGES;
	}
}
