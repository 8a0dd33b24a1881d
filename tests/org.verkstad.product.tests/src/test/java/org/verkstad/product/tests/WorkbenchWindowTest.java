package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the product without arguments in a real X server (Xvfb), as a user would, and drives the
 * workbench with the keyboard (xdotool); screenshots go to {@code target/screenshots}.
 */
class WorkbenchWindowTest extends WorkbenchTestBase {

	/**
	 * The workbench as a participant meets it: the window opens in the modelling perspective; File ›
	 * New › Course project makes a project filled with the course examples, whose checks become
	 * problem markers; a model opens from the explorer in its editor, which draws the diagram (a step
	 * dragged there and saved with the workbench's Ctrl+S writes the layout file), whose outline leads
	 * to an element's line on the text page, its second page, where typing, saving and undoing work; File › New › Process map makes a new
	 * model; Exit saves the workbench with the editor open. A screenshot of each step.
	 */
	@Test
	void aCourseProjectIsCreatedAndAModelOpens() throws Exception {
		Path home = Files.createTempDirectory("verkstad-home");
		Path log = Files.createTempFile("verkstad-gui", ".log");
		String window = startWorkbench(home, log);
		Thread.sleep(1500); // let it paint
		Path shot = screenshot("workbench-window.png");
		// the window shows more than one colour: something was drawn
		String colours = run(30, "identify", "-format", "%k", shot.toString()).strip();
		assertTrue(Integer.parseInt(colours) > 50, "colours in screenshot: " + colours);
		assertEquals("Verkstad", run(10, "xdotool", "getwindowname", window).strip());

		// File › New › Course project, named "kurs", with the examples (the default)
		run(10, "xdotool", "windowfocus", "--sync", window);
		run(10, "xdotool", "key", "--delay", "300", "alt+f", "Right", "Return");
		String wizard = run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "New course project").strip();
		assertTrue(!wizard.isEmpty(), () -> "no wizard; product log:\n" + read(log));
		Thread.sleep(500);
		run(10, "xdotool", "type", "--delay", "50", "kurs");
		screenshot("workbench-wizard.png");
		run(10, "xdotool", "key", "Return");
		Path project = home.resolve("Verkstad").resolve("kurs");
		waitFor(() -> Files.isRegularFile(project.resolve("bygglov-nulage.process")), 30, "the course project with the examples");
		assertTrue(Files.isRegularFile(project.resolve("bibliotek.swot")));

		// the new project is selected in the explorer: open its fifth model, the as-is process map; its
		// editor shows the diagram first (the activities' green is on the screen)
		Thread.sleep(1500);
		run(10, "xdotool", "key", "--delay", "300", "Right", "Down", "Down", "Down", "Down", "Down");
		Thread.sleep(500);
		run(10, "xdotool", "key", "Return");
		// (a screenshot grabs the X server: not too often while the page loads)
		Thread.sleep(4000);
		waitForActivities(true, "workbench-diagram.png", 60, () -> "the diagram page drew no process map; log:\n" + read(log));

		// a step dragged on the diagram page makes the editor dirty; the workbench's Ctrl+S saves the diagram,
		// which writes the layout file beside the model
		Path layout = project.resolve("bygglov-nulage.process.layout");
		assertTrue(!Files.exists(layout));
		drag(683, 232, 723, 232);
		screenshot("workbench-diagram-moved.png");
		run(10, "xdotool", "key", "ctrl+s");
		waitFor(() -> Files.isRegularFile(layout), 20, "the layout file the diagram's save writes");

		// an edit on the diagram page is an edit of the text: the moved step (still chosen) renamed with F2,
		// and saved; the file keeps its comments and layout around the new name
		Path model = project.resolve("bygglov-nulage.process");
		run(10, "xdotool", "key", "F2");
		Thread.sleep(700);
		run(10, "xdotool", "key", "ctrl+a");
		run(10, "xdotool", "type", "--delay", "50", "Fyller i e-ansökan");
		run(10, "xdotool", "key", "Return");
		Thread.sleep(1500);
		screenshot("workbench-diagram-renamed.png");
		run(10, "xdotool", "key", "ctrl+s");
		waitFor(() -> read(model).contains("\tactivity a-ansoka \"Fyller i e-ansökan\" {\n\t\t\ttime 3 hours\n"), 20,
				"the name given on the diagram in the saved text");
		assertTrue(read(model).startsWith("// Kursexempel ur kursmaterialet"), "the text's comments are kept");

