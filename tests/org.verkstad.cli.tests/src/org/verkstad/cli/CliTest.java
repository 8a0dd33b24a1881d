package org.verkstad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.testsupport.Examples;

/**
 * The commands in-process, as the application runs them (the product's CliTest runs the start script):
 * exit codes, what goes to standard output and to standard error, in both languages.
 */
class CliTest {

	@TempDir
	Path dir;

	/** One run: exit code and both streams. */
	private record Run(int exit, String out, String err) {
	}

	private static Run run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(arguments);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void withoutACommandTheUsageIsPrintedAndTheExitIsAFailure() {
		Run run = run("--lang", "en");
		assertEquals(Command.FAILED, run.exit());
		assertTrue(run.out().startsWith("Verkstad – business modelling for public-sector courses"), run.out());
		assertTrue(run.out().contains("validate [--fix] FILE|FOLDER"), run.out());
	}

	@Test
	void validateChecksTheExamplesAndSumsUpInTheChosenLanguage() throws Exception {
		Path examples = Examples.copyTo(Files.createDirectories(dir.resolve("kurs")));
		Run english = run("--lang", "en", "validate", examples.toString());
		assertEquals(Command.OK, english.exit(), english::toString);
		assertTrue(english.out().contains("files checked: 0 errors"), english.out());
		Run swedish = run("--lang", "sv", "validate", examples.toString());
		assertTrue(swedish.out().contains("filer kontrollerade: 0 fel"), swedish.out());
	}

	@Test
	void aMistakeIsReportedAsFileLineSeverityMessage() throws Exception {
		Path file = dir.resolve("trasig.process");
		Files.writeString(file, "process trasig \"Trasig\" {\n\tstart s \"Start\"\n\tflow s -> finns-inte\n}\n");
		Run run = run("--lang", "en", "validate", file.toString());
		assertEquals(Command.FOUND_ERRORS, run.exit(), run::toString);
		assertTrue(run.out().contains("trasig.process:3:12: error: There is no step with the id"), run.out());
	}

	@Test
	void validateFixMakesTheSafeFixesSavesAndKeepsThePreviousVersion() throws Exception {
		Path file = dir.resolve("rattas.process");
		String text = """
				process rattas "Rättas" {
					lane l "Handläggare" {
						start s "Start"
						activity a "Tar emot" {
							time 20 mn
							necessary
						}
						activity a "Granskar" {
							time 1 hour
							value-adding
						}
					}
					flow f1 s -> a
				}
				""";
		Files.writeString(file, text);
		Run run = run("--lang", "en", "validate", "--fix", file.toString());
		// the unit first (until it is right nothing else is checked), then the id, then the end event
		assertTrue(run.out().contains(file + ":5: fixed: Write \u201cmin\u201d instead of \u201cmn\u201d\n"), run.out());
		assertTrue(run.out().contains(file + ":8: fixed: Give activity \u201cGranskar\u201d the id \u201cgranskar\u201d\n"), run.out());
		assertTrue(run.out().contains(file + ":1: fixed: Add an end event after the last steps\n"), run.out());
		assertTrue(run.out().contains("3 fixes made in 1 file."), run.out());
		String fixed = Files.readString(file);
		assertTrue(fixed.contains("\t\t\ttime 20 min\n") && fixed.contains("\t\tactivity granskar \"Granskar\" {\n")
				&& fixed.contains("\t\tend sluthandelse \"Sluthändelse\"\n\t}\n"), fixed);
		assertEquals(text, Files.readString(dir.resolve("rattas.process.bak")), "the previous version is kept");
		// the choice of which step "Granskar" follows is the user's: the path errors stay
		assertEquals(Command.FOUND_ERRORS, run.exit(), run::toString);
		assertTrue(run.out().contains("error: activity \u201cGranskar\u201d cannot be reached from the start event."), run.out());
		Run again = run("--lang", "sv", "validate", "--fix", file.toString());
		assertTrue(again.out().contains("0 rättelser i 0 filer."), again.out());
		assertEquals(fixed, Files.readString(file));
	}

