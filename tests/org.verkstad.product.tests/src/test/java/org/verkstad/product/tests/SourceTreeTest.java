package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
		// run alone after sources were edited (tests/stress.sh), ./verkstad would rightly build again, and its
		// build of this platform only would take the other platforms' archives away from the tests after it
		Optional<Path> edited = editedSinceTheProductWasBuilt();
		assumeTrue(edited.isEmpty(), () -> "edited since the product was built: " + edited.orElseThrow());
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

	/**
	 * No message file names a key twice: the second silently replaces the first, so one of the two
	 * messages is never shown (export's "image too large" once gave way to another message of that key).
	 */
	@Test
	void noMessageFileNamesAKeyTwice() throws Exception {
		List<String> twice = new java.util.ArrayList<>();
		for (String top : List.of("bundles", "features", "releng")) {
			try (Stream<Path> files = Files.walk(ROOT.resolve(top))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".properties"))
						.filter(f -> StreamSupport.stream(ROOT.relativize(f).spliterator(), false)
								.noneMatch(part -> Set.of("target", "bin", "node_modules").contains(part.toString())))
						.toList()) {
					Map<String, Integer> keys = new java.util.HashMap<>();
					boolean continued = false;
					int number = 0;
					for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
						number++;
						boolean wasContinued = continued;
						continued = line.endsWith("\\") && !line.endsWith("\\\\");
						String trimmed = line.strip();
						if (wasContinued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
							continue;
						}
						java.util.regex.Matcher key = java.util.regex.Pattern.compile("((?:\\\\.|[^=:\\s\\\\])+)").matcher(trimmed);
						if (key.lookingAt()) {
							Integer first = keys.put(key.group(1), number);
							if (first != null) {
								twice.add(ROOT.relativize(file) + ":" + number + ": " + key.group(1) + " (also line " + first + ")");
							}
						}
					}
				}
			}
		}
		assertEquals(List.of(), twice);
	}

	/** A source file ./verkstad compares with the program's configuration and finds newer (as its stale() does). */
	private static Optional<Path> editedSinceTheProductWasBuilt() throws IOException {
		FileTime made = Files.getLastModifiedTime(Product.dir().resolve("configuration/config.ini"));
		Set<String> skipped = Set.of("target", "src-gen", "bin", "node_modules");
		for (String top : List.of("pom.xml", "bundles", "features", "releng", "examples")) {
			try (Stream<Path> files = Files.walk(ROOT.resolve(top))) {
				Optional<Path> newer = files.filter(Files::isRegularFile)
						.filter(f -> StreamSupport.stream(ROOT.relativize(f).spliterator(), false).noneMatch(part -> skipped.contains(part.toString())))
						.filter(f -> f.toFile().lastModified() > made.toMillis()).findFirst();
				if (newer.isPresent()) {
					return newer;
				}
			}
		}
		return Optional.empty();
	}
}
