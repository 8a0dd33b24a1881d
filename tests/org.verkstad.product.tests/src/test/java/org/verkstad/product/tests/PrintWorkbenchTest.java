package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * File › Print… (Ctrl+P) on the diagram page: the platform's print dialog opens, and GTK's "Print to
 * File" printer (there is no other under Xvfb) writes the diagram as a PDF, {@code output.pdf} in the
 * folder the workbench was started in.
 */
class PrintWorkbenchTest extends WorkbenchTestBase {

	@Test
	void theDiagramIsPrintedWithCtrlP() throws Exception {
		Path pdf = Product.dir().resolve("output.pdf");
		Files.deleteIfExists(pdf);
		temporary.add(pdf);
		Examples examples = openCourseExamples("print-diagram.png");
		// the keyboard to the diagram (its empty top), then Ctrl+P
		run(10, "xdotool", "mousemove", "--sync", "800", "150", "click", "1");
		Thread.sleep(500);
		run(10, "xdotool", "key", "ctrl+p");
		focusWindow("^Print$", java.util.Set.of(), () -> "no print dialog; log:\n" + read(examples.log()));
		Thread.sleep(1500);
		screenshot("print-dialog.png");
		// the only printer, "Print to File" (the first row), then Print (the dialog's default button)
		run(10, "xdotool", "mousemove", "--sync", "410", "221", "click", "1");
		Thread.sleep(1000);
		run(10, "xdotool", "mousemove", "--sync", "885", "613", "click", "1");
		waitFor(() -> Files.isRegularFile(pdf) && pdf.toFile().length() > 10_000, 120, "the printed PDF");
		Thread.sleep(1000);
		byte[] bytes = Files.readAllBytes(pdf);
		assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
	}
}
