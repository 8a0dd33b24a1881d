package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The source tree as a new user gets it: a fresh clone is clean (every file is stored as
 * {@code .gitattributes} says), and {@code ./verkstad} after {@code ./mvnw verify} starts the program
 * that was just built instead of building it again.
 */
class SourceTreeTest {

	private static final Path ROOT = Path.of(System.getProperty("verkstad.root", "../..")).toAbsolutePath().normalize();

	@Test
	void everyFileIsStoredAsGitAttributesSaysSoAFreshCloneIsClean() throws Exception {
		if (!Files.isDirectory(ROOT.resolve(".git"))) {
			return; // a source archive without git: nothing to clone
		}
		Process git = new ProcessBuilder("git", "ls-files", "--eol").directory(ROOT.toFile()).redirectErrorStream(true).start();
		List<String> lines = new String(git.getInputStream().readAllBytes()).lines().toList();
		assertTrue(git.waitFor(2, TimeUnit.MINUTES) && git.exitValue() == 0, lines::toString);
		for (String line : lines) {
			// e.g. "i/crlf  w/crlf  attr/text eol=crlf  mvnw.cmd": a text file must be stored normalized (LF)
			if (line.contains("attr/text")) {
				assertTrue(line.startsWith("i/lf") || line.startsWith("i/none"), () -> "stored other than git checks it out, so a clone is dirty: " + line);
			}
		}
	}

	@Test
	void theStartScriptRunsWhatMvnwVerifyBuiltWithoutBuildingAgain() throws Exception {
		Path home = Files.createTempDirectory("verkstad-home");
		ProcessBuilder builder = new ProcessBuilder("sh", ROOT.resolve("verkstad").toString(), "--version").directory(ROOT.toFile());
		builder.environment().putAll(Map.of("HOME", home.toString(), "LANG", "C.UTF-8"));
		Process start = builder.start();
		boolean ended = start.waitFor(5, TimeUnit.MINUTES);
		if (!ended) {
			start.descendants().forEach(ProcessHandle::destroy);
			start.destroyForcibly();
		}
		String out = new String(start.getInputStream().readAllBytes());
		String err = new String(start.getErrorStream().readAllBytes());
		assertTrue(ended, "./verkstad --version did not end in 5 minutes: it built again?\n" + err);
		assertFalse(err.contains("building the program"), err);
		assertEquals(0, start.exitValue(), out + err);
		assertTrue(out.startsWith("Verkstad "), out);
	}
}