	@Test
	void unknownCommandsAndOptionsAreExplainedOnStandardError() {
		Run command = run("--lang", "en", "valdate");
		assertEquals(Command.FAILED, command.exit());
		assertTrue(command.err().contains("valdate"), command.err());
		assertEquals("", command.out());
		Run option = run("--lang", "en", "info", "--colour");
		assertEquals(Command.FAILED, option.exit());
		assertTrue(option.err().contains("--colour"), option.err());
	}

	@Test
	void infoSummarisesAModel() throws Exception {
		Path examples = Examples.copyTo(Files.createDirectories(dir.resolve("kurs")));
		Run run = run("--lang", "sv", "info", examples.resolve("bygglov-nulage.process").toString());
		assertEquals(Command.OK, run.exit(), run::toString);
		assertTrue(run.out().contains("Processkarta") && run.out().contains("Ledtid (huvudvägen)"), run.out());
		// the as-is example gives the shares of its decisions: the expected values over all paths
		assertTrue(run.out().contains("Förväntad ledtid (alla vägar)") && run.out().contains("45 d 11 tim 24 min"), run.out());
		// (the percentages have a no-break space before the sign)
		assertTrue(run.out().contains("Rätt första gången (ärenden utan omtag)") && run.out().replace('\u00a0', ' ').contains("60 %"), run.out());
		// work done at the same time: the review beside the neighbours' answers, which take longer
		assertTrue(run.out().contains("Parallella delningar") && run.out().contains("Görs samtidigt"), run.out());
		Run toBe = run("--lang", "en", "info", examples.resolve("bygglov-malbild.process").toString());
		assertTrue(toBe.out().contains("Expected lead time (all paths)") && toBe.out().contains("13 d 5 h 58 min"), toBe.out());
		// a to-be map that improves an as-is map: the two side by side after its summary
		assertTrue(toBe.out().contains("Against the as-is map bygglov-nulage.process:") && toBe.out().contains("Activities added (7)"), toBe.out());
	}

	/**
	 * The as-is map against its to-be map: each figure of both with the change (the examples: the lead time
	 * from 57 d 7 h 10 min to 25 d 17 h 26 min, −55 %; expected over all paths −71 %), the activities removed, added and changed; two
	 * models of different notations are refused.
	 */
	/** The dashboard of the examples in each format, written where --out says; a file or a wrong format is refused. */
	@Test
	void dashboardWritesThePageTheTableAndTheWorkbook() throws Exception {
		Path examples = Examples.copyTo(Files.createDirectories(dir.resolve("kurs")));
		for (String format : List.of("html", "csv", "xlsx")) {
			Path out = dir.resolve("ut").resolve("nyckeltal." + format);
			Run run = run("--lang", "sv", "dashboard", examples.toString(), "--format", format, "--out", out.toString());
			assertEquals(Command.OK, run.exit(), run::toString);
			assertTrue(run.out().contains("Nyckeltal: kurs") && Files.size(out) > 1000, run.out());
		}
		assertTrue(Files.readString(dir.resolve("ut/nyckeltal.csv")).contains("\"Ledtid (huvudvägen)\",57.2986"));
		Run wrong = run("--lang", "en", "dashboard", examples.toString(), "--format", "pdf");
		assertEquals(Command.FAILED, wrong.exit());
		assertTrue(wrong.err().contains("html, csv, xlsx"), wrong.err());
		Run file = run("--lang", "en", "dashboard", examples.resolve("bibliotek.swot").toString());
		assertEquals(Command.FAILED, file.exit());
		assertTrue(file.err().contains("Name one folder"), file.err());
	}

