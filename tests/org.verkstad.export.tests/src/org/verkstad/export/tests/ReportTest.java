package org.verkstad.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.export.report.CourseReport;
import org.verkstad.export.report.ReportFormat;
import org.verkstad.export.report.Reports;
import org.verkstad.testsupport.Examples;

/** Course reports of the examples as PDF, DOCX and HTML, read back as their readers would. */
class ReportTest {

	private static final Locale SV = Locale.forLanguageTag("sv");
	private static final Path SAMPLES = Path.of("target", "report-samples");

	@TempDir
	Path dir;

	private CourseReport examples() throws Exception {
		Path copy = Examples.copyTo(Files.createDirectories(dir.resolve("kursdeltagare")));
		List<Reports.Job> jobs = Reports.jobs(List.of(copy));
		assertEquals(1, jobs.size(), "one folder, one participant");
		return CourseReport.of(jobs.get(0).participant(), jobs.get(0).files(), SV);
	}

	@Test
	void theReportHasEveryModelWithItsTablesAndTheAnalyses() throws Exception {
		CourseReport report = examples();
		// a part per model, and the key figures (the dashboard) after them
		assertEquals(Examples.models().size() + 1, report.parts().size());
		assertTrue(report.parts().get(report.parts().size() - 1).heading().startsWith("Nyckeltal"),
				report.parts().get(report.parts().size() - 1).heading());
		CourseReport.Part process = report.parts().stream().filter(p -> p.file().toString().endsWith("bygglov-nulage.process"))
				.findFirst().orElseThrow();
		assertEquals(1, process.drawings().size());
		CourseReport.Table activities = process.tables().get(0);
		assertEquals("Aktiviteter", activities.caption());
		assertTrue(activities.rows().stream().anyMatch(r -> r.contains("Fyller i ansökan och bifogar ritningar")
				&& r.contains("3 tim") && r.contains("Medborgare (sökande)")), activities.rows().toString());
		assertTrue(process.analyses().stream().anyMatch(f -> f.label().startsWith("Ledtid")), process.analyses().toString());
		// the as-is map gives the shares of its decisions: the expected values over all paths too
		assertTrue(process.analyses().stream().anyMatch(f -> f.label().equals("Förväntad ledtid (alla vägar)")), process.analyses().toString());
		// the to-be map improves it: the two side by side, the removed activities in the as-is column
		CourseReport.Part toBe = report.parts().stream().filter(p -> p.file().toString().endsWith("bygglov-malbild.process"))
				.findFirst().orElseThrow();
		CourseReport.Table compared = toBe.tables().get(toBe.tables().size() - 1);
		assertEquals("Mot nulägeskartan bygglov-nulage.process", compared.caption());
		assertEquals(List.of("", "bygglov-nulage.process", "bygglov-malbild.process", "Förändring"), compared.header());
		assertTrue(compared.rows().stream().anyMatch(r -> r.get(0).equals("Ledtid (huvudvägen)") && r.get(3).contains("55")),
				compared.rows().toString());
		assertTrue(compared.rows().stream().anyMatch(r -> r.get(0).equals("Aktiviteter borttagna (7)")
				&& r.get(1).contains("Arkiverar pappersakten") && r.get(2).isEmpty()), compared.rows().toString());
		CourseReport.Part swot = report.parts().stream().filter(p -> p.file().toString().endsWith(".swot")).findFirst().orElseThrow();
		assertEquals(2, swot.drawings().size(), "SWOT and TOWS");
		assertEquals(List.of("SWOT", "TOWS-strategier", "Effektmått"), swot.tables().stream().map(CourseReport.Table::caption).toList());
		// the effect measure of the SWOT: baseline, target, the value now and how far it has come
		CourseReport.Table measures = swot.tables().get(2);
		assertEquals(List.of("Antal idéer man levererar på", "2 idéer per år", "6 idéer per år", "3 idéer per år", "25\u00a0% av vägen",
				"Effektmått 2 från workshopen i Almedalen"), measures.rows().get(0));
		CourseReport.Part journey = report.parts().stream().filter(p -> p.file().toString().endsWith("koksrenovering.journey"))
				.findFirst().orElseThrow();
		CourseReport.Table phases = journey.tables().stream().filter(t -> t.caption().equals("Resan fas för fas")).findFirst()
				.orElseThrow();
		assertTrue(phases.header().contains("Planerar kök"), "phases side by side: " + phases.header());
		assertFalse(report.links().rows().isEmpty(), "the examples link pain points to activities");
		assertTrue(report.cover().stream().anyMatch(f -> f.label().equals("Deltagare")));
	}

