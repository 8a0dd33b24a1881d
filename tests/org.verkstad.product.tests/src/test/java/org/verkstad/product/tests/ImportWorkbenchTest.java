package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * File › Import from BPMN or Excel… in the product, as a participant uses it: the course examples'
 * project chosen, a BPMN file of two pools chosen in the file dialog, both pools kept in the dialog that
 * asks which, the summary read and closed; each pool is a process map with its layout in the project,
 * and the first one opens. The screenshots are kept in target/screenshots.
 */
class ImportWorkbenchTest extends WorkbenchTestBase {

	@Test
	void aBpmnFileOfTwoPoolsBecomesTwoMapsInTheProject() throws Exception {
		Examples examples = openCourseExamples("import-start.png");
		Path bpmn = Files.createTempDirectory("verkstad-bpmn").resolve("samverkan.bpmn");
		temporary.add(bpmn.getParent());
		Files.copy(Product.root().resolve("tests/org.verkstad.process.interchange.tests/resources/bpmn/corpus/two-pools.bpmn"), bpmn);
		// the project chosen in the explorer, then File › Import from BPMN or Excel…
		run(10, "xdotool", "mousemove", "--sync", "80", "133", "click", "1");
		Thread.sleep(1000);
		run(10, "xdotool", "key", "--delay", "400", "alt+f", "b");
		focusWindow("Import into", java.util.Set.of(), () -> "no file dialog; log:\n" + read(examples.log()));
		run(10, "xdotool", "key", "ctrl+l");
		Thread.sleep(500);
		run(10, "xdotool", "type", "--delay", "0", bpmn.toString());
		Thread.sleep(500);
		run(10, "xdotool", "key", "Return");
		// which pools: both are chosen already
		focusWindow("Import from BPMN or Excel", java.util.Set.of(), () -> "no choice of pools; log:\n" + read(examples.log()));
		screenshot("import-pools.png");
		run(10, "xdotool", "key", "Return");
		Path citizen = examples.project().resolve("samverkan-medborgare.process");
		Path municipality = examples.project().resolve("samverkan-kommunen.process");
		waitFor(() -> Files.isRegularFile(citizen) && Files.isRegularFile(municipality), MIN_WAIT_SECONDS,
				"the two maps were not written; log:\n" + read(examples.log()));
		assertTrue(Files.isRegularFile(examples.project().resolve("samverkan-medborgare.process.layout")));
		assertTrue(read(municipality).contains("\"Handlägger\""), read(municipality));
		// the summary: what was carried over, and the message flows between the pools that were not
		focusWindow("Import from BPMN or Excel", java.util.Set.of(), () -> "no summary; log:\n" + read(examples.log()));
		screenshot("import-summary.png");
		run(10, "xdotool", "key", "Return");
		waitForNoWindow("Import from BPMN or Excel", 30, () -> "the summary did not close");
		screenshot("import-opened.png");
	}
}
