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

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.io.Tables.Captioned;
import org.verkstad.export.report.Dashboard;
import org.verkstad.testsupport.Examples;

/**
 * The key-figure dashboard of the examples (one participant) and of a course of three hand-ins: its
 * tables, its CSV (a row per figure, plain numbers), its XLSX reopened by POI (numbers as numbers) and
 * converted by LibreOffice, and the spread of the figures over the participants.
 */
class DashboardTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@TempDir
	Path dir;

	@Test
	void theExamplesKeyFiguresAsAPageATableAndAWorkbook() throws Exception {
		Path folder = Examples.copyTo(Files.createDirectories(dir.resolve("kursexempel")));
		Dashboard dashboard = Dashboard.of(folder, SWEDISH);
		List<String> captions = dashboard.tables().stream().map(Captioned::caption).toList();
		assertEquals(List.of("Processkarta: nyckeltal", "Medborgarresa: nyckeltal", "Effektmått", "Målbild mot nuläge"), captions);
		Captioned maps = dashboard.tables().get(0);
		assertEquals(List.of("bygglov-malbild.process", "bygglov-nulage.process"), maps.rows().stream().map(r -> r.get(1)).toList());
		int lead = maps.headers().indexOf("Ledtid (huvudvägen)");
		assertEquals("57 d 7 tim 10 min", maps.rows().get(1).get(lead));
		Captioned changes = dashboard.tables().get(3);
		assertTrue(changes.rows().stream().anyMatch(r -> r.get(3).equals("Ledtid (huvudvägen)") && r.get(6).equals("\u221255\u00a0%")),
				changes.rows().toString());
		assertTrue(changes.rows().stream().anyMatch(r -> r.get(3).equals("Rätt första gången") && r.get(6).equals("28 procentenheter")),
				changes.rows().toString());

		String csv = new String(dashboard.csv(), StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\"Deltagare\",\"Fil\",\"Notation\",\"Nyckeltal\",\"Värde\",\"Enhet\""), csv);
		assertTrue(csv.contains("\"bygglov-nulage.process\",\"Processkarta\",\"Ledtid (huvudvägen)\",57.2986,\"dagar\""), csv);
		assertTrue(csv.contains("\"Ledtid för en bygglovsansökan\",25.7264,\"dagar\",57,21"), csv);

		String html = new String(dashboard.html(), StandardCharsets.UTF_8);
		assertTrue(html.contains("<h2>Effektmått</h2>") && html.contains("87\u00a0% av vägen"), html);

		byte[] xlsx = dashboard.xlsx();
		Path file = dir.resolve("nyckeltal.xlsx");
		Files.write(file, xlsx);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertEquals(4, book.getNumberOfSheets());
			Sheet sheet = book.getSheetAt(0);
			assertEquals("Processkarta \u2013 nyckeltal", sheet.getSheetName());
			Row asIs = sheet.getRow(2);
			assertEquals(CellType.NUMERIC, asIs.getCell(lead).getCellType(), "a lead time is a number");
			assertEquals(57.2986, asIs.getCell(lead).getNumericCellValue(), 0.001, "in days");
		}
		// the workbook through LibreOffice, as a municipality's office suite opens it: the lead time in days, as formatted
		Path out = LibreOffice.convert(file, "csv:Text - txt - csv (StarCalc):44,34,76", dir);
		String converted = Files.readString(out.resolve("nyckeltal.csv"), StandardCharsets.UTF_8);
		assertTrue(converted.contains("bygglov-nulage.process") && converted.contains(",57.3,"), converted);
	}

	/** Three participants' folders, as handin import makes them: each one's figures, and their spread. */
	@Test
	void aCourseShowsTheSpreadOfEachFigure() throws Exception {
		Path course = Files.createDirectories(dir.resolve("kurs"));
		List<String> names = List.of("Anna Berg", "Bertil Ek", "Cecilia Holm");
		for (int i = 0; i < names.size(); i++) {
			Path folder = Files.createDirectories(course.resolve("deltagare-" + (i + 1)));
			String map = Files.readString(Examples.file("bygglov-nulage.process"), StandardCharsets.UTF_8)
					.replace("author \"Kursdeltagare, Byggnadsnämnden\"", "author \"" + names.get(i) + "\"")
					.replace("wait 21 days", "wait " + (7 * (i + 1)) + " days");
			Files.writeString(folder.resolve("bygglov-nulage.process"), map);
		}
		Dashboard dashboard = Dashboard.of(course, SWEDISH);
		List<String> captions = dashboard.tables().stream().map(Captioned::caption).toList();
		assertEquals(List.of("Processkarta: nyckeltal", "Processkarta: spridning över deltagarna"), captions);
		assertEquals(names, dashboard.tables().get(0).rows().stream().map(r -> r.get(0)).toList());
		Captioned spread = dashboard.tables().get(1);
		assertEquals(List.of("Nyckeltal", "Modeller", "Lägst", "Median", "Högst"), spread.headers());
		List<String> lead = new ArrayList<>(spread.rows().stream().filter(r -> r.get(0).equals("Ledtid (huvudvägen)")).findFirst()
				.orElseThrow());
		// the committee waits 7, 14 or 21 days; on the main path while it is the longest way (the neighbours' 14
		// days of the parallel block set the rest)
		assertEquals(List.of("Ledtid (huvudvägen)", "3", "43 d 7 tim 10 min", "50 d 7 tim 10 min", "57 d 7 tim 10 min"), lead);
		assertTrue(new String(dashboard.html(), StandardCharsets.UTF_8).contains("<h2>Processkarta: spridning över deltagarna</h2>"));
		String csv = new String(dashboard.csv(), StandardCharsets.UTF_8);
		assertTrue(csv.contains("\"Cecilia Holm\",\"bygglov-nulage.process\",\"Processkarta\",\"Ledtid (huvudvägen)\",57.2986"), csv);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(dashboard.xlsx()))) {
			assertEquals(2, book.getNumberOfSheets());
			assertEquals(3, book.getSheetAt(1).getRow(1).getCell(1).getNumericCellValue(), 0, "three models have it");
		}
	}
}
