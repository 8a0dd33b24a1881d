package org.verkstad.process.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.interchange.ActivityListInterchange;
import org.verkstad.testsupport.Examples;
import org.verkstad.testsupport.Findings;

/**
 * The activity-list template that ships with the examples ({@code examples/aktivitetslista-mall.xlsx}):
 * made here, so that what it holds is written down; run with {@code VERKSTAD_GOLDEN_UPDATE=1} to write it
 * anew after a change, and review the difference. It imports as a valid process map.
 */
class ActivityListTemplateTest {

	static final String NAME = "aktivitetslista-mall.xlsx";

	private static final String[] HEADERS = { "Nr", "Roll", "Steg", "Tid", "Väntetid", "Kostnad", "Frekvens", "Värde", "Nästa steg",
			"Villkor", "Problem", "Idé", "System", "Dokument", "Beskrivning" };

	/** The as-is building-permit map of the course, shortened: every column used once at least. */
	private static final String[][] ROWS = {
			{ "1", "Sökande", "Fyller i ansökan och bifogar ritningar", "3 timmar", "0 min", "0", "1200", "värdeskapande", "2", "",
					"Ritningar går inte att bifoga i e-tjänsten", "Guidad e-tjänst med uppladdning av ritningar", "E-tjänsteplattform",
					"Ansökan om bygglov", "Sökanden fyller i e-tjänsten eller en pappersblankett." },
			{ "2", "Kundtjänst", "Registrerar ärendet", "15 min", "1 dag", "120", "1200", "nödvändig", "3", "",
					"Uppgifterna skrivs av för hand", "Integration mellan e-tjänst och ärendehanteringssystem", "Ärendehanteringssystem",
					"Diarieblad", "" },
			{ "3", "Bygglovshandläggare", "Kontrollerar om ansökan är komplett", "30 min", "7 dagar", "360", "1740", "nödvändig", "4, 6", "",
					"Ansökan ligger i kö en vecka", "", "Ärendehanteringssystem", "Checklista", "" },
			{ "4", "Bygglovshandläggare", "Begär komplettering med brev", "25 min", "1 dag", "312", "600", "slöseri", "5", "Ofullständig",
					"Begäran skickas med post", "Begär kompletteringar digitalt via Mina sidor", "Ordbehandlare", "Föreläggande", "" },
			{ "5", "Sökande", "Kompletterar ansökan", "90 min", "10 dagar", "0", "540", "slöseri", "3", "", "", "", "E-post",
					"Kompletterande ritningar", "" },
			{ "6", "Bygglovshandläggare", "Granskar ansökan mot detaljplanen", "4 timmar", "7 dagar", "2880", "1200", "värdeskapande", "7",
					"Komplett", "", "", "Kartsystem (GIS)", "Detaljplan", "" },
			{ "7", "Bygglovshandläggare", "Fattar beslut på delegation", "20 min", "1 dag", "240", "1200", "värdeskapande", "8", "", "", "",
					"Ärendehanteringssystem", "Delegationsbeslut", "" },
			{ "8", "Kundtjänst", "Skickar beslutet med post", "20 min", "3 dagar", "175", "1200", "slöseri", "slut", "",
					"Sökanden ser inte att beslutet är fattat", "Digital brevlåda och status på Mina sidor", "Skrivare", "Beslut", "" } };

	private static final String[] INSTRUCTIONS = {
			"Aktivitetslista för Verkstad: en rad per steg i processen. Läs in den med Arkiv › Importera… eller verkstad import FIL.xlsx.",
			"Rubrikerna känns igen på svenska, norska och engelska; en kolumn som heter något annat anges med --columns \"Rubrik=step\".",
			"Steg: stegets namn (måste finnas). Roll: vem som gör det; varje roll blir en bana.",
			"Tid och Väntetid: som i textformatet, t.ex. 90 min, 3 timmar, 2 dagar, 1 vecka eller 1:30. Ett tal utan enhet är minuter.",
			"Kostnad: per ärende (300 eller 300 kr). Frekvens: antal per år. Värde: värdeskapande, nödvändig eller slöseri.",
			"Nästa steg: numren (Nr) eller namnen på stegen som följer, åtskilda med komma; slut för processens slut. Utan kolumnen följer stegen listans ordning.",
			"Ett steg med flera nästa steg får ett beslut efter sig. Villkor: vad som gäller när man kommer till just det här steget från ett beslut.",
			"Problem och Idé: ett per rad i cellen (Alt+Enter). System och Dokument: åtskilda med komma.",
			"Rader som inte kan läsas rapporteras med radnummer; resten importeras." };

	@TempDir
	Path dir;

	@Test
	void theTemplateShipsWithTheExamplesAndImportsAsAValidMap() throws Exception {
		Path shipped = Examples.dir().resolve(NAME);
		if ("1".equals(System.getenv("VERKSTAD_GOLDEN_UPDATE"))) {
			try (Workbook workbook = template(); OutputStream out = Files.newOutputStream(shipped)) {
				workbook.write(out);
			}
		}
		try (Workbook made = template(); InputStream in = Files.newInputStream(shipped); Workbook read = new XSSFWorkbook(in)) {
			assertEquals(cells(made), cells(read), "the template differs from what this test makes: run with VERKSTAD_GOLDEN_UPDATE=1");
		}
		Imported imported = new ActivityListInterchange().read(shipped, ImportOptions.of(new Locale("sv"), dir));
		ProcessModel model = (ProcessModel) imported.parts().get(0).model();
		assertEquals(3, model.getLanes().size());
		assertEquals(List.of("Överfört: banor 3, steg 8, sekvensflöden 11, beslut 1"), imported.summary());
		Path file = dir.resolve("aktivitetslista.process");
		imported.parts().get(0).save(file);
		Findings.assertNoErrors(ModelIO.load(file));
		assertTrue(Files.isRegularFile(dir.resolve("aktivitetslista.process.layout")));
	}

	private static Workbook template() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		CellStyle wrap = workbook.createCellStyle();
		wrap.setWrapText(true);
		Sheet sheet = workbook.createSheet("Aktiviteter");
		Row top = sheet.createRow(0);
		for (int c = 0; c < HEADERS.length; c++) {
			Cell cell = top.createCell(c);
			cell.setCellValue(HEADERS[c]);
			cell.setCellStyle(header);
		}
		for (int r = 0; r < ROWS.length; r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < ROWS[r].length; c++) {
				Cell cell = row.createCell(c);
				if (c == 5 || c == 6) {
					cell.setCellValue(Double.parseDouble(ROWS[r][c]));
				} else {
					cell.setCellValue(ROWS[r][c]);
				}
			}
		}
		int[] widths = { 5, 20, 40, 10, 10, 9, 9, 14, 11, 13, 40, 40, 24, 24, 40 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.createFreezePane(0, 1);
		Sheet help = workbook.createSheet("Instruktioner");
		help.setColumnWidth(0, 120 * 256);
		for (int i = 0; i < INSTRUCTIONS.length; i++) {
			Cell cell = help.createRow(i).createCell(0);
			cell.setCellValue(INSTRUCTIONS[i]);
			cell.setCellStyle(wrap);
		}
		return workbook;
	}

	private static List<String> cells(Workbook workbook) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		List<String> cells = new ArrayList<>();
		for (Sheet sheet : workbook) {
			cells.add("# " + sheet.getSheetName());
			for (Row row : sheet) {
				for (Cell cell : row) {
					cells.add(cell.getAddress() + " " + formatter.formatCellValue(cell));
				}
			}
		}
		return cells;
	}
}
