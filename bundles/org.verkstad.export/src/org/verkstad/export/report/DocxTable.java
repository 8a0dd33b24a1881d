package org.verkstad.export.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.diagram.layout.TextMetrics;
import org.verkstad.export.report.CourseReport.Table;

/**
 * A report's table as a Word table: a header row repeated on every page, columns as wide as what they
 * hold, long words with soft hyphens so that Word and LibreOffice hyphenate them instead of cutting them.
 */
final class DocxTable {

	private DocxTable() {
	}

	/** The number of columns a table has. */
	static int columns(Table table) {
		return table.header().isEmpty() ? table.rows().get(0).size() : table.header().size();
	}

	/** Adds a table (without its caption) at the document's end, as wide as the paper allows. */
	static void write(XWPFDocument doc, Table t, DocxPaper paper, Hyphenation hyphenation) {
		int columns = columns(t);
		int rows = t.rows().size() + (t.header().isEmpty() ? 0 : 1);
		XWPFTable table = doc.createTable(rows, columns);
		table.setWidth("100%");
		try {
			widths(table, t, columns, paper);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int r = 0;
		if (!t.header().isEmpty()) {
			XWPFTableRow row = table.getRow(r++);
			row.setRepeatHeader(true);
			fill(row, t.header(), true, hyphenation);
		}
		for (List<String> cells : t.rows()) {
			fill(table.getRow(r++), cells, false, hyphenation);
		}
		doc.createParagraph();
	}

	/**
	 * Column widths from what the columns hold, as in the PDF: each at least its longest word (so Word does
	 * not break words), the rest shared by the columns' longest texts; a fixed layout so the widths hold.
	 */
	private static void widths(XWPFTable table, Table t, int columns, DocxPaper paper) throws IOException {
		double[] widths = ColumnWidths.of(t, columns, paper.contentWidth() * 20, 500, DocxTable::textWidth);
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int c = 0; c < columns; c++) {
			BigInteger twips = BigInteger.valueOf(Math.round(widths[c]));
			grid.addNewGridCol().setW(twips);
			for (XWPFTableRow row : table.getRows()) {
				row.getCell(c).setWidth(twips.toString());
			}
		}
	}

	/** The width of a text in table cells (9 pt DejaVu Sans, the diagrams' font, as Word's fallback measures about), in twips, with padding. */
	private static double textWidth(String text, boolean bold) {
		return (TextMetrics.width(text, 9, bold) + 12) * 20;
	}

	private static void fill(XWPFTableRow row, List<String> texts, boolean header, Hyphenation hyphenation) {
		for (int c = 0; c < row.getTableCells().size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			if (header) {
				cell.setColor("ECEFF1");
			}
			XWPFRun run = cell.getParagraphs().get(0).createRun();
			run.setFontSize(9);
			run.setBold(header);
			String[] lines = (c < texts.size() ? texts.get(c) : "").split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(hyphenation.withSoftHyphens(lines[i]));
			}
		}
	}
}
