package org.verkstad.export.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.verkstad.core.io.Tables.Captioned;

/**
 * Tables as an XLSX workbook, the one writer of them (the key-figure dashboard, a model's tables): a
 * sheet per table, each cell with the text a person reads and, where there is one, the number behind it
 * with the spreadsheet's number format, so that it sums and sorts.
 */
final class Sheets {

	/** Durations: a spreadsheet's time (days), shown as hours and minutes however long. */
	static final String DURATION = "[h]:mm";
	static final String MONEY = "#,##0.00";
	static final String NUMBER = "General";

	/** A cell's value: its text to read, and the number behind it with the spreadsheet's number format (or none). */
	record Value(String text, Double number, String format) {
		static Value text(String text) {
			return new Value(text == null ? "" : text, null, null);
		}
	}

	/** A table of cells. */
	record Grid(String caption, List<String> headers, List<List<Value>> rows) {
		Captioned captioned() {
			return new Captioned(caption, headers, rows.stream().map(r -> r.stream().map(Value::text).toList()).toList());
		}
	}

	private Sheets() {
	}

	/** A workbook with a sheet per table: numbers as numbers in their formats, the header bold and frozen. */
	static byte[] xlsx(List<Grid> grids) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Map<String, CellStyle> formats = new LinkedHashMap<>();
			Set<String> names = new LinkedHashSet<>();
			for (Grid grid : grids) {
				// (a sheet's name has no colon and at most 31 characters)
				String caption = grid.caption().replace(": ", " \u2013 ");
				String name = WorkbookUtil.createSafeSheetName(caption);
				for (int i = 2; !names.add(name); i++) {
					name = WorkbookUtil.createSafeSheetName(caption.substring(0, Math.min(25, caption.length())) + " " + i);
				}
				Sheet sheet = book.createSheet(name);
				Row head = sheet.createRow(0);
				for (int c = 0; c < grid.headers().size(); c++) {
					Cell cell = head.createCell(c);
					cell.setCellValue(grid.headers().get(c));
					cell.setCellStyle(header);
				}
				for (int r = 0; r < grid.rows().size(); r++) {
					Row row = sheet.createRow(r + 1);
					List<Value> cells = grid.rows().get(r);
					for (int c = 0; c < cells.size(); c++) {
						Value value = cells.get(c);
						Cell cell = row.createCell(c);
						if (value.number() != null) {
							cell.setCellValue(value.number());
							cell.setCellStyle(formats.computeIfAbsent(value.format(), f -> {
								CellStyle style = book.createCellStyle();
								style.setDataFormat(book.createDataFormat().getFormat(f));
								return style;
							}));
						} else {
							cell.setCellValue(value.text());
						}
					}
				}
				for (int c = 0; c < grid.headers().size(); c++) {
					sheet.setColumnWidth(c, Math.min(60, Math.max(10, grid.headers().get(c).length() + 2)) * 256);
				}
				sheet.createFreezePane(0, 1);
			}
			book.write(out);
			return out.toByteArray();
		}
	}
}
