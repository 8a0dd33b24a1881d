package org.verkstad.diagram.server;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What every diagram session of one server shares: the folder whose models may be opened (no file
 * outside it is ever read or written), the language of the diagrams and the models read ahead for the
 * pages asked for.
 */
public record ServeSettings(Path root, Locale locale, Prefetch prefetch) {

	public ServeSettings {
		root = root.toAbsolutePath().normalize();
	}

	public ServeSettings(Path root, Locale locale) {
		this(root, locale, new Prefetch());
	}

	/** Whether a file lies in the served folder. */
	public boolean allows(Path file) {
		return file.toAbsolutePath().normalize().startsWith(root);
	}
}
