package org.verkstad.export.report;

import java.io.IOException;
import java.util.List;

import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.report.CourseReport.Table;

/**
 * What a report is written with: {@link CourseReport#writeTo} decides what comes in which order, a
 * format (PDF, DOCX, HTML) only how each piece looks.
 */
interface ReportWriter {

	/** The title page: the title and who, what, when. */
	void title(String title, List<Fact> facts) throws IOException;

	/** A heading; level 1 starts a part of its own (a new page on paper). */
	void heading(String text, int level) throws IOException;

	/** The line under a part's heading (its notation and file). */
	void subtitle(String text) throws IOException;

	void paragraph(String text) throws IOException;

	/** A paragraph that says something went wrong. */
	void problem(String text) throws IOException;

	/** A numbered list (the contents). */
	void list(List<String> items) throws IOException;

	void diagram(Drawing drawing) throws IOException, ExportException;

	void table(Table table) throws IOException;

	byte[] finish() throws IOException;
}
