package org.verkstad.process.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.export.interchange.Interchanges;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.ValueClass;
import org.verkstad.process.interchange.ActivityListInterchange;

/** Activity lists from Excel and CSV: Swedish and English headers, separators, encodings, bad cells by row. */
class ActivityListTest {

	private static final Locale SV = new Locale("sv");
	private static final ActivityListInterchange LIST = new ActivityListInterchange();

	/** 30 steps of a building-permit case in 4 lanes (the course's example, step by step). */
	private static final String[][] STEPS = {
			{ "Sökande", "Fyller i ansökan i e-tjänsten", "3 timmar", "0 min", "0", "1200", "värdeskapande" },
			{ "Sökande", "Tar fram situationsplan", "2 timmar", "1 dag", "0", "1200", "nödvändig" },
			{ "Sökande", "Bifogar fasad- och planritningar", "1 timme", "0", "0", "1200", "nödvändig" },
			{ "Kundtjänst", "Tar emot pappersansökan", "10 min", "1 dag", "80", "480", "slöseri" },
			{ "Kundtjänst", "Stämplar och skannar handlingarna", "20 min", "2 dagar", "160", "480", "slöseri" },
			{ "Kundtjänst", "Registrerar ärendet", "15 min", "1 dag", "120", "1200", "nödvändig" },
			{ "Kundtjänst", "Skickar bekräftelse till sökanden", "5 min", "0", "40", "1200", "nödvändig" },
			{ "Bygglovshandläggare", "Fördelar ärendet", "5 min", "2 dagar", "60", "1200", "nödvändig" },
			{ "Bygglovshandläggare", "Kontrollerar att ansökan är komplett", "30 min", "7 dagar", "360", "1740", "nödvändig" },
			{ "Bygglovshandläggare", "Begär komplettering", "25 min", "1 dag", "312", "600", "slöseri" },
			{ "Sökande", "Kompletterar ansökan", "90 min", "10 dagar", "0", "540", "slöseri" },
			{ "Kundtjänst", "Registrerar kompletteringen", "10 min", "1 dag", "80", "540", "slöseri" },
			{ "Bygglovshandläggare", "Kontrollerar kompletteringen", "20 min", "3 dagar", "240", "540", "nödvändig" },
			{ "Bygglovshandläggare", "Granskar ansökan mot detaljplanen", "4 timmar", "7 dagar", "2880", "1200", "värdeskapande" },
			{ "Bygglovshandläggare", "Gör platsbesök", "2 timmar", "5 dagar", "1440", "300", "värdeskapande" },
			{ "Bygglovshandläggare", "Skickar remiss till miljöförvaltningen", "15 min", "14 dagar", "180", "200", "nödvändig" },
			{ "Bygglovshandläggare", "Underrättar grannarna", "tre timmar", "14 dagar", "540", "1200", "nödvändig" },
			{ "Bygglovshandläggare", "Sammanställer grannarnas synpunkter", "30 min", "1 dag", "360", "400", "nödvändig" },
			{ "Bygglovshandläggare", "Skriver tjänsteskrivelse", "90 min", "2 dagar", "1080", "1200", "nödvändig" },
			{ "Bygglovshandläggare", "Skriver beslutsförslag", "60 min", "1 dag", "720", "1200", "nödvändig" },
			{ "Bygglovshandläggare", "Får chefens godkännande", "15 min", "3 dagar", "180", "1200", "slöseri" },
			{ "Bygglovshandläggare", "Fattar beslut på delegation", "20 min", "1 dag", "240", "1080", "värdeskapande" },
			{ "Byggnadsnämnden", "Bereder ärendet i arbetsutskottet", "30 min", "14 dagar", "900", "120", "nödvändig" },
			{ "Byggnadsnämnden", "Skickar ut kallelse och handlingar", "20 min", "7 dagar", "300", "120", "slöseri" },
			{ "Byggnadsnämnden", "Nämnden fattar beslut", "15 min", "21 dagar", "1500", "120", "nödvändig" },
			{ "Byggnadsnämnden", "Justerar protokollet", "10 min", "5 dagar", "150", "120", "nödvändig" },
			{ "Kundtjänst", "Skriver ut beslutet", "10 min", "1 dag", "80", "1200", "slöseri" },
			{ "Kundtjänst", "Skickar beslutet med post", "10 min", "3 dagar", "95", "1200", "slöseri" },
			{ "Kundtjänst", "Kungör beslutet i Post- och Inrikes Tidningar", "15 min", "4 veckor", "120", "1200", "nödvändig" },
			{ "Kundtjänst", "Arkiverar akten", "15 min", "7 dagar", "120", "1200", "slöseri" } };