		// the step chosen on the diagram is in the Properties view (its tab beside Problems), editable there:
		// its first row, "Cases per year", typed to 1500 and saved is the text's frequency
		run(10, "xdotool", "mousemove", "--sync", "450", "566", "click", "1");
		Thread.sleep(1000);
		screenshot("workbench-properties.png");
		run(10, "xdotool", "mousemove", "--sync", "820", "629", "click", "1");
		Thread.sleep(700);
		run(10, "xdotool", "key", "ctrl+a");
		run(10, "xdotool", "type", "--delay", "50", "1500");
		run(10, "xdotool", "key", "Return");
		Thread.sleep(1000);
		run(10, "xdotool", "key", "ctrl+s");
		waitFor(() -> read(model).contains("\t\t\tfrequency 1500\n"), 20, "the frequency typed in the Properties view in the saved text");

		// Ctrl+Z once on the diagram page undoes the last edit only (the frequency), not the rename before it:
		// the browser hands every key press to the workbench three times, and only the first may count
		run(10, "xdotool", "mousemove", "--sync", "800", "150", "click", "1");
		Thread.sleep(500);
		run(10, "xdotool", "key", "ctrl+z");
		Thread.sleep(1000);
		run(10, "xdotool", "key", "ctrl+s");
		waitFor(() -> read(model).contains("\t\t\tfrequency 1200\n"), 20, "the frequency undone and saved");
		Thread.sleep(1000);
		assertTrue(read(model).contains("activity a-ansoka \"Fyller i e-ansökan\""), "one Ctrl+Z undid one edit: the rename stays");

		// the outline lists the model's elements: choosing the first lane (its second row) shows its line
		// on the text page, so the diagram's colours leave the screen
		run(10, "xdotool", "mousemove", "--sync", "1130", "148", "click", "1");
		Thread.sleep(500);
		run(10, "xdotool", "key", "Return");
		waitForActivities(false, "workbench-outline.png", 20, () -> "choosing an element in the outline did not show the text page");

		// the text page (its tab below the diagram, where the perspective puts it in a 1280×800 window) has the
		// keyboard: a line typed and saved with Ctrl+S, then undone and saved again
		run(10, "xdotool", "mousemove", "--sync", "367", "531", "click", "1");
		Thread.sleep(1500);
		// the keyboard to the text (the outline had it), at its start
		run(10, "xdotool", "mousemove", "--sync", "660", "300", "click", "1");
		Thread.sleep(300);
		run(10, "xdotool", "key", "ctrl+Home");
		screenshot("workbench-model.png");
		String original = Files.readString(model);
		run(10, "xdotool", "type", "--delay", "50", "// checked by the test");
		run(10, "xdotool", "key", "--delay", "200", "Return", "ctrl+s");
		waitFor(() -> read(model).startsWith("// checked by the test\n"), 20, "the typed line in the saved file");
		// (typing is undone in one or two steps: one more would undo the rename, in the same history)
		undoUntil(model, original, 3, "the file as it was, after undo and save");

