package org.verkstad.export.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.diagram.layout.TextMetrics;
import org.verkstad.export.PdfCanvas;
import org.verkstad.export.PdfPages;

/**
 * The flow of a PDF report's pages: the page being written and how far down it is, text set in lines
 * that break (and hyphenate) as the diagrams' labels do, new pages when one is full, the page numbers
 * at the foot. Text is in the diagrams' embedded font.
 */
final class PdfFlow {

	static final float MARGIN = 50;
	static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
	static final Color GREY = new Color(0x55, 0x55, 0x55);
	static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
	static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());

	private final PDDocument document;
	private final PdfPages pages;
	private final PDType0Font regular;
	private final PDType0Font bold;
	/** The participants' texts are in the courses' language (Swedish, or Norwegian in a Norwegian report). */
	private final Hyphenation hyphenation;
	private PDPageContentStream content;
	private PDRectangle paper = PDRectangle.A4;
	private float y;

	PdfFlow(PDDocument document, Locale locale) {
		this.document = document;
		this.hyphenation = Hyphenation.forText(null, locale);
		this.pages = new PdfPages(document);
		this.regular = pages.fonts().get(false, false);
		this.bold = pages.fonts().get(true, false);
	}

	PdfPages pages() {
		return pages;
	}

	PDType0Font regular() {
		return regular;
	}

	PDType0Font bold() {
		return bold;
	}

	/** The page being written; null before the first. */
	PDPageContentStream content() {
		return content;
	}

	/** Whether a page was started. */
	boolean started() {
		return content != null;
	}

	/** The size of the page being written. */
	PDRectangle paper() {
		return paper;
	}

	/** How far up the page the next line goes (points from the bottom). */
	float y() {
		return y;
	}

	/** Moves down the page. */
	void down(float points) {
		y -= points;
	}

	/** The width between the margins. */
	float width() {
		return paper.getWidth() - 2 * MARGIN;
	}

	/** Starts a page of a size. */
	void newPage(PDRectangle size) throws IOException {
		if (content != null) {
			content.close();
		}
		paper = size;
		PDPage page = new PDPage(paper);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = paper.getHeight() - MARGIN;
	}

	/** Starts a new page unless {@code height} points are left on this one. */
	void room(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage(paper);
		}
	}

	/** Text in lines as wide as the page (less the indent), onto new pages as it needs. */
	void paragraph(String text, PDType0Font font, float size, float indent, Color colour) throws IOException {
		float leading = size * 1.3f;
		for (String line : wrap(text, font, size, width() - indent)) {
			room(leading);
			y -= leading;
			show(line, font, size, MARGIN + indent, y + size * 0.25f, colour);
		}
	}

	/** One line of text at a place. */
	void show(String text, PDType0Font font, float size, float x, float baseline, Color colour) throws IOException {
		String drawable = PdfCanvas.drawable(font, text);
		if (drawable.isEmpty()) {
			return;
		}
		content.beginText();
		content.setNonStrokingColor(colour);
		content.setFont(font, size);
		content.newLineAtOffset(x, baseline);
		content.showText(drawable);
		content.endText();
	}

	static float width(String text, PDType0Font font, float size) throws IOException {
		return font.getStringWidth(PdfCanvas.drawable(font, text)) / 1000 * size;
	}

	/** Lines no wider than {@code max}, broken (and hyphenated) as the diagrams break their labels. */
	List<String> wrap(String text, PDType0Font font, float size, float max) {
		return TextMetrics.wrap(text == null ? "" : text, line -> {
			try {
				return width(line, font, size);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, max, 0, hyphenation);
	}

	/** Something drawn inside a rectangle only. */
	void clipped(float x, float yBottom, float w, float h, IoAction draw) throws IOException {
		content.saveGraphicsState();
		content.addRect(x, yBottom, w, h);
		content.clip();
		draw.run();
		content.restoreGraphicsState();
	}

	/** Drawing that may fail to write. */
	interface IoAction {
		void run() throws IOException;
	}

	/** A thin grey rectangle. */
	void frame(float x, float yBottom, float w, float h) throws IOException {
		content.setStrokingColor(RULE);
		content.setLineWidth(0.5f);
		content.addRect(x, yBottom, w, h);
		content.stroke();
	}

	/** Closes the last page and numbers all pages at their foot ("page 2 of 9" in the report's language). */
	void finish(Locale locale) throws IOException {
		content.close();
		int count = document.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String text = CourseReport.text(locale, "report.page", i + 1, count);
				footer.beginText();
				footer.setNonStrokingColor(GREY);
				footer.setFont(regular, 8);
				footer.newLineAtOffset(document.getPage(i).getMediaBox().getWidth() - MARGIN - width(text, regular, 8), MARGIN / 2);
				footer.showText(text);
				footer.endText();
			}
		}
	}
}
