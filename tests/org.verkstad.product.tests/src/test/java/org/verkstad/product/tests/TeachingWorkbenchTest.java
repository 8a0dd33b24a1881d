package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The teaching workflow in the workbench, as a teacher and a participant use it with the keyboard and
 * mouse: a template pack made of the course examples with two journey phases ticked as locked, installed
 * from its file, a model made from its journey template (the instructions shown beside it), the locked
 * phase renamed in the text (an error) and deleted on the diagram (refused, with the reason in the status
 * line), a hand-in made of the project, and three hand-ins imported by the teacher into the overview, from
 * which a participant's model opens.
 */
class TeachingWorkbenchTest extends WorkbenchTestBase {

	@Test
	void aTeacherHandsOutAPackAParticipantWorksFromItAndHandsInAndTheTeacherImports() throws Exception {
		Examples examples = openCourseExamples("teaching-examples.png");
		Path home = examples.home();
		Path log = examples.log();
		Path project = examples.project();
		run(10, "xdotool", "windowfocus", "--sync", examples.window());

		// the teacher: File › Create Template Pack… of the project, the journey's first two phases ticked
		run(10, "xdotool", "key", "--delay", "400", "alt+f", "k");
		String packWizard = focusWindow("Create Template Pack", java.util.Set.of(), () -> "no pack wizard; log:\n" + read(log));
		run(10, "xdotool", "key", "ctrl+a");
		run(10, "xdotool", "type", "--delay", "30", "Verksamhetsmodellering HT26");
		run(10, "xdotool", "key", "Tab");
		run(10, "xdotool", "type", "--delay", "30", "Verksamhetsmodellering");
		run(10, "xdotool", "key", "--delay", "200", "Tab", "Tab", "Tab", "Tab");
		run(10, "xdotool", "type", "--delay", "20", "Kartlägg er egen process. Faserna är låsta.");
		run(10, "xdotool", "key", "ctrl+Tab");
		run(10, "xdotool", "type", "--delay", "20", "Map your own process. The phases are locked.");
		screenshot("teaching-pack-details.png");
		run(10, "xdotool", "key", "alt+n");
		Thread.sleep(1500);
		// the tree of models and elements has the keyboard: typing finds the first phase, the space bar ticks
		// it and the next
		run(10, "xdotool", "type", "--delay", "80", "phase");
		Thread.sleep(7000); // GTK's search box closes by itself
		run(10, "xdotool", "key", "--delay", "300", "space", "Down", "space");
		Thread.sleep(500);
		screenshot("teaching-pack-locks.png");
		run(10, "xdotool", "key", "alt+f");
		Path pack = home.resolve("Verkstad/kursexempel.vpack");
		waitFor(() -> Files.isRegularFile(pack), 30, "the pack file");
		Thread.sleep(1500);
		try (ZipFile zip = new ZipFile(pack.toFile())) {
			String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(manifest.replaceAll("\\s", "").contains("\"file\":\"models/bygga-hus-bygglov.journey\",\"locked\":[\"ph-drommer\",\"ph-tar-reda\"]"),
					manifest);
			assertTrue(manifest.contains("Kartlägg er egen process. Faserna är låsta."), manifest);
		}
		// the pack's information (the same title as the wizard, which has closed)
		focusWindow("Create Template Pack", java.util.Set.of(packWizard), () -> "no word that the pack was made");
		run(10, "xdotool", "key", "Return");
		waitForNoWindow("Create Template Pack", 30, () -> "the pack's information did not close");
		run(10, "xdotool", "windowfocus", "--sync", examples.window());

		// the participant: File › Install Template Pack… of that file
		run(10, "xdotool", "key", "--delay", "400", "alt+f", "t");
		focusWindow("Choose the template pack to install", java.util.Set.of(), () -> "no file dialog to choose the pack");
		run(10, "xdotool", "key", "ctrl+l");
		Thread.sleep(300);
		run(10, "xdotool", "type", "--delay", "0", pack.toString());
		Thread.sleep(300);
		run(10, "xdotool", "key", "Return");
		Path installed = home.resolve(".verkstad/packs/verksamhetsmodellering-ht26-1/manifest.json");
		waitFor(() -> Files.isRegularFile(installed), 30, "the installed pack");
		focusWindow("Install Template Pack", java.util.Set.of(), () -> "no word that the pack was installed");
		screenshot("teaching-pack-installed.png");
		run(10, "xdotool", "key", "Return");
		waitForNoWindow("Install Template Pack", 30, () -> "the pack's installation message did not close");
		run(10, "xdotool", "windowfocus", "--sync", examples.window());
		Thread.sleep(1000);

		// File › New › Model from Template (the last but one in New): the journey, as min-resa.journey
		run(10, "xdotool", "mousemove", "--sync", "84", "133", "click", "1");
		Thread.sleep(500);
		run(10, "xdotool", "key", "--delay", "400", "alt+f", "n", "Up", "Up", "Return");
		focusWindow("New Model from Template", java.util.Set.of(), () -> "no template wizard; log:\n" + read(log));
		// asked once: the participant's name (the focus is in its field while it is empty), then the template
		run(10, "xdotool", "type", "--delay", "30", "Anna Andersson");
		run(10, "xdotool", "key", "shift+Tab");
		Thread.sleep(300);
		// the templates by file: bibliotek.startstop, bibliotek.swot, bygga-hus-bygglov.journey, …
		run(10, "xdotool", "key", "Down");
		Thread.sleep(300);
		run(10, "xdotool", "key", "Down");
		Thread.sleep(300);
		run(10, "xdotool", "key", "alt+n");
		Thread.sleep(1000);
		run(10, "xdotool", "type", "--delay", "30", "min-resa.journey");
		run(10, "xdotool", "key", "Return");
		Path mine = project.resolve("min-resa.journey");
		waitFor(() -> Files.isRegularFile(mine), 30, "the model from the template");
		assertTrue(read(mine).contains("template \"pack:verksamhetsmodellering-ht26-1/models/bygga-hus-bygglov.journey\""),
				read(mine));
		assertTrue(read(mine).contains("\t\tauthor \"Anna Andersson\"\n") && read(mine).contains("\t\ttemplate-author \""), read(mine));
		Thread.sleep(8000);
		screenshot("teaching-from-template.png");

		// the text: the locked phase renamed and saved is an error of the checks (the Problems view, the
		// marker on its line); undone, it is gone
		String original = read(mine);
		run(10, "xdotool", "mousemove", "--sync", "367", "531", "click", "1");
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "660", "300", "click", "1");
		Thread.sleep(300);
		goToLine(38);
		run(10, "xdotool", "key", "--delay", "100", "End", "Left", "Left", "Left", "BackSpace", "BackSpace", "BackSpace",
				"BackSpace", "BackSpace", "ctrl+s");
		waitFor(() -> read(mine).contains("phase ph-drommer \"Drömmer om att bygga\" {"), 20, "the renamed phase saved");
		waitForScreen("teaching-locked-text.png",
				text -> pixels(text, "E01B24") + pixels(text, "C01C28") + pixels(text, "ED333B") + redPixels(text, 284, 585, 770, 120) > 20,
				() -> "an error in the Problems view");
		Product.Run validate = Product.run(project, Map.of("VERKSTAD_PACKS", home.resolve(".verkstad/packs").toString()),
				"validate", "min-resa.journey");
		assertEquals(1, validate.exit(), validate::toString);
		assertTrue(validate.out().contains("min-resa.journey:38: error: The template “Verksamhetsmodellering HT26” locks phase "
				+ "“Drömmer om att bygga”: its name must stay “Drömmer om att bygga till”."), validate::toString);
		run(10, "xdotool", "key", "--delay", "300", "ctrl+z", "ctrl+s");
		waitFor(() -> read(mine).equals(original), 20, "the rename undone");

