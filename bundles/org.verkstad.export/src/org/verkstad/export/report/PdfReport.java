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
import org.verkstad.export.report.CourseReport.Part;
import org.verkstad.export.report.CourseReport.Table;
import org.verkstad.export.svg.Placement;

/**
 * A course report as a PDF on A4, laid out with PDFBox: a title page, a section per model (its
 * diagrams as vectors, scaled to the page, its analyses and tables), the links and the checks; text
 * in the diagrams' embedded font, page numbers at the foot.
 */
final class PdfReport {

	private static final float MARGIN = 50;
	private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
	private static final Color HEAD = new Color(0xEC, 0xEF, 0xF1);
	private static final Color GREY = new Color(0x55, 0x55, 0x55);

	private final CourseReport report;
	private final PDDocument document;
	private final PdfPages pages;
	private final PDType0Font regular;
	private final PDType0Font bold;
	private PDPageContentStream content;
	private float y;

	private PdfReport(CourseReport report, PDDocument document) {
		this.report = report;
		this.document = document;
		this.pages = new PdfPages(document);
		this.regular = pages.fonts().get(false, false);
		this.bold = pages.fonts().get(true, false);
	}

	static byte[] write(CourseReport report) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PdfReport pdf = new PdfReport(report, document);
			pdf.all();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private void all() throws IOException {
		document.getDocumentInformation().setTitle(report.title() + " \u2013 " + report.cover().get(0).value());
		newPage();
		y -= 120;
		paragraph(report.title(), bold, 28, 0, Color.BLACK);
		y -= 20;
		for (Fact f : report.cover()) {
			float top = y;
			paragraph(f.label(), bold, 12, 0, Color.BLACK);
			float after = y;
			y = top;
			paragraph(f.value(), regular, 12, 130, Color.BLACK);
			y = Math.min(y, after) - 4;
		}
		y -= 30;
		paragraph(CourseReport.text(report.locale(), "report.contents"), bold, 14, 0, Color.BLACK);
		for (int i = 0; i < report.parts().size(); i++) {
			paragraph((i + 1) + ". " + report.parts().get(i).heading(), regular, 11, 10, Color.BLACK);
		}
		for (Part part : report.parts()) {
			newPage();
			paragraph(part.heading(), bold, 18, 0, Color.BLACK);
			paragraph(part.subtitle(), regular, 10, 0, GREY);
			y -= 8;
			if (part.problem() != null) {
				paragraph(CourseReport.text(report.locale(), "report.unreadable", part.problem()), regular, 11, 0,
						new Color(0xB7, 0x1C, 0x1C));
				continue;
			}
			if (!part.description().isBlank()) {
				paragraph(part.description(), regular, 10, 0, Color.BLACK);
				y -= 6;
			}
			for (Drawing d : part.drawings()) {
				diagram(d);
			}
			if (!part.analyses().isEmpty()) {
				List<List<String>> rows = new ArrayList<>();
				part.analyses().forEach(f -> rows.add(List.of(f.label(), f.value())));
				table(new Table(CourseReport.text(report.locale(), "report.analyses"), List.of(), rows));
			}
			for (Table t : part.tables()) {
				table(t);
			}
		}
		newPage();
		paragraph(report.links().caption(), bold, 16, 0, Color.BLACK);
		y -= 6;
		if (report.links().rows().isEmpty()) {
			paragraph(CourseReport.text(report.locale(), "report.noLinks"), regular, 10, 0, Color.BLACK);
		} else {
			table(new Table("", report.links().header(), report.links().rows()));
		}
		y -= 16;
		room(60);
		paragraph(CourseReport.text(report.locale(), "report.checks"), bold, 16, 0, Color.BLACK);
		y -= 6;
		for (Fact f : report.checks()) {
			paragraph(f.label() + ": " + f.value(), regular, 10, 0, Color.BLACK);
		}
		y -= 6;
		if (report.findings().rows().isEmpty()) {
			paragraph(CourseReport.text(report.locale(), "report.noFindings"), regular, 10, 0, Color.BLACK);
		} else {
			table(report.findings());
		}
		content.close();
		footers();
	}

	// ---- flow ----

	private float width() {
		return PDRectangle.A4.getWidth() - 2 * MARGIN;
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	/** Starts a new page unless {@code height} points are left on this one. */
	private void room(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
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

	/** Lines no wider than {@code max}, broken at spaces (inside a word only when it is longer than a line). */
	static List<String> wrap(String text, PDType0Font font, float size, float max) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.length() == 0 ? word : line + " " + word;
				if (width(candidate, font, size) <= max) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (width(rest, font, size) > max && rest.length() > 1) {
					int cut = rest.length() - 1;
					while (cut > 1 && width(rest.substring(0, cut), font, size) > max) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private void diagram(Drawing drawing) throws IOException {
		Placement placement = Placement.of(drawing.scene().bounds(), Page.FIT);
		float naturalWidth = (float) placement.width() * PdfPages.PT_PER_PX;
		float naturalHeight = (float) placement.height() * PdfPages.PT_PER_PX;
		float fullHeight = PDRectangle.A4.getHeight() - 2 * MARGIN - 20;
		float scale = Math.min(1, Math.min(width() / naturalWidth, fullHeight / naturalHeight));
		float height = naturalHeight * scale;
		room(height + 20);
		float top = PDRectangle.A4.getHeight() - y;
		pages.draw(content, drawing.scene(), placement,
				PdfCanvas.pageTransform(PDRectangle.A4.getHeight(), MARGIN + (width() - naturalWidth * scale) / 2, top, scale));
		content.setStrokingColor(RULE);
		content.setLineWidth(0.5f);
		content.addRect(MARGIN, y - height, width(), height);
		content.stroke();
		y -= height;
		paragraph(drawing.title(), regular, 8, 0, GREY);
		y -= 10;
	}

	private void table(Table table) throws IOException {
		float size = 8.5f;
		float leading = size * 1.3f;
		float pad = 3;
		int columns = table.header().isEmpty() ? table.rows().get(0).size() : table.header().size();
		float[] widths = columnWidths(table, columns, size, pad);
		if (!table.caption().isEmpty()) {
			room(leading * 4);
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
				newPage();
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

	private static List<List<String>> cells(List<String> texts, float[] widths, PDType0Font font, float size, float pad)
			throws IOException {
		List<List<String>> cells = new ArrayList<>();
		for (int c = 0; c < widths.length; c++) {
			cells.add(wrap(c < texts.size() ? texts.get(c) : "", font, size, widths[c] - 2 * pad));
		}
		return cells;
	}

	/** Widths by what the columns hold: each its longest text up to a third of the page, then stretched to the page. */
	private float[] columnWidths(Table table, int columns, float size, float pad) throws IOException {
		float[] natural = new float[columns];
		List<List<String>> all = new ArrayList<>(table.rows());
		if (!table.header().isEmpty()) {
			all.add(table.header());
		}
		for (List<String> r : all) {
			for (int c = 0; c < columns && c < r.size(); c++) {
				float w = 0;
				for (String word : r.get(c).split("\n")) {
					w = Math.max(w, width(word, r == table.header() ? bold : regular, size));
				}
				natural[c] = Math.max(natural[c], Math.min(w + 2 * pad, width() / 3));
			}
		}
		float sum = 0;
		for (int c = 0; c < columns; c++) {
			natural[c] = Math.max(natural[c], 36);
			sum += natural[c];
		}
		float[] widths = new float[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = natural[c] * width() / sum;
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
				footer.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - width(text, regular, 8), MARGIN / 2);
				footer.showText(text);
				footer.endText();
			}
		}
	}
}