	@TempDir
	Path dir;

	@Test
	void theFormatsAreContributed() {
		assertEquals(LIST.getClass(), Interchanges.reading(Path.of("lista.xlsx")).orElseThrow().getClass());
		assertEquals(LIST.getClass(), Interchanges.reading(Path.of("LISTA.CSV")).orElseThrow().getClass());
	}

	@Test
	void aSpreadsheetOfThirtyStepsInFourLanesBecomesALaidOutMap() throws Exception {
		Path xlsx = dir.resolve("bygglov-aktiviteter.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("Aktiviteter");
			row(sheet, 0, "Roll", "Aktivitet", "Tid", "Väntetid", "Kostnad", "Frekvens", "Värde", "Problem");
			for (int i = 0; i < STEPS.length; i++) {
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < STEPS[i].length; c++) {
					// numbers as numbers, as Excel keeps them
					if (STEPS[i][c].matches("\\d+") && c >= 4) {
						row.createCell(c).setCellValue(Double.parseDouble(STEPS[i][c]));
					} else {
						row.createCell(c).setCellValue(STEPS[i][c]);
					}
				}
			}
			sheet.getRow(5).createCell(7).setCellValue("Varje handling stämplas och skannas för hand");
			workbook.write(out);
		}
		Imported imported = LIST.read(xlsx, ImportOptions.of(SV, dir));
		ProcessModel model = (ProcessModel) imported.parts().get(0).model();
		assertEquals(List.of("Sökande", "Kundtjänst", "Bygglovshandläggare", "Byggnadsnämnden"), model.getLanes().stream().map(Lane::getName).toList());
		List<Activity> activities = model.getLanes().stream().flatMap(l -> l.getNodes().stream()).filter(Activity.class::isInstance)
				.map(Activity.class::cast).toList();
		assertEquals(30, activities.size());
		Activity scan = activities.stream().filter(a -> a.getName().startsWith("Stämplar")).findFirst().orElseThrow();
		assertEquals(20.0, scan.getProcessingTime());
		assertEquals(2 * 24 * 60.0, scan.getWaitingTime());
		assertEquals(160.0, scan.getCost());
		assertEquals(480.0, scan.getFrequency());
		assertEquals(ValueClass.WASTE, scan.getValueClass());
		assertEquals("Varje handling stämplas och skannas för hand", scan.getProblems().get(0).getName());
		Activity neighbours = activities.stream().filter(a -> a.getName().equals("Underrättar grannarna")).findFirst().orElseThrow();
		assertEquals(null, neighbours.getProcessingTime());
		assertEquals(14 * 24 * 60.0, neighbours.getWaitingTime());
		String summary = String.join("\n", imported.summary());
		// the unreadable time is reported by its row (the header is row 1)
		assertTrue(summary.contains("rad 18: Tid \"tre timmar\" för \"Underrättar grannarna\" kan inte läsas"), summary);
		assertTrue(summary.startsWith("Överfört: banor 4, steg 30, sekvensflöden 31"), summary);

