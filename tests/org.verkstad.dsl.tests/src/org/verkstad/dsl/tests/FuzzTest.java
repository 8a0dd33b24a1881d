package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * A bounded fuzz test: 400 random mutations of the examples (fixed seed, so a failure can be
 * repeated). Reading and checking never fails with an exception: every problem is a message with
 * a line.
 */
class FuzzTest {

	private static final String[] TOKENS = { "{", "}", "\"", "->", "//", "/*", "^", "-", ".", ",", "process", "activity",
			"flow", "lane", "caused-by", "note", "item", "phase", "emotion", "time", "10 days", "-3", "å", "\u0000",
			"\uFEFF", "\t", "\n", "2024-13-45", "99999999999999999999" };

	@TempDir
	Path dir;

	@Test
	void mutatedExamplesGiveMessagesNotExceptions() throws Exception {
		Random random = new Random(20261123);
		List<String> examples = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Path example : Examples.models()) {
			examples.add(Files.readString(example));
			names.add(example.getFileName().toString());
		}
		int parsed = 0, refused = 0;
		for (int round = 0; round < 400; round++) {
			int which = random.nextInt(examples.size());
			String text = mutate(examples.get(which), random);
			Path file = dir.resolve(round + "-" + names.get(which));
			Files.writeString(file, text);
			ResourceSet resourceSet = ModelIO.newResourceSet();
			try {
				Model model = ModelIO.load(resourceSet, file);
				for (Finding finding : Validation.validate(model.eResource())) {
					String message = finding.message(Languages.SWEDISH);
					assertFalse(message.isBlank(), () -> "empty message for " + file);
					if (finding.code().equals("core.file.problem")) {
						assertTrue(finding.line() >= 1, () -> "no line: " + message);
					}
				}
				parsed++;
			} catch (ModelFileException e) {
				assertFalse(e.message(Languages.ENGLISH).isBlank());
				refused++;
			}
			Files.delete(file);
		}
		assertTrue(parsed > 200, "most mutations still give a model: " + parsed + " / refused " + refused);
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