	/**
	 * The example course report prints: every page rendered to PNG (kept in
	 * {@code target/report-pages} to look at), no page holds only a heading, and every process map is
	 * on landscape pages of its own with no text smaller than 6 pt (the as-is map is split over pages,
	 * the lanes' titles repeated on each).
	 */
	@Test
	void pdfReportPrints() throws Exception {
		byte[] pdf = Reports.render(examples(), ReportFormat.PDF);
		Path pages = Files.createDirectories(Path.of("target", "report-pages"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			int processPages = 0;
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				ImageIO.write(renderer.renderImageWithDPI(i, 60), "png", pages.resolve("page-" + (i + 1) + ".png").toFile());
				List<float[]> sizes = new ArrayList<>();
				List<String> lines = new ArrayList<>();
				PDFTextStripper stripper = new PDFTextStripper() {
					@Override
					protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
						lines.add(text);
						for (TextPosition position : positions) {
							sizes.add(new float[] { position.getYScale() });
						}
						super.writeString(text, positions);
					}
				};
				stripper.setStartPage(i + 1);
				stripper.setEndPage(i + 1);
				String text = stripper.getText(document);
				List<String> content = lines.stream().filter(l -> !l.matches("Sida \\d+ av \\d+")).toList();
				assertTrue(content.size() >= 3, "page " + (i + 1) + " holds more than a heading: " + content);
				PDRectangle box = document.getPage(i).getMediaBox();
				// a page with a process map has its caption: "bygglov-nulage.process – Processkarta (1/2)"
				if (text.matches("(?s).*\\.process \u2013 Processkarta.*")) {
					processPages++;
					assertTrue(box.getWidth() > box.getHeight(), "page " + (i + 1) + ": a process map on a landscape page");
					float smallest = (float) sizes.stream().mapToDouble(s -> s[0]).min().orElse(99);
					assertTrue(smallest >= 6 - 0.01, "page " + (i + 1) + ": text of " + smallest + " pt");
					assertTrue(text.contains("Medborgare"), "page " + (i + 1) + " has the lanes' titles");
				}
			}
			assertTrue(processPages >= 2, processPages + " pages with a process map");
		}
	}

	/**
	 * The models come as a participant reads them: the process maps (the as-is before the to-be, though
	 * "malbild" sorts before "nulage"), the journeys, the SWOT, the three boxes; a header says no unit
	 * its cells do not say ("3 tim" under "Bearbetningstid", not "Bearbetningstid (minuter)").
	 */
	@Test
	void modelsComeInReadingOrderAndHeadersAgreeWithTheirCells() throws Exception {
		CourseReport report = examples();
		List<String> files = report.parts().stream().map(p -> p.file().getFileName().toString()).toList();
		assertEquals("bygglov-nulage.process", files.get(0), files.toString());
		assertEquals("bygglov-malbild.process", files.get(1), files.toString());
		List<String> kinds = files.stream().map(f -> f.substring(f.lastIndexOf('.') + 1)).toList();
		// (the key figures last, a part of the participant's folder)
		assertEquals(List.of("process", "process", "journey", "journey", "swot", "boxes", "boxes", "boxes", "boxes", "kursdeltagare"),
				kinds);
		CourseReport.Table activities = report.parts().get(0).tables().get(0);
		assertTrue(activities.header().contains("Bearbetningstid"), activities.header().toString());
		assertTrue(activities.header().stream().noneMatch(h -> h.contains("(minuter)")), activities.header().toString());
	}

	@Test
	void pdfReportKeepsTheTextSearchable() throws Exception {
		byte[] pdf = Reports.render(examples(), ReportFormat.PDF);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve("kursrapport.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertTrue(document.getNumberOfPages() >= Examples.models().size() + 2, "a title page, a page per model at least");
			String text = new PDFTextStripper().getText(document);
			for (String expected : List.of("Kursrapport", "Aktiviteter", "Resan fas för fas", "Länkar mellan modellerna",
					"Kontrollernas resultat", "Kundtjänst", "Smärtpunkter", "Tre lådor – Administratörer Umeå")) {
				assertTrue(text.contains(expected), expected + " in\n" + text.substring(0, Math.min(2000, text.length())));
			}
			assertTrue(text.contains("Sida 1 av " + document.getNumberOfPages()));
		}
	}

	@Test
	void docxOpensInPoiAndLibreOfficeConvertsIt() throws Exception {
		byte[] docx = Reports.render(examples(), ReportFormat.DOCX);
		Files.createDirectories(SAMPLES);
		Path file = SAMPLES.resolve("kursrapport.docx");
		Files.write(file, docx);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				if ("Heading1".equals(p.getStyle())) {
					headings.add(p.getText());
				}
			}
			assertEquals(Examples.models().size() + 3, headings.size(), "a heading per model, the key figures, links, checks: " + headings);
			assertTrue(headings.contains("Länkar mellan modellerna"));
			assertTrue(doc.getAllPictures().size() >= Examples.models().size(), "the diagrams as pictures");
			assertTrue(doc.getTables().size() > Examples.models().size(), "tables");
			assertTrue(doc.getStyles().styleExist("Heading1"));
		}
		// the same file through LibreOffice, as a municipality's office suite opens it
		Path converted = LibreOffice.convert(file, "pdf", dir).resolve("kursrapport.pdf");
		assertTrue(Files.isRegularFile(converted), converted.toString());
		try (PDDocument document = Loader.loadPDF(converted.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Länkar mellan modellerna") && text.contains("Resan fas för fas"), text.substring(0, 500));
			// as printed: every page to PNG (target/report-pages-docx), the process maps and the wide tables on
			// landscape pages, the as-is map cut into parts with the lanes' titles, no page with only a heading
			Path pages = Files.createDirectories(Path.of("target", "report-pages-docx"));
			PDFRenderer renderer = new PDFRenderer(document);
			int landscapeMaps = 0;
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				ImageIO.write(renderer.renderImageWithDPI(i, 60), "png", pages.resolve("page-" + (i + 1) + ".png").toFile());
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(i + 1);
				stripper.setEndPage(i + 1);
				String page = stripper.getText(document).strip();
				PDRectangle box = document.getPage(i).getMediaBox();
				assertTrue(page.lines().count() >= 2 || document.getPage(i).getResources().getXObjectNames().iterator().hasNext(),
						"page " + (i + 1) + " holds more than a heading: " + page);
				if (page.matches("(?s).*\\.process \u2013 Processkarta.*")) {
					assertTrue(box.getWidth() > box.getHeight(), "page " + (i + 1) + ": a process map on a landscape page");
					landscapeMaps++;
				}
			}
			assertTrue(landscapeMaps >= 3, landscapeMaps + " landscape pages with process maps (the as-is map in parts)");
		}
	}

	@Test
	void htmlReportIsOnePageWithTheDiagramsInline() throws Exception {
		CourseReport report = examples();
		String html = new String(Reports.render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
		Files.createDirectories(SAMPLES);
		Files.writeString(SAMPLES.resolve("kursrapport.html"), html);
		long drawings = report.parts().stream().mapToLong(p -> p.drawings().size()).sum();
		assertEquals(drawings, html.split("<svg ", -1).length - 1, "every diagram inline");
		assertTrue(html.startsWith("<!doctype html>") && html.contains("<html lang=\"sv\">"));
		assertTrue(html.contains("<caption>Aktiviteter</caption>"));
	}

	@Test
	void aFolderOfHandInsGivesAReportEachAndAnUnreadableFileIsReportedInsideIt() throws Exception {
		Path all = Examples.copyTo(Files.createDirectories(dir.resolve("src")));
		for (String participant : List.of("anna", "bertil", "cecilia")) {
			Path folder = Files.createDirectories(dir.resolve("inlamningar").resolve(participant));
			Files.copy(all.resolve("bibliotek.swot"), folder.resolve("bibliotek.swot"));
			Files.copy(all.resolve("bygglov-nulage.process"), folder.resolve("bygglov-nulage.process"));
		}
		Files.writeString(dir.resolve("inlamningar/bertil/trasig.xmi"), "<?xml version=\"1.0\"?><inte-en-modell");
		List<Reports.Job> jobs = Reports.jobs(List.of(dir.resolve("inlamningar")));
		assertEquals(List.of("anna", "bertil", "cecilia"), jobs.stream().map(Reports.Job::participant).toList());
		Path out = Files.createDirectories(dir.resolve("rapporter"));
		for (Reports.Job job : jobs) {
			Path written = Reports.write(job, ReportFormat.PDF, out.resolve(Reports.fileName(job, ReportFormat.PDF)), SV);
			assertTrue(Files.size(written) > 10_000);
		}
		try (PDDocument document = Loader.loadPDF(out.resolve("bertil.report.pdf").toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Filen kunde inte läsas") && text.contains("trasig.xmi"), text);
		}
	}
}
