package org.verkstad.startstop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.Page;
import org.verkstad.startstop.ChangeKind;
import org.verkstad.startstop.ChangeList;

/**
 * The sixth notation, added as its own bundles only (metamodel and checks, text format, workbench
 * entries): a continue / start / stop list from the course material is read, checked, summarised and
 * drawn by the shared runtime, in Swedish.
 */
class StartStopTest {

	private static final Locale SV = Locale.forLanguageTag("sv");

	@TempDir
	Path dir;

	private Model read(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return ModelIO.load(ModelIO.newResourceSet(), file);
	}

	private Model example() throws Exception {
		return read("bibliotek.startstop", Files.readString(Path.of("resources/bibliotek.startstop")));
	}

	@Test
	void theListIsReadAsItsOwnNotation() throws Exception {
		ChangeList list = (ChangeList) example();
		assertEquals("Målbild 2023", list.getGoal());
		assertEquals(12, list.getChanges().size());
		assertEquals(List.of(ChangeKind.CONTINUE, ChangeKind.START, ChangeKind.STOP),
				list.getChanges().stream().map(c -> c.getKind()).distinct().toList());
		Notation notation = Notations.of(list).orElseThrow();
		assertEquals("startstop", notation.id());
		assertEquals("Fortsätta / börja / sluta", notation.name(SV));
		assertEquals(List.of("Målbild 2023", "5", "4", "3"), notation.summarize(list, SV).stream().map(f -> f.value()).toList());
	}

	@Test
	void aListWithNothingToStopIsPointedOut() throws Exception {
		assertEquals(List.of(), codes(example()), "the example says something of each kind");
		Model incomplete = read("utan-sluta.startstop", """
				startstop utan "Utan sluta" {
					continue a "Utlåning"
					start b ""
				}
				""");
		assertEquals(List.of("startstop.kind.missing.stop", "core.name.missing"), codes(incomplete));
		Finding stop = Validation.validate(incomplete.eResource()).stream()
				.filter(f -> f.code().equals("startstop.kind.missing.stop")).findFirst().orElseThrow();
		assertEquals("Listan säger inget om vad ni ska sluta med: vad tar tid och leder bort från målbilden?", stop.message(SV));
	}

	private static List<String> codes(Model model) {
		return Validation.validate(model.eResource()).stream().map(Finding::code)
				.filter(c -> !c.startsWith("core.metadata")).toList();
	}

	@Test
	void theSharedRuntimeDrawsItsDiagramWithItsColumnsAndNotes() throws Exception {
		assertTrue(Descriptions.forNotation("startstop").size() == 1, "its description is contributed");
		List<DiagramExport.Drawing> drawings = DiagramExport.draw(dir.resolve("bibliotek.startstop"), example(), SV);
		assertEquals("Fortsätta / börja / sluta", drawings.get(0).description().name(SV));
		String svg = new String(DiagramExport.svg(drawings.get(0), Page.FIT), StandardCharsets.UTF_8);
		for (String text : List.of("Fortsätta med", "Börja med", "Sluta med / göra mindre av", "Sluta curla", "Utlåning")) {
			assertTrue(svg.contains(text), text + " is drawn");
		}
		assertTrue(svg.contains("col-stop"), "the columns have their colours");
	}
}
