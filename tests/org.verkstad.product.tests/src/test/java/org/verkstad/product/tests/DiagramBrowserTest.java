package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The diagram editors in Debian's chromium, driven by playwright-core (browser/diagrams.test.mjs):
 * {@code verkstad serve} on a copy of the examples, then for each notation palette, rename, move,
 * connect, undo, redo and save, checked in the saved text; a step locked by a template refused
 * (browser/locks.test.mjs); two tabs of one file showing one model (browser/tabs.test.mjs); every diagram
 * opening readable at 1400×900 with the palette docked beside it and a narrow toolbar's menu
 * (browser/readable.test.mjs); each notation's PNG export compared pixel by pixel with the editor at 100 %
 * (browser/export-match.test.mjs, the images and their difference kept); quick fixes from the markers
 * (browser/fixes.test.mjs); no "connection lost and restored" banner after a pause past the idle timeout, and the
 * banner in Swedish after a real loss (browser/connection.test.mjs); the BPMN the product writes (every
 * example process map, and a Camunda Modeler file imported and written again) imported by bpmn-js's
 * modeler with no warning (browser/bpmn.test.mjs); a large map drawn from the model fetched with the page, with
 * only the flows in view in the page until Fit brings in the rest (browser/large.test.mjs). Screenshots go to
 * target/browser.
 */
class DiagramBrowserTest {

	@Test
	void theDiagramEditorsWorkInARealBrowser() throws Exception {
		Path browser = Paths.get("browser").toAbsolutePath();
		Path artifacts = Paths.get("target", "browser").toAbsolutePath();
		Files.createDirectories(artifacts);
		Path log = artifacts.resolve("diagrams.log");
		ProcessBuilder builder = new ProcessBuilder(List.of("node", "--test", "--test-reporter=spec",
				"--test-concurrency=1", "diagrams.test.mjs", "locks.test.mjs", "tabs.test.mjs", "readable.test.mjs", "export-match.test.mjs", "fixes.test.mjs", "connection.test.mjs", "bpmn.test.mjs", "large.test.mjs")).directory(browser.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().put("VERKSTAD_PRODUCT", Product.dir().toString());
		builder.environment().put("VERKSTAD_EXAMPLES", Product.root().resolve("examples").toAbsolutePath().toString());
		builder.environment().put("VERKSTAD_ARTIFACTS", artifacts.toString());
		Process process = builder.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		assertEquals(0, process.exitValue(), output);
	}
}
