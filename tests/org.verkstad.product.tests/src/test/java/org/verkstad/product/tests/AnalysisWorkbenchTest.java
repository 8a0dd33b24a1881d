package org.verkstad.product.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Analysis view in the product, the way a participant meets it: beside Properties it shows the figures
 * of the as-is map in the active editor, and they change when a time is typed on the text page and when a
 * step is renamed on the diagram (before anything is saved); the to-be map opened from the explorer shows
 * its figures, the two maps drawn side by side and the comparison. What the view shows is read from the
 * file {@code -Dverkstad.analysisTrace} names; the screenshots are kept in target/screenshots.
 */
class AnalysisWorkbenchTest extends WorkbenchTestBase {

	@Test
	void theAnalysisFollowsTheEditorAndEveryEdit() throws Exception {
		Path trace = Files.createTempFile("verkstad-analysis", ".html");
		Files.delete(trace);
		temporary.add(trace);
		Examples examples = openCourseExamples("analysis-process-map.png",
				Map.of("JDK_JAVA_OPTIONS", "-Dverkstad.analysisTrace=" + trace));

		// the Analysis tab, beside Properties below the editor
		run(10, "xdotool", "mousemove", "--sync", "539", "566", "click", "1");
		waitFor(() -> shows(trace, "Lead time (main path)", "57 d 7 h 10 min", "First-pass yield"), MIN_WAIT_SECONDS,
				"the as-is map's figures in the Analysis view (" + examples.log() + ")");
		screenshot("analysis-as-is.png");

		// typing: the first step waits two days instead of none; the lead time follows, nothing saved
		run(10, "xdotool", "mousemove", "--sync", "367", "531", "click", "1");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "660", "300", "click", "1");
		Thread.sleep(300);
		goToLine(21);
		run(10, "xdotool", "key", "--delay", "200", "End", "BackSpace", "BackSpace", "BackSpace", "BackSpace", "BackSpace");
		run(10, "xdotool", "type", "--delay", "50", "2 days");
		waitFor(() -> shows(trace, "59 d 7 h 10 min"), MIN_WAIT_SECONDS, "the lead time after typing (" + examples.log() + ")");
		screenshot("analysis-typed.png");

		// the diagram: the first step renamed with F2; the main path names it (a move changes no figure)
		run(10, "xdotool", "mousemove", "--sync", "318", "531", "click", "1");
		waitForActivities(true, "analysis-diagram.png", 60, () -> "the diagram page did not come back; log:\n" + read(examples.log()));
		Thread.sleep(2000);
		// (dragged a little, as a hand chooses it: the step chosen and the diagram's the keyboard)
		drag(683, 232, 703, 232);
		run(10, "xdotool", "key", "F2");
		Thread.sleep(700);
		run(10, "xdotool", "key", "ctrl+a");
		run(10, "xdotool", "type", "--delay", "50", "Fyller i e-ansökan");
		run(10, "xdotool", "key", "Return");
		waitFor(() -> shows(trace, "Behov av bygglov \u2192 Fyller i e-ansökan \u2192", "59 d 7 h 10 min"), MIN_WAIT_SECONDS,
				"the renamed step on the main path (" + examples.log() + ")");
		screenshot("analysis-diagram-edit.png");

		// the to-be map from the explorer: its figures, the two maps side by side and the comparison (with the
		// as-is map as saved)
		run(10, "xdotool", "mousemove", "--sync", "12", "133", "click", "1");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "140", "225", "click", "--repeat", "2", "--delay", "120", "1");
		waitFor(() -> shows(trace, "Ansökan om bygglov – önskat läge", "Compared with bygglov-nulage.process", "<svg",
				"57 d 7 h 10 min", "25 d 17 h 26 min", "Activities removed (7)"), MIN_WAIT_SECONDS,
				"the to-be map compared with the as-is map (" + examples.log() + ")");
		// the view maximised, to see it all
		run(10, "xdotool", "mousemove", "--sync", "517", "566", "click", "--repeat", "2", "--delay", "120", "1");
		Thread.sleep(3000);
		screenshot("analysis-to-be.png");
	}

	/** Whether the view shows all these texts now. */
	private static boolean shows(Path trace, String... texts) {
		String shown = Files.isRegularFile(trace) ? read(trace) : "";
		for (String text : texts) {
			if (!shown.contains(text)) {
				return false;
			}
		}
		return true;
	}
}
