package org.verkstad.dsl.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Validation;
import org.verkstad.process.ProcessModel;
import org.verkstad.testsupport.Generated;

/**
 * Benchmark, not a test (run by {@code bench/run.sh}, never by {@code ./mvnw verify}): parses, links
 * and validates a generated process map of at least 10,000 lines of text, and loads the same model
 * from XMI in the same run. Targets: under 1 s, and at most 3 times the XMI load.
 */
class TextBenchmark {

	static final int LINES = 10_000;

	@Test
	void parseLinkValidateAgainstXmiLoad() throws Exception {
		Path dir = Files.createTempDirectory("bench-text");
		Path text = dir.resolve("stor.process");
		Path xmi = dir.resolve("stor.xmi");
		int elements = 1000;
		ProcessModel model;
		do {
			elements += 500;
			model = Generated.process(elements);
			model.setId("stor");
			ModelIO.save(model, text);
		} while (Files.readAllLines(text).size() < LINES);
		ModelIO.save(ModelIO.load(text), xmi);
		int lines = Files.readAllLines(text).size();

		int warmups = 5, runs = 11;
		long[] textNanos = new long[runs];
		long[] xmiNanos = new long[runs];
		for (int i = -warmups; i < runs; i++) {
			long start = System.nanoTime();
			Model parsed = ModelIO.load(text);
			Validation.validate(parsed.eResource());
			long textTime = System.nanoTime() - start;
			start = System.nanoTime();
			ModelIO.load(xmi);
			long xmiTime = System.nanoTime() - start;
			if (i >= 0) {
				textNanos[i] = textTime;
				xmiNanos[i] = xmiTime;
			}
		}
		Arrays.sort(textNanos);
		Arrays.sort(xmiNanos);
		double textMs = textNanos[runs / 2] / 1e6, xmiMs = xmiNanos[runs / 2] / 1e6;
		System.out.printf("BENCHMARK text: parse+link+validate %d lines (%d elements, %d KB): median %.0f ms "
				+ "(min %.0f, max %.0f); XMI load of the same model (%d KB): median %.0f ms; ratio %.1f×%n", lines,
				Generated.count(ModelIO.load(text)), Files.size(text) / 1024, textMs, textNanos[0] / 1e6,
				textNanos[runs - 1] / 1e6, Files.size(xmi) / 1024, xmiMs, textMs / xmiMs);
	}
}
