package org.verkstad.export.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.Page;
import org.verkstad.export.PdfCanvas;
import org.verkstad.export.PdfPages;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.export.report.CourseReport.Table;
import org.verkstad.diagram.layout.TextMetrics;
import org.verkstad.export.svg.Placement;

/**
 * A course report as a PDF on A4, laid out with PDFBox: a title page, a section per model (its
 * diagrams as vectors, scaled to the page, its analyses and tables), the links and the checks; text
 * in the diagrams' embedded font, page numbers at the foot.
 */
final class PdfReport implements ReportWriter {

	private static final float MARGIN = 50;
	/** Tables with this many columns get landscape pages. */
	private static final int WIDE_TABLE = 8;
	private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
	private static final Color HEAD = new Color(0xEC, 0xEF, 0xF1);
	private static final Color GREY = new Color(0x55, 0x55, 0x55);

	private final CourseReport report;
	private final PDDocument document;
	private final PdfPages pages;
	private final PDType0Font regular;
	private final PDType0Font bold;
	/** The participants' texts are in the courses' language (Swedish, or Norwegian in a Norwegian report). */
	private final Hyphenation hyphenation;
	private PDPageContentStream content;
	private PDRectangle paper = PDRectangle.A4;
	private float y;

	private PdfReport(CourseReport report, PDDocument document) {
		this.report = report;
		this.hyphenation = Hyphenation.forText(null, report.locale());
		this.document = document;
		this.pages = new PdfPages(document);
		this.regular = pages.fonts().get(false, false);
		this.bold = pages.fonts().get(true, false);
	}

