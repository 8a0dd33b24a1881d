package org.verkstad.export.report;

import org.verkstad.export.PdfPages;

/** How a report prints a diagram, the same in the PDF and the DOCX writer. */
final class PrintedDiagram {

	/** The smallest text the diagrams draw (a process step's badges, px). */
	private static final double SMALLEST_TEXT_PX = 10;
	/** The smallest a diagram's text may be printed (pt). */
	private static final double SMALLEST_TEXT_PT = 6;

	/** The smallest scale of a diagram on paper: its smallest text still {@value #SMALLEST_TEXT_PT} pt. */
	static final double LEAST_SCALE = SMALLEST_TEXT_PT / (SMALLEST_TEXT_PX * PdfPages.PT_PER_PX);

	private PrintedDiagram() {
	}

	/**
	 * Whether a diagram (its size in points) is much wider than tall and than an upright page's text
	 * (a process map): it gets landscape pages of its own.
	 */
	static boolean wide(double width, double height, double uprightWidth) {
		return width > uprightWidth * 1.2 && width / height > 1.6;
	}
}
