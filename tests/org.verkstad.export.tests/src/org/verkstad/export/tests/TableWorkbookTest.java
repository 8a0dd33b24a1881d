package org.verkstad.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.Interchanges;
import org.verkstad.testsupport.Examples;

/** {@code export --format xlsx}: a model's report tables as sheets, times as durations, costs as numbers. */
class TableWorkbookTest {

	private static final Locale SWEDISH = new Locale("sv");

	@TempDir
	Path dir;

	@Test
	void everyExampleHasItsTablesAsSheets() throws Exception {
		for (Path example : Examples.models()) {
			Model model = ModelIO.load(example);
			String notation = example.getFileName().toString().replaceAll(".*\\.", "");
			Interchange workbook = Interchanges.writing("xlsx", notation).orElseThrow();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(example, model, SWEDISH)))) {
				assertTrue(book.getNumberOfSheets() >= 1, example::toString);
				for (Sheet sheet : book) {
					assertTrue(sheet.getPhysicalNumberOfRows() >= 2, example + ": " + sheet.getSheetName() + " has a header and rows");
				}
			}
		}
	}

	@Test
	void anActivitysTimesAreDurationsAndItsCostANumber() throws Exception {
		Path example = Examples.file("bygglov-nulage.process");
		byte[] xlsx = Interchanges.writing("xlsx", "process").orElseThrow().write(example, ModelIO.load(example), SWEDISH);
		Path file = dir.resolve("bygglov-nulage.xlsx");
		Files.write(file, xlsx);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet activities = book.getSheetAt(0);
			List<String> header = new ArrayList<>();
			activities.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			int name = header.indexOf("Namn");
			int time = header.indexOf("Bearbetningstid");
			int cost = header.indexOf("Kostnad per ärende");
			assertTrue(name >= 0 && time >= 0 && cost >= 0, header::toString);
			Row register = null;
			for (Row row : activities) {
				if (row.getCell(name).getStringCellValue().startsWith("Registrerar ärendet")) {
					register = row;
				}
			}
			Cell minutes = register.getCell(time);
			assertEquals(CellType.NUMERIC, minutes.getCellType());
			assertEquals(15.0 / (24 * 60), minutes.getNumericCellValue(), 1e-9, "15 min as a spreadsheet's time");
			assertEquals("[h]:mm", minutes.getCellStyle().getDataFormatString());
			assertEquals(120.0, register.getCell(cost).getNumericCellValue());
		}
		// a to-be map also has its effect measures and the comparison with its as-is map
		Path toBe = Examples.file("bygglov-malbild.process");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				Interchanges.writing("xlsx", "process").orElseThrow().write(toBe, ModelIO.load(toBe), SWEDISH)))) {
			List<String> sheets = new ArrayList<>();
			book.forEach(s -> sheets.add(s.getSheetName()));
			assertEquals(3, sheets.size(), sheets::toString);
			assertTrue(sheets.contains("Effektmått"), sheets::toString);
		}
		// as a municipality's office suite opens it: 15 minutes read as 0:15
		Path out = LibreOffice.convert(file, "csv:Text - txt - csv (StarCalc):44,34,76", dir);
		String converted = Files.readString(out.resolve("bygglov-nulage.csv"), StandardCharsets.UTF_8);
		assertTrue(converted.contains("Registrerar ärendet manuellt i ärendehanteringssystemet,0:15,24:00,"), converted);
	}
}
