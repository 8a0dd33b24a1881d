package org.verkstad.product.tests;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Key Figures in the product, the way a teacher reaches it: the explorer's menu of the course examples'
 * project opens the key-figure dashboard of that folder in the editor area (its tables' grey headers
 * fill the editor). The screenshots are kept in target/screenshots.
 */
class KeyFiguresWorkbenchTest extends WorkbenchTestBase {

	/** The dashboard's table headers (Tables: th background). */
	private static final String HEADER = "ECEFF1";

	@Test
	void theExplorersMenuOpensTheKeyFiguresOfAFolder() throws Exception {
		Examples examples = openCourseExamples("key-figures-process-map.png");
		// the project chosen in the explorer, its menu (Shift+F10: Course Report… and then Key Figures), Key Figures
		run(10, "xdotool", "mousemove", "--sync", "80", "133", "click", "1");
		Thread.sleep(1000);
		Set<String> before = popups();
		run(10, "xdotool", "key", "shift+F10");
		waitFor(() -> {
			try {
				return !before.containsAll(popups());
			} catch (IOException | InterruptedException e) {
				return false;
			}
		}, MIN_WAIT_SECONDS, "the explorer's menu");
		Thread.sleep(500); // (its items are filled as it opens)
		screenshot("key-figures-menu.png");
		run(10, "xdotool", "mousemove", "--sync", "140", "378", "click", "1");
		waitForScreen("key-figures.png", shot -> pixels(shot, HEADER) > 5000,
				() -> "Key Figures did not show the dashboard; log:\n" + read(examples.log()));
	}
}
