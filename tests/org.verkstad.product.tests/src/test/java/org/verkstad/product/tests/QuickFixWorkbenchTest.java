package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Quick fix in the workbench, as a participant meets it: a unit mistyped on the text page of the course's
 * process map, Ctrl+1 on its line, the offered fix chosen with Return; the saved file is as before the
 * mistake, and Ctrl+Z takes the fix back.
 */
class QuickFixWorkbenchTest extends WorkbenchTestBase {

	@Test
	void aMistypedUnitIsFixedWithCtrl1AndTheFixIsUndone() throws Exception {
		Examples examples = openCourseExamples("quickfix-diagram.png");
		Path model = examples.project().resolve("bygglov-nulage.process");
		String original = read(model);
		assertTrue(original.contains("\n\t\t\twait 0 min\n"), "line 21 of the example is the first step's waiting time");

		// the text page (its tab below the diagram), the keyboard in the text
		run(10, "xdotool", "mousemove", "--sync", "367", "531", "click", "1");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "660", "300", "click", "1");
		Thread.sleep(300);
		goToLine(21);
		run(10, "xdotool", "key", "--delay", "200", "End", "BackSpace");
		run(10, "xdotool", "type", "--delay", "50", "z");
		run(10, "xdotool", "key", "ctrl+s");
		waitFor(() -> read(model).contains("\n\t\t\twait 0 miz\n"), 20, "the mistake saved");

		// Ctrl+1 offers "Write “min” instead of “miz”" in a popup (a window of its own, without a name); Return,
		// once the popup is up, makes it
		Set<String> before = popups();
		run(10, "xdotool", "key", "ctrl+1");
		waitFor(() -> {
			try {
				return !before.containsAll(popups());
			} catch (IOException | InterruptedException e) {
				return false;
			}
		}, 120, "the quick fix popup");
		Thread.sleep(500); // its list is filled as it opens
		screenshot("quickfix-proposals.png");
		run(10, "xdotool", "key", "Return");
		Thread.sleep(1000);
		run(10, "xdotool", "key", "ctrl+s");
		waitFor(() -> read(model).equals(original), 20, "the fixed file, as it was before the mistake");
		screenshot("quickfix-applied.png");

		// one Ctrl+Z takes the fix back
		run(10, "xdotool", "key", "--delay", "300", "ctrl+z", "ctrl+s");
		waitFor(() -> read(model).contains("\n\t\t\twait 0 miz\n"), 20, "the fix undone");
	}
}
