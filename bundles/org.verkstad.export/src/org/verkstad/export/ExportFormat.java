package org.verkstad.export;

import java.util.Locale;

/** What a diagram is exported as. */
public enum ExportFormat {
	SVG, PNG, PDF;

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format of an option's value ({@code svg}, {@code png}, {@code pdf}), or null. */
	public static ExportFormat parse(String id) {
		for (ExportFormat format : values()) {
			if (format.extension().equals(id)) {
				return format;
			}
		}
		return null;
	}
}