		// the diagram: the locked phase chosen and Delete is refused; the reason in the status line, the file as it was
		run(10, "xdotool", "mousemove", "--sync", "318", "531", "click", "1");
		Thread.sleep(3000);
		run(10, "xdotool", "mousemove", "--sync", "1010", "110", "click", "1"); // Fit
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "500", "194", "click", "1"); // the first phase's header (the diagram fitted beside the palette, under the measures)
		Thread.sleep(700);
		run(10, "xdotool", "key", "Delete");
		waitForScreen("teaching-locked-diagram.png", refused -> redPixels(refused, 0, 744, 1000, 20) > 200,
				() -> "the refusal in red in the status line");
		run(10, "xdotool", "key", "ctrl+s");
		Thread.sleep(1500);
		assertEquals(original, read(mine), "the locked phase is still there");

		// the participant hands in the project: File › Create Hand-in…, a name, a file
		Path handIns = Files.createDirectories(home.resolve("inlamningar"));
		run(10, "xdotool", "mousemove", "--sync", "84", "133", "click", "1");
		Thread.sleep(500);
		run(10, "xdotool", "key", "--delay", "400", "alt+f", "h");
		String nameDialog = focusWindow("Create Hand-in", java.util.Set.of(), () -> "no hand-in dialog; log:\n" + read(log));
		run(10, "xdotool", "key", "ctrl+a");
		run(10, "xdotool", "type", "--delay", "30", "Anna Andersson");
		run(10, "xdotool", "key", "Return");
		focusWindow("Where the hand-in is written", java.util.Set.of(), () -> "no file dialog for the hand-in");
		run(10, "xdotool", "key", "ctrl+a");
		run(10, "xdotool", "type", "--delay", "0", handIns.resolve("anna.vhandin").toString());
		Thread.sleep(300);
		run(10, "xdotool", "key", "Return");
		waitFor(() -> Files.isRegularFile(handIns.resolve("anna.vhandin")), 60, "Anna's hand-in");
		focusWindow("Create Hand-in", java.util.Set.of(nameDialog), () -> "no word that the hand-in was made");
		screenshot("teaching-handed-in.png");
		run(10, "xdotool", "key", "Return");
		waitForNoWindow("Create Hand-in", 30, () -> "the hand-in's message did not close");
		run(10, "xdotool", "windowfocus", "--sync", examples.window());

		// two more participants hand in with the command line
		for (String[] p : new String[][] { { "bertil", "Bertil Berg", "bibliotek.swot" }, { "cecilia", "Cecilia Ceder", "koksrenovering.journey" } }) {
			Path folder = Files.createDirectories(home.resolve(p[0]));
			Files.copy(Product.dir().resolve("examples").resolve(p[2]), folder.resolve(p[2]));
			Product.Run made = Product.run(home, "handin", "create", folder.toString(), "--participant", p[1], "--out",
					handIns.resolve(p[0] + ".vhandin").toString());
			assertEquals(0, made.exit(), made::toString);
		}

		// the teacher: File › Import Hand-ins…, the folder typed; the overview shows the three
		run(10, "xdotool", "key", "--delay", "400", "alt+f", "i");
		focusWindow("Import Hand-ins", java.util.Set.of(), () -> "no import dialog; log:\n" + read(log));
		run(10, "xdotool", "type", "--delay", "0", handIns.toString());
		run(10, "xdotool", "key", "Return");
		Path imported = home.resolve("Verkstad/Hand-ins");
		waitFor(() -> Files.isRegularFile(imported.resolve("overview.csv")), 60, "the imported hand-ins");
		String csv = read(imported.resolve("overview.csv"));
		assertTrue(csv.contains("\"Anna Andersson\"") && csv.contains("\"Bertil Berg\"") && csv.contains("\"Cecilia Ceder\""), csv);
		assertTrue(Files.isRegularFile(imported.resolve("bertil-berg/bibliotek.swot")));
		waitForScreen("teaching-overview.png", shot -> pixels(shot, "E8F5E9") + pixels(shot, "FDECEA") > 3000,
				() -> "the overview's coloured rows");

		// a double-click on Bertil's row (the second): his model opens in its editor, the SWOT
		run(10, "xdotool", "mousemove", "--sync", "380", "697", "click", "--repeat", "2", "--delay", "120", "1");
		waitForScreen("teaching-opened.png", shot -> pixels(shot, "D7F0D0") > 500 && pixels(shot, "FFF6A3") > 2000,
				() -> "the SWOT drawn: strengths and its points");
		assertTrue(!read(log).contains("Exception"), () -> "no exceptions in the log:\n" + read(log));
	}

	/** How many clearly red pixels a region of a screenshot has (an error icon or an error message). */
	private int redPixels(Path shot, int x, int y, int width, int height) throws IOException, InterruptedException {
		String count = run(30, "convert", shot.toString(), "-crop", width + "x" + height + "+" + x + "+" + y, "+repage", "-fx",
				"r>0.7&&g<0.35&&b<0.35", "-format", "%[fx:int(mean*w*h+0.5)]", "info:").strip();
		return count.isEmpty() ? 0 : Integer.parseInt(count);
	}
}
