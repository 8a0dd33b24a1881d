package org.verkstad.export.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.diagram.layout.Box;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;
import org.verkstad.export.PdfCanvas;
import org.verkstad.export.PdfPages;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.export.report.CourseReport.Table;
import org.verkstad.diagram.layout.TextMetrics;
import org.verkstad.export.svg.DiagramScene;
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

	static byte[] write(CourseReport report) throws IOException, ExportException {
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

	/** A heading or subtitle not set yet: it goes onto the page of what follows it, never alone at a page's end. */
	private record Pending(String text, PDType0Font font, float size, Color colour, float after) {
	}

	private final List<Pending> pending = new ArrayList<>();
	/** A section (a level-1 heading) starts a page, of the size its first content needs. */
	private boolean pendingPage;

	@Override
	public void heading(String text, int level) throws IOException {
		if (level == 1) {
			// a section that had nothing in it still shows its heading
			if (!pending.isEmpty()) {
				flush(0);
			}
			pendingPage = true;
		}
		pending.add(new Pending(text, bold, level == 1 ? 18 : 14, Color.BLACK, 4));
	}

	@Override
	public void subtitle(String text) throws IOException {
		pending.add(new Pending(text, regular, 10, GREY, 8));
	}

	/**
	 * Sets the waiting headings on a page of {@code size} with {@code needed} points left under them
	 * for what follows: a new page when a section starts or the page is of another size or too full.
	 */
	private void flush(PDRectangle size, float needed) throws IOException {
		float headings = pendingHeight();
		if (pendingPage || content == null || !size.equals(paper)) {
			newPage(size);
		} else {
			// the headings stay with what follows them, as much of it as a page can hold
			room(headings + Math.min(needed, paper.getHeight() - 2 * MARGIN - headings));
		}
		pendingPage = false;
		for (Pending p : pending) {
			paragraph(p.text(), p.font(), p.size(), 0, p.colour());
			y -= p.after();
		}
		pending.clear();
	}

	/** How tall the waiting headings will be on the page. */
	private float pendingHeight() throws IOException {
		float height = 0;
		for (Pending p : pending) {
			height += lines(p) * p.size() * 1.3f + p.after();
		}
		return height;
	}

	private int lines(Pending p) throws IOException {
		return wrap(p.text(), p.font(), p.size(), width()).size();
	}

	/** The page for ordinary content: this one, or A4 upright after a landscape page or when a section starts. */
	private void flush(float needed) throws IOException {
		flush(pendingPage || content == null ? PDRectangle.A4 : paper, needed);
	}

	@Override
	public void paragraph(String text) throws IOException {
		if (!pending.isEmpty()) {
			// a section's description goes with its heading onto the page of what follows (a process map's own page)
			pending.add(new Pending(text, regular, 10, Color.BLACK, 6));
			return;
		}
		flush(40);
		paragraph(text, regular, 10, 0, Color.BLACK);
		y -= 6;
	}

	@Override
	public void problem(String text) throws IOException {
		flush(40);
		paragraph(text, regular, 11, 0, new Color(0xB7, 0x1C, 0x1C));
	}

	@Override
	public void list(List<String> items) throws IOException {
		flush(40);
		for (int i = 0; i < items.size(); i++) {
			paragraph((i + 1) + ". " + items.get(i), regular, 11, 10, Color.BLACK);
		}
	}

	@Override
	public byte[] finish() throws IOException {
		if (!pending.isEmpty()) {
			flush(0);
		}
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
				throw new UncheckedIOException(e);
			}
		}, max, 0, hyphenation);
	}

	private static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());

	/**
	 * A diagram scaled to the page's width (never larger than on screen). One that is much wider than
	 * tall (a process map) gets landscape pages of its own: one A4 page when its smallest text is still
	 * 6 pt there, else one A3 page, else as many A4 pages as it takes at 6 pt, each with the lanes'
	 * titles repeated at its left.
	 */
	@Override
	public void diagram(Drawing drawing) throws IOException {
		Placement placement = Placement.of(drawing.scene().bounds(), Page.FIT);
		float naturalWidth = (float) placement.width() * PdfPages.PT_PER_PX;
		float naturalHeight = (float) placement.height() * PdfPages.PT_PER_PX;
		boolean wide = PrintedDiagram.wide(naturalWidth, naturalHeight, width());
		if (!wide) {
			PDRectangle size = PDRectangle.A4.equals(paper) || pendingPage || content == null ? PDRectangle.A4 : paper;
			float scale = fit(size, naturalWidth, naturalHeight);
			flush(size, naturalHeight * scale + 20);
			room(naturalHeight * scale + 20);
			drawWhole(drawing, placement, naturalWidth, naturalHeight, scale);
			return;
		}
		float least = (float) PrintedDiagram.LEAST_SCALE;
		for (PDRectangle size : List.of(LANDSCAPE, A3_LANDSCAPE)) {
			float scale = fit(size, naturalWidth, naturalHeight);
			if (scale >= least || drawing.scene().titleStrip() == null && size == A3_LANDSCAPE) {
				newLandscape(size);
				drawWhole(drawing, placement, naturalWidth, naturalHeight, fit(paper, naturalWidth, naturalHeight));
				return;
			}
		}
		// split on A4 when the diagram's height fits there at the readable size, else on A3
		drawSplit(drawing, placement, naturalHeight, least,
				fit(LANDSCAPE, 1, naturalHeight) >= least ? LANDSCAPE : A3_LANDSCAPE);
	}

	/** The scale that fits a diagram on a page of its own of the size, at most 1. */
	private float fit(PDRectangle size, float naturalWidth, float naturalHeight) throws IOException {
		float fullHeight = size.getHeight() - 2 * MARGIN - 20 - pendingHeight();
		return Math.min(1, Math.min((size.getWidth() - 2 * MARGIN) / naturalWidth, fullHeight / naturalHeight));
	}

	/** A page of its own for a wide diagram, with the section's headings on it. */
	private void newLandscape(PDRectangle size) throws IOException {
		pendingPage = true;
		flush(size, 0);
	}

	private void drawWhole(Drawing drawing, Placement placement, float naturalWidth, float naturalHeight, float scale) throws IOException {
		float room = width();
		float height = naturalHeight * scale;
		float top = paper.getHeight() - y;
		pages.draw(content, drawing.scene(), placement,
				PdfCanvas.pageTransform(paper.getHeight(), MARGIN + (room - naturalWidth * scale) / 2, top, scale));
		frame(MARGIN, y - height, room, height);
		y -= height;
		caption(drawing.title());
		// what follows a page of its own starts on an upright page
		if (!PDRectangle.A4.equals(paper)) {
			pendingPage = true;
		}
	}

	/**
	 * A diagram too wide for any page at a readable size: A4 landscape pages side by side, each showing
	 * the next part at the same scale, with the lanes' titles at its left so each page can be read alone.
	 */
	private void drawSplit(Drawing drawing, Placement placement, float naturalHeight, float least, PDRectangle size)
			throws IOException {
		newLandscape(size);
		float available = y - MARGIN - 20;
		// at the readable size; smaller only when the diagram would not fit the page's height
		float scale = Math.min(1, Math.min(least, available / naturalHeight));
		float ptPerPx = PdfPages.PT_PER_PX * scale;
		Box bounds = drawing.scene().bounds();
		Box strip = drawing.scene().titleStrip();
		double dx = placement.dx();
		double dy = placement.dy();
		float stripWidth = (float) (strip.width() * ptPerPx);
		float sliceWidth = width() - stripWidth;
		double slicePx = sliceWidth / ptPerPx;
		double start = strip.x() + strip.width();
		double end = bounds.x() + bounds.width() + DiagramScene.MARGIN;
		int count = Math.max(1, (int) Math.ceil((end - start) / slicePx));
		float height = naturalHeight * scale;
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				newPage(size);
			}
			float top = paper.getHeight() - y;
			double from = start + i * slicePx;
			// the lanes' titles (without the diagram's own title above them) at the left of every page
			// (on the first page with the diagram's own title above them)
			float stripTop = i == 0 ? y : y - (float) ((strip.y() + dy) * ptPerPx);
			float stripBottom = y - (float) ((strip.y() + strip.height() + dy) * ptPerPx);
			clipped(MARGIN, stripBottom, stripWidth, stripTop - stripBottom, () -> pages.draw(content, drawing.scene(), placement,
					PdfCanvas.pageTransform(paper.getHeight(), (float) (MARGIN - (strip.x() + dx) * ptPerPx), top, scale)));
			if (i == 0) {
				// the diagram's title, which runs on above the lanes
				clipped(MARGIN, stripTop - (float) ((strip.y() + dy) * ptPerPx), width(), (float) ((strip.y() + dy) * ptPerPx),
						() -> pages.draw(content, drawing.scene(), placement,
								PdfCanvas.pageTransform(paper.getHeight(), (float) (MARGIN - (strip.x() + dx) * ptPerPx), top, scale)));
			}
			// this page's part of the diagram, right of them
			float left = MARGIN + stripWidth;
			clipped(left, y - height, sliceWidth, height, () -> pages.draw(content, drawing.scene(), placement,
					PdfCanvas.pageTransform(paper.getHeight(), (float) (left - (from + dx) * ptPerPx), top, scale)));
			frame(MARGIN, y - height, width(), height);
			y -= height;
			caption(drawing.title() + " (" + (i + 1) + "/" + count + ")");
		}
		pendingPage = true;
	}

	/** Something drawn inside a rectangle only. */
	private void clipped(float x, float yBottom, float w, float h, IoAction draw) throws IOException {
		content.saveGraphicsState();
		content.addRect(x, yBottom, w, h);
		content.clip();
		draw.run();
		content.restoreGraphicsState();
	}

	private interface IoAction {
		void run() throws IOException;
	}

	private void frame(float x, float yBottom, float w, float h) throws IOException {
		content.setStrokingColor(RULE);
		content.setLineWidth(0.5f);
		content.addRect(x, yBottom, w, h);
		content.stroke();
	}

	private void caption(String text) throws IOException {
		paragraph(text, regular, 8, 0, GREY);
		y -= 10;
	}

	@Override
	public void table(Table table) throws IOException {
		float size = 8.5f;
		float leading = size * 1.3f;
		float pad = 3;
		int columns = table.header().isEmpty() ? table.rows().get(0).size() : table.header().size();
		// a table of many columns (a process map's activities) is set on A4 landscape pages
		boolean landscape = columns >= WIDE_TABLE;
		flush(landscape ? LANDSCAPE : pendingPage || content == null ? PDRectangle.A4 : paper, 80);
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
		double[] widths = ColumnWidths.of(table, columns, width(), 24, (text, header) -> width(text, header ? bold : regular, size) + 2 * pad);
		float[] result = new float[columns];
		for (int c = 0; c < columns; c++) {
			result[c] = (float) widths[c];
		}
		return result;
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
