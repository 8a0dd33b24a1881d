package org.verkstad.diagram.server;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What every diagram session of one server shares: the folder whose models may be opened (no file
 * outside it is ever read or written) and the language of the diagrams.
 */
public record ServeSettings(Path root, Locale locale) {

	public ServeSettings {
		root = root.toAbsolutePath().normalize();
	}

	/** Whether a file lies in the served folder. */
	public boolean allows(Path file) {
		return file.toAbsolutePath().normalize().startsWith(root);
	}
}
