package org.verkstad.export.report;

import java.util.Locale;

import org.verkstad.export.Choice;

/** What a course report is written as. */
public enum ReportFormat implements Choice {
	PDF, DOCX, HTML;

	/** The file extension, also the name it is chosen by. */
	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String id() {
		return extension();
	}

	/** The value chosen by {@code id}, or null. */
	public static ReportFormat parse(String id) {
		return Choice.parse(values(), id);
	}
}