	static byte[] write(CourseReport report) throws IOException, org.verkstad.export.ExportException {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(report.title() + " \u2013 " + report.cover().get(0).value());
			PdfReport pdf = new PdfReport(report, document);
			report.writeTo(pdf);
			return pdf.finish();
		}
	}

	@Override
	public void title(String title, List<Fact> facts) throws IOException {
		newPage();
		y -= 120;
		paragraph(title, bold, 28, 0, Color.BLACK);
		y -= 20;
		for (Fact f : facts) {
			float top = y;
			paragraph(f.label(), bold, 12, 0, Color.BLACK);
			float after = y;
			y = top;
			paragraph(f.value(), regular, 12, 130, Color.BLACK);
			y = Math.min(y, after) - 4;
		}
		y -= 30;
	}

	@Override
	public void heading(String text, int level) throws IOException {
		if (level == 1) {
			newPage();
		} else {
			room(60);
		}
		paragraph(text, bold, level == 1 ? 18 : 14, 0, Color.BLACK);
		y -= 4;
	}

	@Override
	public void subtitle(String text) throws IOException {
		paragraph(text, regular, 10, 0, GREY);
		y -= 8;
	}

	@Override
	public void paragraph(String text) throws IOException {
		paragraph(text, regular, 10, 0, Color.BLACK);
		y -= 6;
	}

	@Override
	public void problem(String text) throws IOException {
		paragraph(text, regular, 11, 0, new Color(0xB7, 0x1C, 0x1C));
	}

	@Override
	public void list(List<String> items) throws IOException {
		for (int i = 0; i < items.size(); i++) {
			paragraph((i + 1) + ". " + items.get(i), regular, 11, 10, Color.BLACK);
		}
	}

	@Override
	public byte[] finish() throws IOException {
		content.close();
		footers();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	// ---- flow ----

	private float width() {
		return paper.getWidth() - 2 * MARGIN;
	}

	private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	private void newPage() throws IOException {
		newPage(PDRectangle.A4);
	}

	private void newPage(PDRectangle size) throws IOException {
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
	private void room(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage(paper);
		}
	}

	private void paragraph(String text, PDType0Font font, float size, float indent, Color colour) throws IOException {
		float leading = size * 1.3f;
		for (String line : wrap(text, font, size, width() - indent)) {
			room(leading);
			y -= leading;
			show(line, font, size, MARGIN + indent, y + size * 0.25f, colour);
		}
	}

	private void show(String text, PDType0Font font, float size, float x, float baseline, Color colour) throws IOException {
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

	private static float width(String text, PDType0Font font, float size) throws IOException {
		return font.getStringWidth(PdfCanvas.drawable(font, text)) / 1000 * size;
	}

	/** Lines no wider than {@code max}, broken (and hyphenated) as the diagrams break their labels. */
	private List<String> wrap(String text, PDType0Font font, float size, float max) {
		return TextMetrics.wrap(text == null ? "" : text, line -> {
			try {
				return width(line, font, size);
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}, max, 0, hyphenation);
	}

	/**
	 * A diagram scaled to the page's width (never larger than on screen). One that is much wider than
	 * tall (a process map) gets an A4 landscape page of its own, where it is drawn half again as large.
	 */
	@Override
	public void diagram(Drawing drawing) throws IOException {
		Placement placement = Placement.of(drawing.scene().bounds(), Page.FIT);
		float naturalWidth = (float) placement.width() * PdfPages.PT_PER_PX;
		float naturalHeight = (float) placement.height() * PdfPages.PT_PER_PX;
		boolean landscape = naturalWidth > width() * 1.2f && naturalWidth / naturalHeight > 1.6f;
		if (landscape) {
			newPage(LANDSCAPE);
		}
		float room = paper.getWidth() - 2 * MARGIN;
		float fullHeight = paper.getHeight() - 2 * MARGIN - 20;
		float scale = Math.min(1, Math.min(room / naturalWidth, fullHeight / naturalHeight));
		float height = naturalHeight * scale;
		room(height + 20);
		float top = paper.getHeight() - y;
		pages.draw(content, drawing.scene(), placement,
				PdfCanvas.pageTransform(paper.getHeight(), MARGIN + (room - naturalWidth * scale) / 2, top, scale));
		content.setStrokingColor(RULE);
		content.setLineWidth(0.5f);
		content.addRect(MARGIN, y - height, room, height);
		content.stroke();
		y -= height;
		paragraph(drawing.title(), regular, 8, 0, GREY);
		y -= 10;
		if (landscape) {
			newPage();
		}
	}

	@Override
	public void table(Table table) throws IOException {
		float size = 8.5f;
		float leading = size * 1.3f;
		float pad = 3;
		int columns = table.header().isEmpty() ? table.rows().get(0).size() : table.header().size();
		// a table of many columns (a process map's activities) is set on A4 landscape pages
		boolean landscape = columns >= WIDE_TABLE && paper == PDRectangle.A4;
		if (landscape) {
			newPage(LANDSCAPE);
		}
		float[] widths = columnWidths(table, columns, size, pad);
		if (!table.caption().isEmpty()) {
			// the caption stays with the header and the first row
			float first = 0;
			if (!table.header().isEmpty()) {
				first += cells(table.header(), widths, bold, size, pad).stream().mapToInt(List::size).max().orElse(1) * leading + 2 * pad;
			}
			if (!table.rows().isEmpty()) {
				first += cells(table.rows().get(0), widths, regular, size, pad).stream().mapToInt(List::size).max().orElse(1) * leading
						+ 2 * pad;
			}
			room(11 * 1.3f + 3 + first);
			paragraph(table.caption(), bold, 11, 0, Color.BLACK);
			y -= 3;
		}
		if (!table.header().isEmpty()) {
			row(table.header(), widths, bold, size, leading, pad, true);
		}
		for (List<String> r : table.rows()) {
			List<List<String>> cells = cells(r, widths, regular, size, pad);
			float height = cells.stream().mapToInt(List::size).max().orElse(1) * leading + 2 * pad;
			if (y - height < MARGIN) {
				newPage(paper);
				if (!table.header().isEmpty()) {
					row(table.header(), widths, bold, size, leading, pad, true);
				}
			}
			row(r, widths, regular, size, leading, pad, false);
		}
		y -= 14;
	}

	private void row(List<String> texts, float[] widths, PDType0Font font, float size, float leading, float pad, boolean header)
			throws IOException {
		List<List<String>> cells = cells(texts, widths, font, size, pad);
		float height = cells.stream().mapToInt(List::size).max().orElse(1) * leading + 2 * pad;
		room(height);
		float x = MARGIN;
		for (int c = 0; c < widths.length; c++) {
			if (header) {
				content.setNonStrokingColor(HEAD);
				content.addRect(x, y - height, widths[c], height);
				content.fill();
			}
			content.setStrokingColor(RULE);
			content.setLineWidth(0.5f);
			content.addRect(x, y - height, widths[c], height);
			content.stroke();
			float baseline = y - pad - size;
			for (String line : c < cells.size() ? cells.get(c) : List.<String>of()) {
				show(line, font, size, x + pad, baseline, Color.BLACK);
				baseline -= leading;
			}
			x += widths[c];
		}
		y -= height;
	}

	private List<List<String>> cells(List<String> texts, float[] widths, PDType0Font font, float size, float pad)
			throws IOException {
		List<List<String>> cells = new ArrayList<>();
		for (int c = 0; c < widths.length; c++) {
			cells.add(wrap(c < texts.size() ? texts.get(c) : "", font, size, widths[c] - 2 * pad));
		}
		return cells;
	}

	/**
	 * Widths by what the columns hold: each at least its longest word (so words are not broken) where
	 * the page allows, the rest shared by the columns' longest texts (up to a third of the page each).
	 */
	private float[] columnWidths(Table table, int columns, float size, float pad) throws IOException {
		float[] natural = new float[columns];
		float[] least = new float[columns];
		List<List<String>> all = new ArrayList<>(table.rows());
		if (!table.header().isEmpty()) {
			all.add(table.header());
		}
		for (List<String> r : all) {
			PDType0Font font = r == table.header() ? bold : regular;
			for (int c = 0; c < columns && c < r.size(); c++) {
				for (String line : r.get(c).split("\n")) {
					natural[c] = Math.max(natural[c], Math.min(width(line, font, size) + 2 * pad, width() / 3));
					// a header's long word may break where the table is crowded; the cells' words should not
					float cap = r == table.header() ? width() / columns : width() / 4;
					for (String word : line.split("\\s+")) {
						least[c] = Math.max(least[c], Math.min(width(word, font, size) + 2 * pad, cap));
					}
				}
			}
		}
		float leastSum = 0;
		float extraSum = 0;
		for (int c = 0; c < columns; c++) {
			least[c] = Math.max(least[c], 24);
			natural[c] = Math.max(natural[c], least[c]);
			leastSum += least[c];
			extraSum += natural[c] - least[c];
		}
		float[] widths = new float[columns];
		for (int c = 0; c < columns; c++) {
			if (leastSum >= width()) {
				widths[c] = least[c] * width() / leastSum;
			} else if (extraSum <= 0) {
				widths[c] = least[c] * width() / leastSum;
			} else {
				widths[c] = least[c] + (natural[c] - least[c]) / extraSum * (width() - leastSum);
			}
		}
		return widths;
	}

	private void footers() throws IOException {
		int count = document.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String text = CourseReport.text(report.locale(), "report.page", i + 1, count);
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
