package org.verkstad.export.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.verkstad.export.report.CourseReport.Table;

/**
 * A report's table on PDF pages: columns as wide as what they hold, a caption that stays with the
 * header and the first row, the header repeated on every page the table runs onto.
 */
final class PdfTable {

	private static final Color HEAD = new Color(0xEC, 0xEF, 0xF1);
	private static final float SIZE = 8.5f;
	private static final float LEADING = SIZE * 1.3f;
	private static final float PAD = 3;

	private final PdfFlow flow;
	private final Table table;
	private final float[] widths;

	private PdfTable(PdfFlow flow, Table table) throws IOException {
		this.flow = flow;
		this.table = table;
		this.widths = columnWidths();
	}

	/** The number of columns a table has. */
	static int columns(Table table) {
		return table.header().isEmpty() ? table.rows().get(0).size() : table.header().size();
	}

	/** Writes a table from where the flow is. */
	static void write(PdfFlow flow, Table table) throws IOException {
		new PdfTable(flow, table).write();
	}

	private void write() throws IOException {
		if (!table.caption().isEmpty()) {
			// the caption stays with the header and the first row
			float first = 0;
			if (!table.header().isEmpty()) {
				first += height(cells(table.header(), flow.bold()));
			}
			if (!table.rows().isEmpty()) {
				first += height(cells(table.rows().get(0), flow.regular()));
			}
			flow.room(11 * 1.3f + 3 + first);
			flow.paragraph(table.caption(), flow.bold(), 11, 0, Color.BLACK);
			flow.down(3);
		}
		if (!table.header().isEmpty()) {
			row(table.header(), flow.bold(), true);
		}
		for (List<String> r : table.rows()) {
			if (flow.y() - height(cells(r, flow.regular())) < PdfFlow.MARGIN) {
				flow.newPage(flow.paper());
				if (!table.header().isEmpty()) {
					row(table.header(), flow.bold(), true);
				}
			}
			row(r, flow.regular(), false);
		}
		flow.down(14);
	}

	private static float height(List<List<String>> cells) {
		return cells.stream().mapToInt(List::size).max().orElse(1) * LEADING + 2 * PAD;
	}

	private void row(List<String> texts, PDType0Font font, boolean header) throws IOException {
		List<List<String>> cells = cells(texts, font);
		float height = height(cells);
		flow.room(height);
		PDPageContentStream content = flow.content();
		float top = flow.y();
		float x = PdfFlow.MARGIN;
		for (int c = 0; c < widths.length; c++) {
			if (header) {
				content.setNonStrokingColor(HEAD);
				content.addRect(x, top - height, widths[c], height);
				content.fill();
			}
			content.setStrokingColor(PdfFlow.RULE);
			content.setLineWidth(0.5f);
			content.addRect(x, top - height, widths[c], height);
			content.stroke();
			float baseline = top - PAD - SIZE;
			for (String line : c < cells.size() ? cells.get(c) : List.<String>of()) {
				flow.show(line, font, SIZE, x + PAD, baseline, Color.BLACK);
				baseline -= LEADING;
			}
			x += widths[c];
		}
		flow.down(height);
	}

	private List<List<String>> cells(List<String> texts, PDType0Font font) {
		List<List<String>> cells = new ArrayList<>();
		for (int c = 0; c < widths.length; c++) {
			cells.add(flow.wrap(c < texts.size() ? texts.get(c) : "", font, SIZE, widths[c] - 2 * PAD));
		}
		return cells;
	}

	/**
	 * Widths by what the columns hold: each at least its longest word (so words are not broken) where
	 * the page allows, the rest shared by the columns' longest texts (up to a third of the page each).
	 */
	private float[] columnWidths() throws IOException {
		int columns = columns(table);
		double[] found = ColumnWidths.of(table, columns, flow.width(), 24,
				(text, header) -> PdfFlow.width(text, header ? flow.bold() : flow.regular(), SIZE) + 2 * PAD);
		float[] result = new float[columns];
		for (int c = 0; c < columns; c++) {
			result[c] = (float) found[c];
		}
		return result;
	}
}
