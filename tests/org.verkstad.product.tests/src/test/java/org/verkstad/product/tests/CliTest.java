package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.product.tests.Product.Run;

/** The headless commands, run through the product's start script on the shipped examples. */
class CliTest {

	private static final Pattern FINDING = Pattern.compile("^(.+):(\\d+): (error|warning|hint|fel|varning|tips): .+$");

	@TempDir
	Path work;

	@Test
	void helpListsTheCommands() throws Exception {
		Run run = Product.run(work, "--help");
		assertEquals(0, run.exit(), run::toString);
		assertTrue(run.out().contains("validate [--fix] FILE") && run.out().contains("info FILE"), run::toString);
		Run swedish = Product.run(work, "--lang", "sv", "--help");
		assertTrue(swedish.out().contains("Kommandon:") && swedish.out().contains("kontrollera modeller"), swedish::toString);
	}

	@Test
	void everyCommandExplainsItself() throws Exception {
		for (String command : List.of("validate", "info", "export", "report", "pack", "check", "handin")) {
			Run run = Product.run(work, command, "--help");
			assertEquals(0, run.exit(), run::toString);
			assertTrue(run.out().startsWith("Usage: verkstad " + command), run::toString);
			Run swedish = Product.run(work, "--lang=sv", command, "--help");
			assertTrue(swedish.out().startsWith("Användning: verkstad " + command), swedish::toString);
		}
	}

	@Test
	void serveRefusesWhatItCannotServeInOneSentence() throws Exception {
		Run noFolder = Product.run(work, "--lang", "sv", "serve", "finns-inte");
		assertEquals(2, noFolder.exit(), noFolder::toString);
		assertEquals("finns-inte är ingen mapp.", noFolder.err().strip(), noFolder::toString);
		Run badPort = Product.run(work, "serve", ".", "--port", "abc");
		assertEquals(2, badPort.exit(), badPort::toString);
		assertTrue(badPort.err().contains("\"abc\" is not a port"), badPort::toString);
		Run twoFolders = Product.run(work, "serve", ".", "..");
		assertEquals(2, twoFolders.exit(), twoFolders::toString);
		assertTrue(twoFolders.err().contains("at most one folder"), twoFolders::toString);
		Run help = Product.run(work, "serve", "--help");
		assertTrue(help.out().startsWith("Usage: verkstad serve"), help::toString);
	}

	@Test
	void shippedExamplesHaveNoErrors() throws Exception {
		Run run = Product.run(Product.dir(), "validate", "examples");
		assertEquals(0, run.exit(), run::toString);
		assertTrue(run.err().isEmpty(), run::toString);
		// every notation has its example; the folder also has the activity-list template
		long files = models(Product.dir().resolve("examples")).size();
		assertEquals(5, models(Product.dir().resolve("examples")).stream().map(p -> p.toString().replaceAll(".*\\.", "")).distinct().count(),
				"the notations of the examples");
		assertTrue(Files.isRegularFile(Product.dir().resolve("examples/aktivitetslista-mall.xlsx")), "the activity-list template");
		String summary = lastLine(run.out());
		assertTrue(summary.startsWith(files + " files checked: 0 errors"), summary);
		for (String line : run.out().strip().split("\n")) {
			assertTrue(line == null || FINDING.matcher(line).matches() || line.equals(summary), line);
		}
	}