		SavedMap.of(imported.parts().get(0), dir.resolve("bygglov-aktiviteter.process"));
	}

	@Test
	void aWindowsCsvWithSemicolonsAndNextStepsGetsDecisions() throws Exception {
		Path csv = dir.resolve("ekonomiskt-bistand.csv");
		String text = """
				Nr;Roll;Steg;Tid;Nästa steg;Villkor
				1;Medborgare;Ansöker om ekonomiskt bistånd;45 min;2;
				2;Handläggare;Kontrollerar ansökan;30 min;3, 4;
				3;Handläggare;Begär kompletterande uppgifter;15 min;2;Ofullständig
				4;Handläggare;Utreder rätten till bistånd;2 tim;5;Komplett
				5;Handläggare;Fattar beslut;20 min;slut;
				""";
		Files.write(csv, text.getBytes(Charset.forName("windows-1252")));
		Imported imported = LIST.read(csv, ImportOptions.of(SV, dir));
		ProcessModel model = (ProcessModel) imported.parts().get(0).model();
		assertEquals(List.of("Medborgare", "Handläggare"), model.getLanes().stream().map(Lane::getName).toList());
		Decision decision = (Decision) model.getLanes().get(1).getNodes().stream().filter(Decision.class::isInstance).findFirst().orElseThrow();
		assertEquals("Efter \u201dKontrollerar ansökan\u201d", decision.getName());
		List<SequenceFlow> ways = model.getFlows().stream().filter(f -> f.getSource() == decision).toList();
		assertEquals(List.of("Ofullständig", "Komplett"), ways.stream().map(SequenceFlow::getCondition).toList());
		assertTrue(String.join("\n", imported.summary()).contains("läst som Windows-1252"), imported.summary()::toString);
		SavedMap.of(imported.parts().get(0), dir.resolve("ekonomiskt-bistand.process"));
	}

	@Test
	void englishHeadersCommasAndAColumnNamedOtherwise() throws Exception {
		Path csv = dir.resolve("library.csv");
		Files.writeString(csv, "\uFEFFWho,What,Duration,Waiting time,Cost\nLibrarian,Receives the book,5 min,,\"1,5 kr\"\nLibrarian,Shelves the book,1:30,2 days,20\n",
				StandardCharsets.UTF_8);
		Imported plain = LIST.read(csv, ImportOptions.of(Locale.ENGLISH, dir));
		assertTrue(String.join("\n", plain.summary()).contains("the column \"Duration\" is not one Verkstad knows"), plain.summary()::toString);
		Imported named = LIST.read(csv, new ImportOptions(Locale.ENGLISH, dir, null, false, Map.of("Duration", "time")));
		ProcessModel model = (ProcessModel) named.parts().get(0).model();
		Activity shelves = (Activity) model.getLanes().get(0).getNodes().stream().filter(n -> "Shelves the book".equals(n.getName()))
				.findFirst().orElseThrow();
		assertEquals(90.0, shelves.getProcessingTime());
		assertEquals(20.0, shelves.getCost());
		Activity receives = (Activity) model.getLanes().get(0).getNodes().stream().filter(n -> "Receives the book".equals(n.getName()))
				.findFirst().orElseThrow();
		assertEquals(1.5, receives.getCost());
	}

	@Test
	void aListWithoutAStepColumnIsRefusedNamingItsHeaders() throws Exception {
		Path csv = dir.resolve("fel.csv");
		Files.writeString(csv, "Vem;Hur länge\nAnna;5 min\n");
		InterchangeException e = assertThrows(InterchangeException.class, () -> LIST.read(csv, ImportOptions.of(Locale.ENGLISH, dir)));
		assertEquals("list.noStepColumn", e.key());
		assertTrue(e.message(Locale.ENGLISH).startsWith("fel.csv:1: no column names the steps: the headers are Vem, Hur länge"),
				e.message(Locale.ENGLISH));
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < cells.length; c++) {
			row.createCell(c).setCellValue(cells[c]);
		}
	}
}
