package org.verkstad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
		assertTrue(run.out().contains("validate FILE|FOLDER"), run.out());
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
	}
}