		// another program changes the file while a line is typed here: Ctrl+S asks instead of overwriting it;
		// "Load the file" shows the other version (nothing of it is lost), which is then edited back and saved
		run(10, "xdotool", "key", "ctrl+Home");
		run(10, "xdotool", "type", "--delay", "50", "// min rad");
		run(10, "xdotool", "key", "Return");
		String other = "// ändrat av ett annat program\n" + original;
		Files.writeString(model, other);
		run(10, "xdotool", "key", "ctrl+s");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Changed elsewhere").isBlank(),
				() -> "no question before saving over the other program's change; log:\n" + read(log));
		screenshot("workbench-changed-elsewhere.png");
		assertEquals(other, read(model), "nothing saved while the question is open");
		run(10, "xdotool", "key", "--delay", "300", "shift+Tab", "Return");
		waitForNoWindow("Changed elsewhere", 30, () -> "the question did not close");
		assertEquals(other, read(model), "the other program's change is kept");
		run(10, "xdotool", "key", "--delay", "200", "ctrl+Home", "shift+Down", "Delete", "ctrl+s");
		waitFor(() -> read(model).equals(original), 20, "the file as it was, edited back in the reloaded text");

		// an edit on the text page shows on the diagram page: the step's value class (line 24) typed from
		// value-adding to waste takes its green away; undo on the diagram page, in the same history, brings it back
		goToLine(24);
		run(10, "xdotool", "key", "--delay", "200", "Home", "shift+End");
		run(10, "xdotool", "type", "--delay", "50", "waste");
		Thread.sleep(300);
		screenshot("workbench-text-edited.png");
		run(10, "xdotool", "mousemove", "--sync", "318", "531", "click", "1");
		waitForActivities(false, "workbench-diagram-from-text.png", 20, () -> "the diagram page did not show the text's change");
		// the keyboard to the diagram (its empty top), then Ctrl+Z
		run(10, "xdotool", "mousemove", "--sync", "800", "150", "click", "1");
		Thread.sleep(500);
		// (typing over a selection is two steps in the text's history: the first letter, then the rest)
		for (int step = 0; step < 3 && pixels(screenshot("workbench-diagram-undone.png"), "D7F0D0") < 2000; step++) {
			run(10, "xdotool", "key", "ctrl+z");
			Thread.sleep(2000);
		}
		assertTrue(pixels(screenshot("workbench-diagram-undone.png"), "D7F0D0") > 2000,
				"undo on the diagram page did not undo the text's change");
		run(10, "xdotool", "key", "ctrl+s");
		Thread.sleep(1500);
		assertEquals(original, read(model), "after the undo the text is as saved before");

		// the text page has the language's services: keywords coloured, content assist (Ctrl+Space) proposing
		// the steps a flow can go to, and Format (Ctrl+Shift+F), which gives the new flow its id
		run(10, "xdotool", "mousemove", "--sync", "367", "531", "click", "1");
		Thread.sleep(1000);
		run(10, "xdotool", "mousemove", "--sync", "660", "300", "click", "1");
		assertTrue(pixels(screenshot("workbench-text-colours.png"), "7F0055") > 300, "the keywords are coloured");
		run(10, "xdotool", "key", "--delay", "200", "ctrl+End", "Up", "End", "Return");
		run(10, "xdotool", "type", "--delay", "50", "flow a-ansoka -> a-ar");
		run(10, "xdotool", "key", "ctrl+space");
		Thread.sleep(2500);
		screenshot("workbench-content-assist.png");
		run(10, "xdotool", "key", "Return");
		Thread.sleep(500);
		run(10, "xdotool", "key", "ctrl+shift+f");
		Thread.sleep(1000);
		run(10, "xdotool", "key", "ctrl+s");
		waitFor(() -> read(model).matches("(?s).*\\n\\tflow [a-z0-9-]+ a-ansoka -> a-arkivera\\n\\}\\s*"), 20,
				"the flow completed by content assist and formatted, saved");
		undoUntil(model, original, 6, "the flow undone");

		// cross-model links: Edit › Links to This Element on the step (its line, 19) lists the journey's pain
		// point that it causes; choosing it opens the journey there. From there Edit › Open Linked Element goes
		// back to the step, on its line: a comment typed there is saved just above it
		goToLine(19);
		run(10, "xdotool", "key", "--delay", "500", "alt+e", "h");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Links to activity").isBlank(),
				() -> "no list of links; log:\n" + read(log));
		Thread.sleep(1000);
		screenshot("workbench-links-here.png");
		run(10, "xdotool", "key", "Return");
		Thread.sleep(4000);
		screenshot("workbench-linked-journey.png");
		run(10, "xdotool", "key", "--delay", "500", "alt+e", "k");
		Thread.sleep(1500);
		run(10, "xdotool", "type", "--delay", "50", "// the pain point's cause");
		run(10, "xdotool", "key", "--delay", "200", "Return", "ctrl+s");
		waitFor(() -> read(model).contains("// the pain point's cause\n\t\tactivity a-ansoka "), 20,
				"the comment typed where Open Linked Element went");
		undoUntil(model, original, 4, "the comment undone");

		// zoom on the diagram page: Ctrl+- twice narrows the lanes' grey heading column (fewer of its pixels on
		// the screen, though more lanes show)
		run(10, "xdotool", "mousemove", "--sync", "318", "531", "click", "1");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "800", "150", "click", "1");
		Thread.sleep(500);
		int headings = pixels(screenshot("workbench-zoom-before.png"), "E2E2E2");
		run(10, "xdotool", "key", "--delay", "300", "ctrl+minus", "ctrl+minus");
		Thread.sleep(1500);
		int zoomedOut = pixels(screenshot("workbench-zoomed-out.png"), "E2E2E2");
		assertTrue(headings > 10000 && zoomedOut < headings * 0.85, "zoomed out: " + headings + " -> " + zoomedOut + " heading pixels");

		// closed (Ctrl+W) and opened again from the explorer (the fourth file of the project): the saved model,
		// drawn anew
		run(10, "xdotool", "key", "ctrl+w");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "137", "225", "click", "--repeat", "2", "1");
		Thread.sleep(3000);
		waitForActivities(true, "workbench-reopened.png", 60, () -> "the reopened model drew no diagram; log:\n" + read(log));

		// a step dragged and the drag undone: the editor is as saved again (Exit, below, would ask to save)
		drag(700, 250, 740, 260);
		run(10, "xdotool", "key", "ctrl+z");
		Thread.sleep(1500);

		// Problems (its tab below the editors): the first hint opens its file's text at its line
		run(10, "xdotool", "mousemove", "--sync", "337", "566", "click", "1");
		Thread.sleep(1000);
		run(10, "xdotool", "key", "--delay", "400", "Down", "Right", "Down", "Return");
		Thread.sleep(3000);
		screenshot("workbench-problem.png");

		// File › New › Process map (the second item): a new model in the same project, opened in its editor
		run(10, "xdotool", "key", "--delay", "300", "alt+f", "Right", "Down", "Return");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "New model: Process map").isBlank(),
				() -> "no model wizard; log:\n" + read(log));
		Thread.sleep(1000);
		screenshot("workbench-new-model.png");
		run(10, "xdotool", "key", "Return");
		Path newModel = project.resolve("process-map.process");
		waitFor(() -> read(newModel).startsWith("process process-map \"process map\""), 20, "the new process map's text");
		Thread.sleep(3000);

		// File › Exit (the menu's last item): the workbench keeps what was open
		run(10, "xdotool", "key", "--delay", "300", "alt+f", "Up", "Return");
		assertTrue(product.waitFor(60, TimeUnit.SECONDS), () -> "the workbench did not exit; log:\n" + read(log));
		Path state = home.resolve("Verkstad/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
		assertTrue(Files.isRegularFile(state), "the workbench saved its state");
		assertTrue(Files.readString(state).contains("bygglov-nulage.process"), "the model's editor was open at exit");
		assertTrue(Files.readString(state).matches("(?s).*\\.(journey|boxes).*"), "the problem's file was opened from Problems");
		assertTrue(Files.readString(state).contains("bygga-hus-bygglov.journey"), "the journey was opened through the link");
		// the checks' findings were problem markers (kept with the workspace): the journey's hints among them
		Path markers = home.resolve("Verkstad/.metadata/.plugins/org.eclipse.core.resources/.projects/kurs/.markers");
		assertTrue(Files.isRegularFile(markers), "the project has problem markers");
		assertTrue(new String(Files.readAllBytes(markers), StandardCharsets.ISO_8859_1)
				.contains("Which activity in your process causes pain point"), "a finding of the examples is a marker");
	}

	/**
	 * A new workspace opens on the welcome page, whose button opens the course examples. Window ›
	 * Language… switches the user interface to Swedish: the choice is kept in the workspace,
	 * the workbench restarts (the start script starts it again) and its menus and wizards are Swedish.
	 */
	@Test
	void theLanguageIsSwitchedInThePreferences() throws Exception {
		// a new workspace shows the welcome page: its first button makes a course project with the examples
		Examples examples = openCourseExamples("workbench-examples.png");
		Path home = examples.home();
		Path log = examples.log();
		String first = examples.window();

		// Window › Preferences (the last item), the page of the export defaults (found by its name): a
		// resolution of 300 dpi and the second format, SVG, are kept in the workspace
		run(10, "xdotool", "windowfocus", "--sync", first);
		run(10, "xdotool", "key", "--delay", "300", "alt+w", "Up", "Return");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Preferences").isBlank(), "the preferences open");
		Thread.sleep(1000);
		run(10, "xdotool", "type", "--delay", "50", "Export");
		Thread.sleep(1000);
		run(10, "xdotool", "mousemove", "--sync", "826", "211", "click", "1");
		run(10, "xdotool", "key", "ctrl+a");
		run(10, "xdotool", "type", "--delay", "50", "300");
		run(10, "xdotool", "mousemove", "--sync", "826", "135", "click", "1");
		Thread.sleep(700);
		run(10, "xdotool", "key", "--delay", "300", "Down", "Return");
		Thread.sleep(500);
		screenshot("workbench-export-preferences.png");
		run(10, "xdotool", "mousemove", "--sync", "893", "523", "click", "1");
		Path exportPrefs = home.resolve("Verkstad/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.verkstad.ui.prefs");
		waitFor(() -> read(exportPrefs).contains("export.dpi=300") && read(exportPrefs).contains("export.format=svg"), 20,
				"the export defaults in the workspace's preferences");

		// Window › Language… (second from the bottom), Svenska (the second choice), Apply and Close
		run(10, "xdotool", "windowfocus", "--sync", first);
		run(10, "xdotool", "key", "--delay", "300", "alt+w", "Up", "Up", "Return");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Preferences").isBlank(), "the language page opens");
		Thread.sleep(1000);
		run(10, "xdotool", "key", "--delay", "300", "Down", "space", "Return");
		Path prefs = home.resolve("Verkstad/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.verkstad.ui.prefs");
		waitFor(() -> read(prefs).contains("language=sv"), 20, "the language in the workspace's preferences");
		Thread.sleep(1000);
		screenshot("workbench-language.png");
		// "Restart now?" Yes
		run(10, "xdotool", "key", "Return");
		waitFor(() -> {
			try {
				String now = run(5, "xdotool", "search", "--onlyvisible", "--name", "^Verkstad").strip();
				return !now.isEmpty() && !now.split("\n")[0].equals(first);
			} catch (IOException | InterruptedException e) {
				return false;
			}
		}, 90, "the restarted workbench's window");
		assertTrue(product.isAlive(), () -> "the start script ended instead of starting the workbench again:\n" + read(log));
		Thread.sleep(2000);
		// the new window is mapped before it is painted: on a busy machine the screen can still be black
		Path swedish = Paths.get(System.getProperty("verkstad.screenshots", "target/screenshots"), "workbench-swedish.png");
		waitFor(() -> {
			try {
				Files.createDirectories(swedish.getParent());
				run(30, "import", "-display", display, "-window", "root", swedish.toString());
				return Files.size(swedish) > 20_000;
			} catch (IOException | InterruptedException e) {
				return false;
			}
		}, 30, "the restarted workbench painted");

		// Arkiv › Ny › Kursprojekt: the wizard speaks Swedish
		String restarted = run(10, "xdotool", "search", "--onlyvisible", "--name", "^Verkstad").strip().split("\n")[0];
		run(10, "xdotool", "windowfocus", "--sync", restarted);
		run(10, "xdotool", "key", "--delay", "300", "alt+a", "Right", "Return");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Nytt kursprojekt").isBlank(),
				() -> "no Swedish wizard; log:\n" + read(log));
		run(10, "xdotool", "key", "Escape");
	}

	/** {@code verkstad --lang sv} and nothing else opens the workbench in Swedish (not the command line's usage). */
	@Test
	void theWorkbenchOpensInTheLanguageGivenOnTheCommandLine() throws Exception {
		opensIn("sv", "Nytt kursprojekt", "a", "r", "f", "h");
	}

	/** {@code verkstad --lang nb} opens the workbench in Norwegian bokmål. */
	@Test
	void theWorkbenchOpensInNorwegian() throws Exception {
		opensIn("nb", "Nytt kursprosjekt", "f", "r", "v", "h");
	}

	/**
	 * Starts the workbench with {@code --lang language} alone: File › New › Course project (File's mnemonic the
	 * first of {@code menus}) opens the wizard of that title; each menu open in a screenshot, to look at (the
	 * platform's texts in the language: PlatformTranslationsTest).
	 */
	private void opensIn(String language, String wizard, String... menus) throws Exception {
		Path home = Files.createTempDirectory("verkstad-home");
		Path log = Files.createTempFile("verkstad-gui", ".log");
		String window = startWorkbench(home, log, "--lang", language);
		Thread.sleep(1500);
		run(10, "xdotool", "windowfocus", "--sync", window);
		run(10, "xdotool", "key", "--delay", "300", "alt+" + menus[0], "Right", "Return");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", wizard).isBlank(),
				() -> "no wizard " + wizard + "; log:\n" + read(log));
		screenshot("workbench-lang-" + language + ".png");
		run(10, "xdotool", "key", "Escape");
		assertTrue(!read(log).contains("Usage: verkstad") && !read(log).contains("Användning: verkstad"), () -> read(log));
		for (String menu : menus) {
			Thread.sleep(500);
			run(10, "xdotool", "key", "alt+" + menu);
			Thread.sleep(1000);
			screenshot("workbench-" + language + "-menu-" + menu + ".png");
			run(10, "xdotool", "key", "Escape");
		}
	}

	/**
	 * File › Export Diagram… on the example process map (the welcome page opens it): the dialog starts
	 * with the preferences' PDF and the model's folder, so Return alone writes the PDF beside the model.
	 * Then the text page, changed and not saved, exported as SVG with Ctrl+Shift+D: the change is drawn;
	 * and as BPMN, the format a BPMN tool reads.
	 */
	@Test
	void theDiagramIsExportedFromTheEditor() throws Exception {
		Examples examples = openCourseExamples("export-editor.png");
		Path model = examples.project().resolve("bygglov-nulage.process");

		// File › Export Diagram… (its mnemonic D), accepted as it opens
		run(10, "xdotool", "windowfocus", "--sync", examples.window());
		run(10, "xdotool", "key", "--delay", "500", "alt+f", "d");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Export Diagram").isBlank(),
				() -> "no Export Diagram dialog; log:\n" + read(examples.log()));
		Thread.sleep(1000);
		screenshot("export-dialog.png");
		run(10, "xdotool", "key", "Return");
		Path pdf = examples.project().resolve("bygglov-nulage.process.pdf");
		waitFor(() -> Files.isRegularFile(pdf), 30, "the exported PDF beside the model");
		// (written whole or not at all)
		String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
		assertTrue(bytes.startsWith("%PDF-") && bytes.strip().endsWith("%%EOF"), "a whole PDF");
		Thread.sleep(1000);
		screenshot("export-done.png");

		// the title (line 3) changed on the text page and not saved; Ctrl+Shift+D, the second format (SVG)
		run(10, "xdotool", "mousemove", "--sync", "367", "531", "click", "1");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "660", "300", "click", "1");
		goToLine(3);
		run(10, "xdotool", "key", "--delay", "100", "End", "Left", "Left", "Left");
		run(10, "xdotool", "type", "--delay", "50", " (utkast)");
		Thread.sleep(500);
		run(10, "xdotool", "key", "ctrl+shift+d");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Export Diagram").isBlank(),
				() -> "Ctrl+Shift+D opened no dialog; log:\n" + read(examples.log()));
		Thread.sleep(1000);
		run(10, "xdotool", "key", "--delay", "300", "alt+r", "Down");
		screenshot("export-dialog-svg.png");
		run(10, "xdotool", "key", "Return");
		Path svg = examples.project().resolve("bygglov-nulage.process.svg");
		waitFor(() -> read(svg).contains("</svg>"), 30, "the exported SVG");
		assertTrue(read(svg).contains("nuläge (utkast)"), "the editor's unsaved title is drawn");
		assertTrue(!read(model).contains("(utkast)"), "the model file is as saved");

		// the same text for a BPMN tool: the fourth format, after the diagrams' three
		run(10, "xdotool", "key", "ctrl+shift+d");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Export Diagram").isBlank(),
				() -> "Ctrl+Shift+D opened no dialog; log:\n" + read(examples.log()));
		Thread.sleep(1000);
		run(10, "xdotool", "key", "--delay", "300", "alt+r", "Down", "Down", "Down");
		screenshot("export-dialog-bpmn.png");
		run(10, "xdotool", "key", "Return");
		Path bpmn = examples.project().resolve("bygglov-nulage.process.bpmn");
		waitFor(() -> read(bpmn).contains("definitions>"), 30, "the exported BPMN");
		assertTrue(read(bpmn).contains("nuläge (utkast)") && read(bpmn).contains("BPMNShape"), "the editor's text, with its diagram");
	}

	/**
	 * File › Export… › Verkstad › Diagrams: the wizard starts with the open editor's model checked; two
	 * more are checked and all are exported as SVG into one folder. The editor's text has a mistake, not
	 * saved: that model fails, the summary says so, and the other two are exported.
	 */
	@Test
	void diagramsOfManyModelsAreExportedWithTheWizard() throws Exception {
		Examples examples = openCourseExamples("export-wizard-editor.png");

		// a mistake typed at the start of the process map's text, not saved
		run(10, "xdotool", "mousemove", "--sync", "367", "531", "click", "1");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "660", "300", "click", "1");
		run(10, "xdotool", "key", "ctrl+Home");
		run(10, "xdotool", "type", "--delay", "50", "oops ");
		Thread.sleep(1000);

		// File › Export… (its mnemonic O), the wizard found by its name
		run(10, "xdotool", "windowfocus", "--sync", examples.window());
		openExportWizard("Diagrams", "Export Diagrams", examples.log());
		// the models (alt+M): the project's first two files checked too, the continue / start / stop list and the SWOT
		run(10, "xdotool", "key", "--delay", "300", "alt+m", "Home", "Down", "space", "Down", "space");
		// SVG (the second format), into a folder of its own
		Path out = examples.home().resolve("exported");
		run(10, "xdotool", "key", "--delay", "300", "alt+r", "Down", "alt+o", "Tab");
		run(10, "xdotool", "type", "--delay", "30", out.toString());
		Thread.sleep(500);
		screenshot("export-wizard.png");
		run(10, "xdotool", "key", "Return");

		assertTrue(!run(60, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Export of diagrams").isBlank(),
				() -> "no summary of the failure; log:\n" + read(examples.log()));
		Thread.sleep(1000);
		screenshot("export-wizard-failures.png");
		run(10, "xdotool", "key", "Return");
		List<String> written;
		try (java.util.stream.Stream<Path> files = Files.list(out)) {
			written = files.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertEquals(List.of("bibliotek.startstop.svg", "bibliotek.swot.svg", "bibliotek.swot.tows.svg"), written);
		for (String name : written) {
			assertTrue(read(out.resolve(name)).contains("</svg>"), name + " is an SVG");
		}
	}

	/**
	 * Course reports of a teacher's hand-ins, two participants' folders in the course project. File ›
	 * Export… › Course Reports with the project chosen: a report of the project's own models and one
	 * of each hand-in, as PDF (the default) into the project's folder (the default), made in the
	 * wizard's progress bar. Then Course Report… in the explorer's menu of the hand-ins' folder: only
	 * the participants, as HTML, into the folder used last; one report cannot be written (a folder is
	 * in its place), the others are made and the failure is listed at the end.
	 */
	@Test
	void aCourseReportIsMadePerParticipant() throws Exception {
		Examples examples = openCourseExamples("report-editor.png");
		Path project = examples.project();
		Path log = examples.log();
		for (String participant : List.of("anna", "bertil")) {
			Path folder = Files.createDirectories(project.resolve("inlamningar").resolve(participant));
			Files.copy(project.resolve("bibliotek.swot"), folder.resolve("bibliotek.swot"));
			Files.copy(project.resolve("bygglov-nulage.process"), folder.resolve("bygglov-nulage.process"));
		}
		// the project chosen in the explorer and read again (F5), so that the wizard lists the hand-ins
		run(10, "xdotool", "windowfocus", "--sync", examples.window());
		run(10, "xdotool", "mousemove", "--sync", "84", "133", "click", "1");
		run(10, "xdotool", "key", "F5");
		Thread.sleep(1500);
		openExportWizard("Course Reports", "Course Reports", log);
		screenshot("report-wizard.png");
		run(10, "xdotool", "key", "Return");
		Thread.sleep(500);
		screenshot("report-progress.png");
		waitForNoWindow("Course Reports", 120, () -> "the report wizard did not finish; log:\n" + read(log));
		Thread.sleep(1000);
		screenshot("report-done.png");
		assertEquals(List.of("anna.report.pdf", "bertil.report.pdf", "kursexempel.report.pdf"), reports(project));
		for (String name : reports(project)) {
			assertTrue(new String(Files.readAllBytes(project.resolve(name)), StandardCharsets.ISO_8859_1).startsWith("%PDF-"),
					name + " is a PDF");
		}

		// a folder where anna's HTML report goes (not yet known to the workspace)
		Files.createDirectory(project.resolve("anna.report.html"));
		// the hand-ins' folder, the project's first folder: its menu (Shift+F10), Course Report… (its mnemonic U)
		run(10, "xdotool", "windowfocus", "--sync", examples.window());
		run(10, "xdotool", "mousemove", "--sync", "84", "133", "click", "1");
		run(10, "xdotool", "key", "--delay", "500", "Right", "Down", "shift+F10", "u");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Course Reports").isBlank(),
				() -> "Course Report… opened no wizard; log:\n" + read(log));
		Thread.sleep(1000);
		// HTML, the third format
		run(10, "xdotool", "key", "--delay", "300", "alt+r", "Down", "Down");
		screenshot("report-wizard-explorer.png");
		run(10, "xdotool", "key", "Return");
		assertTrue(!run(120, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Course reports not made").isBlank(),
				() -> "no list of the report not made; log:\n" + read(log));
		Thread.sleep(1000);
		screenshot("report-failures.png");
		run(10, "xdotool", "key", "Return");
		waitForNoWindow("Course Reports", 30, () -> "the report wizard stayed open; log:\n" + read(log));
		assertTrue(read(project.resolve("bertil.report.html")).contains("</html>"), "bertil's report is a web page");
		assertTrue(Files.isDirectory(project.resolve("anna.report.html")), "anna's report was not made");
		// only the participants chosen, and nothing half-written left behind
		assertEquals(List.of("anna.report.pdf", "bertil.report.html", "bertil.report.pdf", "kursexempel.report.pdf"),
				reports(project));
	}

	/** The files in a folder whose names have ".report." (hidden ones too, as a half-written file would be), sorted. */
	private static List<String> reports(Path folder) throws IOException {
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.contains(".report."))
					.sorted().toList();
		}
	}

}
