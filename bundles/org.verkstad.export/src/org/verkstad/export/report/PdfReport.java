package org.verkstad.export.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.diagram.layout.Box;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;
import org.verkstad.export.PdfCanvas;
import org.verkstad.export.PdfPages;
import org.verkstad.export.report.CourseReport.Table;
import org.verkstad.export.svg.DiagramScene;
import org.verkstad.export.svg.Placement;

/**
 * A course report as a PDF on A4, laid out with PDFBox: a title page, a section per model (its
 * diagrams as vectors, scaled to the page, its analyses and tables), the links and the checks; text
 * in the diagrams' embedded font, page numbers at the foot.
 */
final class PdfReport implements ReportWriter {

	/** Tables with this many columns get landscape pages. */
	private static final int WIDE_TABLE = 8;

	private final CourseReport report;
	private final PDDocument document;
	private final PdfFlow flow;
	private final PDType0Font regular;
	private final PDType0Font bold;

	private PdfReport(CourseReport report, PDDocument document) {
		this.report = report;
		this.document = document;
		this.flow = new PdfFlow(document, report.locale());
		this.regular = flow.regular();
		this.bold = flow.bold();
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
		flow.newPage(PDRectangle.A4);
		flow.down(120);
		flow.paragraph(title, bold, 28, 0, Color.BLACK);
		flow.down(20);
		for (Fact f : facts) {
			float top = flow.y();
			flow.paragraph(f.label(), bold, 12, 0, Color.BLACK);
			float after = flow.y();
			flow.down(flow.y() - top);
			flow.paragraph(f.value(), regular, 12, 130, Color.BLACK);
			flow.down(flow.y() - Math.min(flow.y(), after) + 4);
		}
		flow.down(30);
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
		pending.add(new Pending(text, regular, 10, PdfFlow.GREY, 8));
	}

