package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The user guide in the product, the way a participant reaches it: F1 on the drawn process map opens the
 * guide in place of the diagram at the process maps' section (its pages written for the browser), Ctrl+W closes it, Help › User Guide
 * opens it again, and a search marks the words found in the page. (Where F1 leads in each language, and
 * that the guide's panel is in Swedish and Norwegian: TranslationWalkThroughTest.)
 */
class HelpWorkbenchTest extends WorkbenchTestBase {

	/** The colour the guide marks the words of a search with (help.css: mark). */
	private static final String MARKED = "FFE58A";
	/** The line down the left of the guide's pages (help.css: main), on the screen whatever part is shown. */
	private static final String GUIDE = "C9D9EC";
	/** The colour of the guide's title (help.css: h1), on the screen only while the guide's top is shown. */
	private static final String TITLE = "2F6FB0";

	@Test
	void f1AndHelpUserGuideOpenTheGuideAndItsSearchMarksWhatItFinds() throws Exception {
		Examples examples = openCourseExamples("help-process-map.png");
		Path page = examples.home().resolve("Verkstad/.metadata/.plugins/org.verkstad.ui/help/guide/en.html");

		run(10, "xdotool", "windowfocus", "--sync", examples.window());
		run(10, "xdotool", "key", "F1");
		waitFor(() -> Files.isRegularFile(page), MIN_WAIT_SECONDS, "the guide's pages written by F1 (" + examples.log() + ")");
		assertTrue(Files.readString(page).contains("id=\"process\""), "the English guide with its process map section");
		// the guide's tab in front, with its page at the process maps' section, not at its top (where its
		// title is: about 1,300 pixels of the title's blue; elsewhere a tab's icon has about 130)
		waitForScreen("help-f1.png", shot -> pixels(shot, GUIDE) > 1000 && pixels(shot, TITLE) < 500,
				() -> "F1 did not show the guide at the process maps' section; log:\n" + read(examples.log()));

		run(10, "xdotool", "key", "ctrl+w");
		waitForActivities(true, "help-closed.png", 60, () -> "the process map did not come back; log:\n" + read(examples.log()));
		// Help › User Guide: the menu's first item
		run(10, "xdotool", "key", "--delay", "500", "alt+h", "Return");
		waitForScreen("help-menu.png", shot -> pixels(shot, GUIDE) > 1000,
				() -> "Help › User Guide did not show the guide; log:\n" + read(examples.log()));

		// the search field has the focus; the first hit is shown with the words marked
		Thread.sleep(1000);
		run(10, "xdotool", "type", "--delay", "80", "lead time");
		run(10, "xdotool", "key", "Return");
		waitForScreen("help-search.png", shot -> pixels(shot, MARKED) > 50,
				() -> "the search marked nothing; log:\n" + read(examples.log()));
	}
}
