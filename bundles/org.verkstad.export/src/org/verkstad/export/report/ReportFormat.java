package org.verkstad.export.report;

import java.util.Locale;

/** What a course report is written as. */
public enum ReportFormat {
	PDF, DOCX, HTML;

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format of an option's value ({@code pdf}, {@code docx}, {@code html}), or null. */
	public static ReportFormat parse(String id) {
		for (ReportFormat format : values()) {
			if (format.extension().equals(id)) {
				return format;
			}
		}
		return null;
	}
}