	/**
	 * Sets the waiting headings on a page of {@code size} with {@code needed} points left under them
	 * for what follows: a new page when a section starts or the page is of another size or too full.
	 */
	private void flush(PDRectangle size, float needed) throws IOException {
		float headings = pendingHeight();
		if (pendingPage || !flow.started() || !size.equals(flow.paper())) {
			flow.newPage(size);
		} else {
			// the headings stay with what follows them, as much of it as a page can hold
			flow.room(headings + Math.min(needed, flow.paper().getHeight() - 2 * PdfFlow.MARGIN - headings));
		}
		pendingPage = false;
		for (Pending p : pending) {
			flow.paragraph(p.text(), p.font(), p.size(), 0, p.colour());
			flow.down(p.after());
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
		return flow.wrap(p.text(), p.font(), p.size(), flow.width()).size();
	}

	/** The page for ordinary content: this one, or A4 upright after a landscape page or when a section starts. */
	private void flush(float needed) throws IOException {
		flush(pendingPage || !flow.started() ? PDRectangle.A4 : flow.paper(), needed);
	}

	@Override
	public void paragraph(String text) throws IOException {
		if (!pending.isEmpty()) {
			// a section's description goes with its heading onto the page of what follows (a process map's own page)
			pending.add(new Pending(text, regular, 10, Color.BLACK, 6));
			return;
		}
		flush(40);
		flow.paragraph(text, regular, 10, 0, Color.BLACK);
		flow.down(6);
	}

	@Override
	public void problem(String text) throws IOException {
		flush(40);
		flow.paragraph(text, regular, 11, 0, new Color(0xB7, 0x1C, 0x1C));
	}

	@Override
	public void list(List<String> items) throws IOException {
		flush(40);
		for (int i = 0; i < items.size(); i++) {
			flow.paragraph((i + 1) + ". " + items.get(i), regular, 11, 10, Color.BLACK);
		}
	}

	@Override
	public byte[] finish() throws IOException {
		if (!pending.isEmpty()) {
			flush(0);
		}
		flow.finish(report.locale());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

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
		boolean wide = PrintedDiagram.wide(naturalWidth, naturalHeight, flow.width());
		if (!wide) {
			PDRectangle size = PDRectangle.A4.equals(flow.paper()) || pendingPage || !flow.started() ? PDRectangle.A4 : flow.paper();
			float scale = fit(size, naturalWidth, naturalHeight);
			flush(size, naturalHeight * scale + 20);
			flow.room(naturalHeight * scale + 20);
			drawWhole(drawing, placement, naturalWidth, naturalHeight, scale);
			return;
		}
		float least = (float) PrintedDiagram.LEAST_SCALE;
		for (PDRectangle size : List.of(PdfFlow.LANDSCAPE, PdfFlow.A3_LANDSCAPE)) {
			float scale = fit(size, naturalWidth, naturalHeight);
			if (scale >= least || drawing.scene().titleStrip() == null && size == PdfFlow.A3_LANDSCAPE) {
				newLandscape(size);
				drawWhole(drawing, placement, naturalWidth, naturalHeight, fit(flow.paper(), naturalWidth, naturalHeight));
				return;
			}
		}
		// split on A4 when the diagram's height fits there at the readable size, else on A3
		drawSplit(drawing, placement, naturalHeight, least,
				fit(PdfFlow.LANDSCAPE, 1, naturalHeight) >= least ? PdfFlow.LANDSCAPE : PdfFlow.A3_LANDSCAPE);
	}

	/** The scale that fits a diagram on a page of its own of the size, at most 1. */
	private float fit(PDRectangle size, float naturalWidth, float naturalHeight) throws IOException {
		float fullHeight = size.getHeight() - 2 * PdfFlow.MARGIN - 20 - pendingHeight();
		return Math.min(1, Math.min((size.getWidth() - 2 * PdfFlow.MARGIN) / naturalWidth, fullHeight / naturalHeight));
	}

	/** A page of its own for a wide diagram, with the section's headings on it. */
	private void newLandscape(PDRectangle size) throws IOException {
		pendingPage = true;
		flush(size, 0);
	}

	private void drawWhole(Drawing drawing, Placement placement, float naturalWidth, float naturalHeight, float scale) throws IOException {
		float room = flow.width();
		float height = naturalHeight * scale;
		float top = flow.paper().getHeight() - flow.y();
		flow.pages().draw(flow.content(), drawing.scene(), placement,
				PdfCanvas.pageTransform(flow.paper().getHeight(), PdfFlow.MARGIN + (room - naturalWidth * scale) / 2, top, scale));
		flow.frame(PdfFlow.MARGIN, flow.y() - height, room, height);
		flow.down(height);
		caption(drawing.title());
		// what follows a page of its own starts on an upright page
		if (!PDRectangle.A4.equals(flow.paper())) {
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
		float available = flow.y() - PdfFlow.MARGIN - 20;
		// at the readable size; smaller only when the diagram would not fit the page's height
		float scale = Math.min(1, Math.min(least, available / naturalHeight));
		float ptPerPx = PdfPages.PT_PER_PX * scale;
		Box bounds = drawing.scene().bounds();
		Box strip = drawing.scene().titleStrip();
		double dx = placement.dx();
		double dy = placement.dy();
		float stripWidth = (float) (strip.width() * ptPerPx);
		float sliceWidth = flow.width() - stripWidth;
		double slicePx = sliceWidth / ptPerPx;
		double start = strip.x() + strip.width();
		double end = bounds.x() + bounds.width() + DiagramScene.MARGIN;
		int count = Math.max(1, (int) Math.ceil((end - start) / slicePx));
		float height = naturalHeight * scale;
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				flow.newPage(size);
			}
			float top = flow.paper().getHeight() - flow.y();
			double from = start + i * slicePx;
			// the lanes' titles (without the diagram's own title above them) at the left of every page
			// (on the first page with the diagram's own title above them)
			float stripTop = i == 0 ? flow.y() : flow.y() - (float) ((strip.y() + dy) * ptPerPx);
			float stripBottom = flow.y() - (float) ((strip.y() + strip.height() + dy) * ptPerPx);
			flow.clipped(PdfFlow.MARGIN, stripBottom, stripWidth, stripTop - stripBottom, () -> flow.pages().draw(flow.content(), drawing.scene(), placement,
					PdfCanvas.pageTransform(flow.paper().getHeight(), (float) (PdfFlow.MARGIN - (strip.x() + dx) * ptPerPx), top, scale)));
			if (i == 0) {
				// the diagram's title, which runs on above the lanes
				flow.clipped(PdfFlow.MARGIN, stripTop - (float) ((strip.y() + dy) * ptPerPx), flow.width(), (float) ((strip.y() + dy) * ptPerPx),
						() -> flow.pages().draw(flow.content(), drawing.scene(), placement,
								PdfCanvas.pageTransform(flow.paper().getHeight(), (float) (PdfFlow.MARGIN - (strip.x() + dx) * ptPerPx), top, scale)));
			}
			// this page's part of the diagram, right of them
			float left = PdfFlow.MARGIN + stripWidth;
			flow.clipped(left, flow.y() - height, sliceWidth, height, () -> flow.pages().draw(flow.content(), drawing.scene(), placement,
					PdfCanvas.pageTransform(flow.paper().getHeight(), (float) (left - (from + dx) * ptPerPx), top, scale)));
			flow.frame(PdfFlow.MARGIN, flow.y() - height, flow.width(), height);
			flow.down(height);
			caption(drawing.title() + " (" + (i + 1) + "/" + count + ")");
		}
		pendingPage = true;
	}

	private void caption(String text) throws IOException {
		flow.paragraph(text, regular, 8, 0, PdfFlow.GREY);
		flow.down(10);
	}

	@Override
	public void table(Table table) throws IOException {
		// a table of many columns (a process map's activities) is set on A4 landscape pages
		boolean landscape = PdfTable.columns(table) >= WIDE_TABLE;
		flush(landscape ? PdfFlow.LANDSCAPE : pendingPage || !flow.started() ? PDRectangle.A4 : flow.paper(), 80);
		PdfTable.write(flow, table);
	}
}