	@Test
	void aProcessMapGoesOutAsBpmnAndComesBackWithASummary() throws Exception {
		Path examples = Examples.copyTo(Files.createDirectories(dir.resolve("kurs")));
		Path out = Files.createDirectories(dir.resolve("bpmn"));
		Run export = run("export", examples.resolve("bygglov-nulage.process").toString(), "--format", "bpmn", "--out", out.toString());
		assertEquals(0, export.exit(), export::toString);
		Path bpmn = out.resolve("bygglov-nulage.process.bpmn");
		assertTrue(Files.readString(bpmn).contains("laneSet") && Files.readString(bpmn).contains("BPMNShape"), export::toString);
		Run swot = run("export", examples.resolve("bibliotek.swot").toString(), "--format", "bpmn", "--out", out.toString());
		assertEquals(2, swot.exit(), swot::toString);
		assertTrue(swot.err().contains("bpmn is a format of process maps only"), swot::toString);

		Path back = examples.resolve("tillbaka.process");
		Run imported = run("--lang", "sv", "import", bpmn.toString(), "--out", back.toString());
		assertEquals(0, imported.exit(), imported::toString);
		assertTrue(imported.out().contains("Överfört: banor 4"), imported::toString);
		assertTrue(Files.isRegularFile(LayoutFile.of(back)), imported::toString);
		assertEquals(List.of(), ModelIO.load(back).eResource().getErrors());
		// never over an existing file without --force
		Run again = run("--lang", "en", "import", bpmn.toString(), "--out", back.toString());
		assertEquals(2, again.exit(), again::toString);
		assertTrue(again.err().contains("exists already"), again::toString);
		assertEquals(0, run("import", bpmn.toString(), "--out", back.toString(), "--force").exit());

		Path evil = dir.resolve("evil.bpmn");
		Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<definitions/>\n");
		Run refused = run("--lang", "en", "import", evil.toString());
		assertEquals(2, refused.exit(), refused::toString);
		assertTrue(refused.out().contains("evil.bpmn:2: error: the file has a DOCTYPE"), refused::toString);
		Run unknown = run("--lang", "en", "import", examples.resolve("bibliotek.swot").toString());
		assertEquals(2, unknown.exit(), unknown::toString);
		assertTrue(unknown.err().contains("is not a format Verkstad imports: it reads bpmn"), unknown::toString);
	}

	@Test
	void compareSetsTheAsIsMapBesideItsToBeMap() throws Exception {
		Path examples = Examples.copyTo(Files.createDirectories(dir.resolve("kurs")));
		Run run = run("--lang", "en", "compare", examples.resolve("bygglov-nulage.process").toString(),
				examples.resolve("bygglov-malbild.process").toString());
		assertEquals(Command.OK, run.exit(), run::toString);
		String lead = run.out().lines().filter(l -> l.startsWith("Lead time (main path)")).findFirst().orElseThrow();
		assertTrue(lead.contains("57 d 7 h 10 min") && lead.contains("25 d 17 h 26 min") && lead.contains("\u221231 d 13 h 44 min (\u221255%)"), lead);
		String expected = run.out().lines().filter(l -> l.startsWith("Expected lead time")).findFirst().orElseThrow();
		assertTrue(expected.contains("45 d 11 h 24 min") && expected.contains("13 d 5 h 58 min") && expected.contains("(\u221271%)"), expected);
		assertTrue(run.out().contains("Waste (activities)") && run.out().contains("Activities removed (7)")
				&& run.out().contains("Activities changed (6)") && run.out().contains("Kontrollerar om ansökan är komplett (time, waiting, cost)"), run.out());
		assertTrue(run.out().lines().filter(l -> l.startsWith("Waiting share")).findFirst().orElseThrow().endsWith("unchanged"), run.out());

		Run swedish = run("--lang", "sv", "compare", examples.resolve("bygglov-nulage.process").toString(),
				examples.resolve("bygglov-malbild.process").toString());
		assertTrue(swedish.out().contains("Förändring") && swedish.out().contains("Aktiviteter borttagna (7)"), swedish.out());

		Run different = run("--lang", "en", "compare", examples.resolve("bygglov-nulage.process").toString(), examples.resolve("bibliotek.swot").toString());
		assertEquals(Command.FAILED, different.exit());
		assertTrue(different.err().contains("different notations"), different.err());
		assertEquals(Command.FAILED, run("compare", examples.resolve("bygglov-nulage.process").toString()).exit());
	}
}
