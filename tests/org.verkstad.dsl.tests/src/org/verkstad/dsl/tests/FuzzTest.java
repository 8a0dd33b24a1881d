package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Validation;
import org.verkstad.testsupport.Examples;

/**
 * A bounded fuzz test: 5,000 random mutations of the examples, also the new forms of the text format
 * (units, parts in any order, several targets). The seed is fixed, so a failure can be repeated; run it
 * with another with {@code -Dverkstad.fuzz.seed=N} (or {@code random}) and more rounds with
 * {@code -Dverkstad.fuzz.rounds=N}. Reading and checking never fails with an exception or hangs (a
 * file is read and checked in well under a second; five are allowed): every problem is a message with a
 * line.
 */
class FuzzTest {

	private static final String[] TOKENS = { "{", "}", "\"", "->", "//", "/*", "^", "-", ".", ",", "process", "activity",
			"flow", "lane", "caused-by", "note", "item", "phase", "emotion", "time", "10 days", "-3", "å", "\u0000",
			"\uFEFF", "\t", "\n", "2024-13-45", "99999999999999999999", "1,5 tim", "2 dagar", "1 hour", "week", "kr",
			"meets", "tags", "description \"d\"", "remark", "priority high", "wait", "cost 300 SEK", "about { }" };
	private static final long SEED = seed();
	private static final int ROUNDS = Integer.getInteger("verkstad.fuzz.rounds", 5000);

	@TempDir
	Path dir;

	@Test
	void mutatedExamplesGiveMessagesNotExceptions() throws Exception {
		Random random = new Random(SEED);
		List<String> examples = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Path example : Examples.models()) {
			examples.add(Files.readString(example));
			names.add(example.getFileName().toString());
		}
		int parsed = 0, refused = 0;
		for (int round = 0; round < ROUNDS; round++) {
			int which = random.nextInt(examples.size());
			String text = mutate(examples.get(which), random);
			Path file = dir.resolve(round + "-" + names.get(which));
			Files.writeString(file, text);
			ResourceSet resourceSet = ModelIO.newResourceSet();
			boolean read = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
				try {
					Model model = ModelIO.load(resourceSet, file);
					for (Finding finding : Validation.validate(model.eResource())) {
						String message = finding.message(Languages.SWEDISH);
						assertFalse(message.isBlank(), () -> "empty message for " + file);
						assertFalse(message.contains("file:") || message.contains("#|"), () -> "an address in " + message);
						if (finding.code().equals("core.file.problem")) {
							assertTrue(finding.line() >= 1, () -> "no line: " + message);
						}
					}
					return true;
				} catch (ModelFileException e) {
					assertFalse(e.message(Languages.ENGLISH).isBlank());
					return false;
				}
			}, () -> "seed " + SEED + ": " + file.getFileName() + " took more than 5 s:\n" + text);
			if (read) {
				parsed++;
			} else {
				refused++;
			}
			Files.delete(file);
		}
		assertTrue(parsed > ROUNDS / 2, "most mutations still give a model: " + parsed + " / refused " + refused);
	}

	/** The seed: fixed, or the one given ({@code random} for a new one, printed so it can be repeated). */
	private static long seed() {
		String given = System.getProperty("verkstad.fuzz.seed");
		if (given == null || given.isBlank()) {
			return 20261123;
		}
		long seed = "random".equals(given) ? new Random().nextLong() : Long.parseLong(given);
		System.out.println("FuzzTest seed " + seed);
		return seed;
	}

	private static String mutate(String text, Random random) {
		StringBuilder out = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int i = 0; i < edits && out.length() > 2; i++) {
			int at = random.nextInt(out.length());
			switch (random.nextInt(5)) {
			case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(40)));
			case 1 -> out.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
			case 2 -> out.setLength(at);
			case 3 -> {
				int end = Math.min(out.length(), at + random.nextInt(200));
				out.insert(random.nextInt(out.length()), out.substring(at, end));
			}
			default -> out.setCharAt(at, (char) (32 + random.nextInt(200)));
			}
		}
		return out.toString();
	}
}
