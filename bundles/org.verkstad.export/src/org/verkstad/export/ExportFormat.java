package org.verkstad.export;

import java.util.Locale;

/** What a diagram is exported as. */
public enum ExportFormat implements Choice {
	SVG, PNG, PDF;

	/** The file extension, also the name it is chosen by. */
	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String id() {
		return extension();
	}

	/** The value chosen by {@code id}, or null. */
	public static ExportFormat parse(String id) {
		return Choice.parse(values(), id);
	}
}