	@Test
	void errorsAreListedAsFileLineSeverityMessage() throws Exception {
		Path file = work.resolve("utan-start.xmi");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<process:ProcessModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:process="http://verkstad.org/2026/process"
				    id="p" name="Felanmälan">
				  <nodes xsi:type="process:Activity" id="a" name="Tar emot felanmälan" processingTime="-5"/>
				  <nodes xsi:type="process:EndEvent" id="e" name="Klart"/>
				  <flows id="f" source="a" target="e"/>
				</process:ProcessModel>
				""");
		Run run = Product.run(work, "validate", "utan-start.xmi");
		assertEquals(1, run.exit(), run::toString);
		assertTrue(run.out().contains("utan-start.xmi:4: error: The process has no start event."), run::toString);
		assertTrue(run.out().contains("utan-start.xmi:5: error: activity \u201cTar emot felanmälan\u201d has a negative processing time"),
				run::toString);
		Run swedish = Product.run(work, "--lang", "sv", "validate", "utan-start.xmi");
		assertEquals(1, swedish.exit());
		assertTrue(swedish.out().contains("utan-start.xmi:4: fel: Processen har ingen starthändelse."), swedish::toString);
	}

	@Test
	void unreadableFileExitsWithTwoAndChangesNothing() throws Exception {
		Path file = work.resolve("avklippt.xmi");
		Run toXmi = Product.run(work, "convert", Product.dir().resolve("examples").resolve(firstExample(".process")).toString(),
				"hel.xmi");
		assertEquals(0, toXmi.exit(), toXmi::toString);
		String example = Files.readString(work.resolve("hel.xmi"));
		Files.delete(work.resolve("hel.xmi"));
		Files.writeString(file, example.substring(0, example.length() / 3));
		byte[] before = Files.readAllBytes(file);
		Run run = Product.run(work, "validate", "avklippt.xmi", Product.dir().resolve("examples").toString());
		assertEquals(2, run.exit(), run::toString);
		assertTrue(Pattern.compile("^avklippt\\.xmi:\\d+: error: The file ends too early", Pattern.MULTILINE)
				.matcher(run.out()).find(), run::toString);
		assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run::toString);
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of("avklippt.xmi"), Stream.of(work.toFile().list()).toList());
	}

	@Test
	void infoSummarisesAProcessMapWithItsAnalyses() throws Exception {
		Path examples = Product.dir().resolve("examples");
		Run run = Product.run(examples, "info", firstExample(".process"));
		assertEquals(0, run.exit(), run::toString);
		for (String label : List.of("Notation", "Process map", "Main path", "Lead time (main path)", "Waiting share",
				"Value-adding share", "Hand-offs between lanes", "Cost per case", "Checks")) {
			assertTrue(run.out().contains(label), () -> label + " missing in\n" + run);
		}
		Run swedish = Product.run(examples, "--lang", "sv", "info", firstExample(".process"));
		assertTrue(swedish.out().contains("Processkarta") && swedish.out().contains("Ledtid (huvudvägen)"), swedish::toString);
	}

	@Test
	void infoWorksForEveryNotation() throws Exception {
		Path examples = Product.dir().resolve("examples");
		for (String suffix : List.of(".journey", ".swot", ".boxes")) {
			Run run = Product.run(examples, "--lang", "sv", "info", firstExample(suffix));
			assertEquals(0, run.exit(), run::toString);
			assertTrue(run.out().contains("Kontroller"), run::toString);
		}
	}

	@Test
	void mistakesOnTheCommandLineAreExplained() throws Exception {
		Run unknown = Product.run(work, "exportera");
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("There is no command \"exportera\"."), unknown::toString);
		Run noFiles = Product.run(work, "validate");
		assertEquals(2, noFiles.exit());
		assertTrue(noFiles.err().contains("Name at least one model file"), noFiles::toString);
		Run badOption = Product.run(work, "validate", "--verbose", "x.process");
		assertEquals(2, badOption.exit());
		assertTrue(badOption.err().contains("Unknown option \"--verbose\"."), badOption::toString);
		Run badLanguage = Product.run(work, "--lang", "fi", "--help");
		assertEquals(2, badLanguage.exit());
		Run missing = Product.run(work, "info", "finns-inte.xmi");
		assertEquals(2, missing.exit());
		assertTrue(missing.out().contains("finns-inte.xmi:0: error: The file does not exist."), missing::toString);
	}

	@Test
	void convertGoesFromTextToXmiAndBackWithoutLoss() throws Exception {
		Path examples = Product.dir().resolve("examples");
		for (Path example : (Iterable<Path>) Files.list(examples).filter(p -> p.toString().endsWith(".swot")
				|| p.toString().endsWith(".process"))::iterator) {
			Files.copy(example, work.resolve(example.getFileName()));
		}
		String name = firstExample(".swot");
		Run toXmi = Product.run(work, "convert", name, "swot.xmi");
		assertEquals(0, toXmi.exit(), toXmi::toString);
		assertTrue(Files.readString(work.resolve("swot.xmi")).contains("<swot:SwotModel"));
		Run back = Product.run(work, "convert", "swot.xmi", "tillbaka.swot");
		assertEquals(0, back.exit(), back::toString);
		assertTrue(Files.readString(work.resolve("tillbaka.swot")).contains("strengths {"));
		Run validate = Product.run(work, "validate", "tillbaka.swot");
		assertEquals(0, validate.exit(), validate::toString);
		Run broken = Product.run(work, "convert", "finns-inte.swot", "x.xmi");
		assertEquals(2, broken.exit(), broken::toString);
		assertFalse(Files.exists(work.resolve("x.xmi")));
		Run nowhere = Product.run(work, "convert", name, "saknas/mapp/swot.xmi");
		assertEquals(2, nowhere.exit(), nowhere::toString);
		assertTrue(nowhere.out().contains("does not exist. Make it first, or choose another folder."), nowhere::toString);
		assertFalse(Files.exists(work.resolve("saknas")), "no folder is made for a mistyped path");
	}

	@Test
	void aWindowsEncodedFileKeepsEveryLetterWhenFormattedAndABomIsNoMistake() throws Exception {
		String text = "// Å, ä och ö i en kommentar\nswot bibliotek \"SWOT – Biblioteket\" {\n strengths {\n  item s1 \"Kunnig personal på plats\"\n }\n}\n";
		Files.write(work.resolve("windows.swot"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		Run validate = Product.run(work, "validate", "windows.swot");
		assertEquals(0, validate.exit(), validate::toString);
		assertTrue(validate.out().contains("warning: The file is not in UTF-8: it was read as Windows-1252"), validate::toString);
		Run format = Product.run(work, "format", "windows.swot");
		assertEquals(0, format.exit(), format::toString);
		String saved = Files.readString(work.resolve("windows.swot"), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(saved.contains("// Å, ä och ö i en kommentar") && saved.contains("\"Kunnig personal på plats\"")
				&& saved.contains("\"SWOT – Biblioteket\""), saved);
		assertFalse(saved.contains("\uFFFD"), saved);
		byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xef;
		bom[1] = (byte) 0xbb;
		bom[2] = (byte) 0xbf;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		Files.write(work.resolve("bom.swot"), bom);
		Run withBom = Product.run(work, "validate", "bom.swot");
		assertEquals(0, withBom.exit(), withBom::toString);
		assertFalse(withBom.out().contains(": error:"), withBom::toString);
		assertTrue(withBom.out().contains("0 errors"), withBom::toString);
	}

	@Test
	void formatLaysOutTextFilesAndCheckReportsThem() throws Exception {
		Path example = Product.dir().resolve("examples").resolve(firstExample(".swot"));
		Path file = work.resolve("rörig.swot");
		String original = Files.readString(example);
		Files.writeString(file, original.replace("\n\t\t", "\n  ").replace("\n\t", "\n"));
		Run check = Product.run(work, "format", "--check", "rörig.swot");
		assertEquals(1, check.exit(), check::toString);
		assertTrue(check.out().contains("would change: rörig.swot"), check::toString);
		Run format = Product.run(work, "format", ".");
		assertEquals(0, format.exit(), format::toString);
		assertEquals(original, Files.readString(file));
		assertTrue(Files.exists(work.resolve("rörig.swot.bak")));
		Run again = Product.run(work, "format", "--check", "rörig.swot");
		assertEquals(0, again.exit(), again::toString);
	}

	@Test
	void exportDrawsEveryDiagramHeadlessAndGoesOnPastABrokenFile() throws Exception {
		Path examples = Product.dir().resolve("examples");
		Path models = Files.createDirectories(work.resolve("inlämningar"));
		for (Path example : models(examples)) {
			Files.copy(example, models.resolve(example.getFileName()));
		}
		Files.writeString(models.resolve("trasig.process"), "process trasig \"Trasig\" {\n\tlane l \"Bana\" {\n");
		// no DISPLAY: export needs no screen
		Run run = Product.run(work, "--lang", "sv", "export", "inlämningar", "--out", "ut");
		assertEquals(2, run.exit(), run::toString);
		assertTrue(run.out().contains("trasig.process:") && run.out().contains(": fel: "), run::toString);
		long count = models(examples).size();
		assertTrue(run.out().contains(count + " filer skrivna från " + count + " modeller, 1 misslyckades."), run::toString);
		assertTrue(run.out().contains("/" + (count + 1) + "] inlämningar/bibliotek.swot → ut/bibliotek.swot.pdf"), run::toString);
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(work.resolve("ut/bygglov-nulage.process.pdf").toFile())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Ansökan om bygglov – nuläge") && text.contains("Kundtjänst"), text);
		}
		Run svg = Product.run(work, "export", "inlämningar/bibliotek.swot", "--format", "svg", "--page", "fit", "--out", "svg");
		assertEquals(0, svg.exit(), svg::toString);
		assertTrue(Files.readString(work.resolve("svg/bibliotek.swot.tows.svg")).startsWith("<?xml"));
		Run png = Product.run(work, "export", "inlämningar/bibliotek.swot", "--format", "png", "--page", "a4", "--dpi", "100",
				"--out", "png");
		assertEquals(0, png.exit(), png::toString);
		var image = javax.imageio.ImageIO.read(work.resolve("png/bibliotek.swot.png").toFile());
		assertEquals(Math.ceil(210 / 25.4 * 100), image.getWidth(), 1, "A4 at 100 dpi");
		Run badDpi = Product.run(work, "--lang", "sv", "export", "inlämningar", "--dpi", "9000");
		assertEquals(2, badDpi.exit(), badDpi::toString);
		assertTrue(badDpi.err().contains("”9000” är ingen upplösning"), badDpi::toString);
		Run badFormat = Product.run(work, "export", "inlämningar", "--format");
		assertEquals(2, badFormat.exit(), badFormat::toString);
		assertTrue(badFormat.err().contains("The option --format needs a value."), badFormat::toString);
	}

	@Test
	void reportMakesAReportPerParticipantInEachFormat() throws Exception {
		Path examples = Product.dir().resolve("examples");
		for (String participant : List.of("anna", "bertil")) {
			Path folder = Files.createDirectories(work.resolve("inlämningar").resolve(participant));
			for (Path example : models(examples)) {
				Files.copy(example, folder.resolve(example.getFileName()));
			}
		}
		Run pdf = Product.run(work, "--lang", "sv", "report", "inlämningar", "--out", "rapporter");
		assertEquals(0, pdf.exit(), pdf::toString);
		long models = models(examples).size();
		assertTrue(pdf.out().contains("[1/2] anna: " + models + " modeller → rapporter/anna.report.pdf"), pdf::toString);
		assertTrue(pdf.out().contains("2 rapporter gjorda, 0 misslyckades."), pdf::toString);
		try (var document = org.apache.pdfbox.Loader.loadPDF(work.resolve("rapporter/bertil.report.pdf").toFile())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertTrue(text.contains("Kursrapport") && text.contains("Länkar mellan modellerna") && text.contains("Aktiviteter"),
					text.substring(0, Math.min(text.length(), 1000)));
		}
		Run docx = Product.run(work, "report", "inlämningar/anna", "--format", "docx", "--out", "anna.docx");
		assertEquals(0, docx.exit(), docx::toString);
		byte[] zip = Files.readAllBytes(work.resolve("anna.docx"));
		assertTrue(zip[0] == 'P' && zip[1] == 'K', "a DOCX is a zip");
		Run html = Product.run(work, "report", "inlämningar/anna/bibliotek.swot", "--format", "html", "--out", "swot.html");
		assertEquals(0, html.exit(), html::toString);
		assertTrue(Files.readString(work.resolve("swot.html")).contains("<svg "));
		// two groups with a participant of one name: the second report would overwrite the first
		for (String group : List.of("grupp1", "grupp2")) {
			Path anna = Files.createDirectories(work.resolve("grupper").resolve(group).resolve("anna"));
			Files.copy(examples.resolve("bibliotek.swot"), anna.resolve("bibliotek.swot"));
		}
		Run same = Product.run(work, "--lang", "sv", "report", "grupper", "--out", "grupprapporter");
		assertEquals(2, same.exit(), same::toString);
		assertTrue(same.err().contains("anna: en annan deltagare med det namnet har redan skrivit"), same::toString);
		assertTrue(Files.isRegularFile(work.resolve("grupprapporter/anna.report.pdf")));
		Run missing = Product.run(work, "--lang", "sv", "report", "finns-inte");
		assertEquals(2, missing.exit(), missing::toString);
		assertTrue(missing.err().contains("finns-inte finns inte."), missing::toString);
	}

	@Test
	void packsAreCreatedInstalledAndListedAndAHostileOneIsRefused() throws Exception {
		Path course = Files.createDirectories(work.resolve("kurs"));
		for (Path example : models(Product.dir().resolve("examples"))) {
			Files.copy(example, course.resolve(example.getFileName()));
		}
		Run create = Product.run(work, "--lang", "sv", "pack", "create", "kurs", "--out", "kurs.vpack", "--title", "VM HT26");
		assertEquals(0, create.exit(), create::toString);
		assertTrue(create.out().contains("kurs.vpack: " + Files.list(course).count() + " mallar"), create::toString);
		java.util.Map<String, String> env = java.util.Map.of("VERKSTAD_PACKS", work.resolve("paket").toString());
		Run install = Product.run(work, env, "pack", "install", "kurs.vpack");
		assertEquals(0, install.exit(), install::toString);
		assertTrue(Files.isRegularFile(work.resolve("paket/vm-ht26-1/models/bibliotek.swot")), install::toString);
		Run list = Product.run(work, env, "pack", "list");
		assertTrue(list.out().startsWith("VM HT26 1"), list::toString);
		// a pack whose entry would land outside the packs' folder
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(work.resolve("ond.vpack")))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("../utanför.txt"));
			zip.write(1);
			zip.closeEntry();
		}
		// the pack's feedback checks over two participants, as CSV and HTML
		Files.writeString(course.resolve("checks.json"), "[{\"id\": \"faser\", \"kind\": \"count\", \"class\": \"Phase\", \"min\": 5,"
				+ " \"message\": {\"sv\": \"Resan har {0} faser.\", \"en\": \"The journey has {0} phases.\"}}]");
		Run withChecks = Product.run(work, "pack", "create", "kurs", "--out", "checks.vpack", "--title", "VM");
		assertEquals(0, withChecks.exit(), withChecks::toString);
		Path bertil = Files.createDirectories(work.resolve("inlamningar/bertil"));
		Files.copy(course.resolve("koksrenovering.journey"), bertil.resolve("koksrenovering.journey"));
		Run check = Product.run(work, "--lang", "sv", "check", "--pack", "checks.vpack", "inlamningar", "--out", "svar.csv");
		assertEquals(1, check.exit(), check::toString);
		assertTrue(check.out().contains("bertil: 0 av 1 kontroller godkända"), check::toString);
		assertTrue(Files.readString(work.resolve("svar.csv")).contains("\"bertil\",\"faser\",\"varning\",\"ej godkänd\",1,"));
		assertTrue(Files.readString(work.resolve("svar.html")).contains("<td>faser</td>"));
		Run evil = Product.run(work, env, "--lang", "sv", "pack", "install", "ond.vpack");
		assertEquals(2, evil.exit(), evil::toString);
		assertTrue(evil.err().contains("skulle skrivas utanför sin mapp; inget installerades"), evil::toString);
		assertFalse(Files.exists(work.resolve("utanför.txt")));
	}

	@Test
	void participantsHandInAndATeacherImportsTheHandInsWithAHostileOneRefused() throws Exception {
		Path anna = Files.createDirectories(work.resolve("anna"));
		Path bertil = Files.createDirectories(work.resolve("bertil"));
		Files.copy(Product.dir().resolve("examples/bygglov-nulage.process"), anna.resolve("bygglov-nulage.process"));
		Files.copy(Product.dir().resolve("examples/bygga-hus-bygglov.journey"), anna.resolve("bygga-hus-bygglov.journey"));
		Files.copy(Product.dir().resolve("examples/bibliotek.swot"), bertil.resolve("bibliotek.swot"));
		Path handIns = Files.createDirectories(work.resolve("inlamningar"));
		Run create = Product.run(work, "--lang", "sv", "handin", "create", "anna", "--participant", "Anna Andersson", "--out",
				"inlamningar/anna.vhandin");
		assertEquals(0, create.exit(), create::toString);
		assertTrue(create.out().contains("inlamningar/anna.vhandin: Anna Andersson, 2 modeller, 2 PDF:er"), create::toString);
		Run defaults = Product.run(work, "handin", "create", "bertil");
		assertEquals(0, defaults.exit(), defaults::toString);
		assertTrue(defaults.out().contains("bertil.vhandin: Kursledningen, Verksamhetsmodellering, 1 model, 1 PDF"), defaults::toString);
		Files.move(work.resolve("bertil.vhandin"), handIns.resolve("bertil.vhandin"));
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(handIns.resolve("ond.vhandin")))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("../utanför.txt"));
			zip.write(1);
			zip.closeEntry();
		}
		Run imported = Product.run(work, "--lang", "sv", "handin", "import", "inlamningar", "--into", "larare");
		assertEquals(1, imported.exit(), imported::toString);
		assertTrue(imported.out().contains("Anna Andersson: 2 modeller,"), imported::toString);
		assertTrue(imported.err().contains("ond.vhandin: inlämningen innehåller en fil som heter ”../utanför.txt”"), imported::toString);
		assertTrue(Files.isRegularFile(work.resolve("larare/anna-andersson/bygglov-nulage.process")));
		assertTrue(Files.isRegularFile(work.resolve("larare/anna-andersson/diagrams/bygglov-nulage.process.pdf")));
		assertTrue(Files.readString(work.resolve("larare/overview.html")).contains("<td>Anna Andersson</td>"));
		assertFalse(Files.exists(work.resolve("utanför.txt")) || Files.exists(work.resolve("larare/utanför.txt")));
		Run none = Product.run(work, "handin", "import", "anna");
		assertEquals(2, none.exit(), none::toString);
	}

	@Test
	void withoutAScreenTheWindowSaysSoInsteadOfFailing() throws Exception {
		Run run = Product.run(work); // no arguments: the window, but DISPLAY is not set
		assertEquals(2, run.exit(), run::toString);
		assertTrue(run.err().contains("Verkstad cannot open its window: there is no screen"), run::toString);
		assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
	}

	private static String firstExample(String suffix) throws Exception {
		try (Stream<Path> files = Files.list(Product.dir().resolve("examples"))) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().findFirst()
					.orElseThrow();
		}
	}

	/** The model files of a folder (the examples' folder also has the activity-list template), by name. */
	private static List<Path> models(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().matches(".*\\.(process|journey|swot|boxes|startstop)")).sorted().toList();
		}
	}

	private static String lastLine(String text) {
		String[] lines = text.strip().split("\n");
		return lines[lines.length - 1];
	}
}
