package org.verkstad.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.server.EditRefused;
import org.verkstad.diagram.server.VerkstadModelState;
import org.verkstad.templates.FeedbackSummary;
import org.verkstad.templates.Packs;
import org.verkstad.templates.TemplateOrigin;
import org.verkstad.testsupport.Examples;

/**
 * A model made from a template keeps the template's locked elements: in the text the checks report a
 * locked element removed, renamed, moved to another element or out of order (in the participant's
 * language); in the diagram the edit is refused with a message and nothing changes. The pack's feedback
 * checks run as the editors' checks do.
 */
class TemplateLocksTest {

	private static final Locale SV = Locale.forLanguageTag("sv");

	@TempDir
	Path dir;

	private Path packs;
	private String packId;

	@BeforeEach
	void installAPackWithLocks() throws Exception {
		Path course = Files.createDirectories(dir.resolve("kurs"));
		Examples.copyTo(course);
		// the teacher locks the journey's five phases, and a lane and a step of the process map
		lock(course.resolve("bygga-hus-bygglov.journey"), "ph-drommer", "ph-tar-reda", "ph-ansoker", "ph-vantar", "ph-beslut");
		lock(course.resolve("bygglov-nulage.process"), "l-handlaggare", "a-kontrollera");
		Files.writeString(course.resolve(Packs.CHECKS), """
				[
				 {"id": "faser", "kind": "count", "class": "Phase", "min": 5, "max": 5, "severity": "warning",
				  "message": {"sv": "Resan har {0} faser; den ska ha fem.", "en": "The journey has {0} phases; it needs five."}},
				 {"id": "tid", "kind": "required", "class": "Activity", "feature": "processingTime", "severity": "error",
				  "message": {"sv": "Aktiviteten {0} saknar bearbetningstid.", "en": "The activity {0} has no processing time."}},
				 {"id": "orsak", "kind": "link", "class": "PainPoint", "targetClass": "Activity", "severity": "hint",
				  "message": {"sv": "Smärtpunkten {0} är inte länkad till en aktivitet.", "en": "The pain point {0} is not linked to an activity."}},
				 {"id": "stoppar", "kind": "link", "class": "BoxItem", "where": {"container.kind": "forget"}, "linkKind": "stops",
				  "targetClass": "Activity", "severity": "warning",
				  "message": {"sv": "Lappen {0} i låda 2 säger inte vilken aktivitet den stoppar.", "en": "The note {0} in box 2 does not name the activity it stops."}}
				]
				""");
		Path pack = dir.resolve("kurs.vpack");
		Packs.create(course, "Verksamhetsmodellering HT26", "Verksamhetsmodellering", "Kursledningen", "2026.1", "sv", pack);
		packs = dir.resolve("packs");
		packId = Packs.install(pack, packs).getFileName().toString();
		System.setProperty("verkstad.packs", packs.toString());
	}

	@AfterEach
	void forgetThePacks() {
		System.clearProperty("verkstad.packs");
	}

	private static void lock(Path file, String... ids) throws Exception {
		Model model = ModelIO.load(ModelIO.newResourceSet(), file);
		List<String> wanted = List.of(ids);
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Element e && wanted.contains(e.getId())) {
				e.getTags().add(Packs.LOCKED_TAG);
			}
		});
		ModelIO.save(model, file);
	}

	/** A participant's model made from a template of the installed pack. */
	private Path fromTemplate(String template) throws Exception {
		Path participant = Files.createDirectories(dir.resolve("anna"));
		Path file = participant.resolve(template);
		Model model = ModelIO.load(ModelIO.newResourceSet(), packs.resolve(packId).resolve("models").resolve(template));
		model.getMetadata().setTemplateOrigin(new TemplateOrigin(packId, "models/" + template).text());
		ModelIO.save(model, file);
		return file;
	}

	private static List<Finding> findings(Path file) throws Exception {
		return Validation.validate(ModelIO.load(ModelIO.newResourceSet(), file).eResource());
	}

	private static List<String> messages(List<Finding> findings, String codePrefix) {
		return findings.stream().filter(f -> f.code().startsWith(codePrefix)).map(f -> f.line() + ": " + f.message(SV)).toList();
	}

	@Test
	void aModelAsTheTemplateMadeItKeepsItsLocksAndTheTeachersChecksRun() throws Exception {
		Path journey = fromTemplate("bygga-hus-bygglov.journey");
		fromTemplate("bygglov-nulage.process"); // which its pain points link to
		List<Finding> findings = findings(journey);
		assertEquals(List.of(), messages(findings, "template."), "nothing broken yet");
		// the pack's checks are the editors' checks: five phases pass, some pains are unlinked (hints)
		assertEquals(List.of(), messages(findings, "pack.check.faser"));
		List<String> pains = messages(findings, "pack.check.orsak");
		assertEquals(4, pains.size(), pains.toString());
		assertTrue(pains.get(0).contains("Smärtpunkten Vet inte om tillbyggnaden alls kräver bygglov är inte länkad"), pains.get(0));
		assertEquals(org.verkstad.core.validation.Severity.HINT,
				findings.stream().filter(f -> f.code().equals("pack.check.orsak")).findFirst().orElseThrow().severity());

		// every item of box 2 names the activity it stops: two of the example's five do
		Path board = fromTemplate("handlaggare-umea.boxes");
		List<Finding> boxFindings = findings(board);
		List<String> stops = messages(boxFindings, "pack.check.stoppar");
		assertEquals(3, stops.size(), stops.toString());
		assertTrue(stops.get(0).endsWith("Lappen Onödiga system i låda 2 säger inte vilken aktivitet den stoppar."), stops.get(0));

		// every step has its time (passes) until one loses it (fails, as an error, in either language)
		Path map = dir.resolve("anna/bygglov-nulage.process");
		assertEquals(List.of(), messages(findings(map), "pack.check.tid"));
		String text = Files.readString(map);
		int step = text.indexOf("activity a-kontrollera");
		int time = text.indexOf("\t\t\ttime 30 min\n", step);
		Files.writeString(map, text.substring(0, time) + text.substring(time + "\t\t\ttime 30 min\n".length()));
		List<Finding> noTime = findings(map).stream().filter(f -> f.code().equals("pack.check.tid")).toList();
		assertEquals(1, noTime.size(), noTime.toString());
		assertEquals(org.verkstad.core.validation.Severity.ERROR, noTime.get(0).severity());
		assertEquals("Aktiviteten Kontrollerar om ansökan är komplett saknar bearbetningstid.", noTime.get(0).message(SV));
		assertEquals("The activity Kontrollerar om ansökan är komplett has no processing time.", noTime.get(0).message(Locale.ENGLISH));
		assertEquals(step > 0 ? text.substring(0, step).split("\n", -1).length : 0, noTime.get(0).line());
	}

	@Test
	void aLockedElementRemovedRenamedMovedOrReorderedInTheTextIsReported() throws Exception {
		Path journey = fromTemplate("bygga-hus-bygglov.journey");
		String text = Files.readString(journey);

		Files.writeString(journey, text.replace("\"Drömmer om att bygga till\"", "\"Drömmer\""));
		List<String> renamed = messages(findings(journey), "template.locked.renamed");
		assertEquals(1, renamed.size(), renamed.toString());
		assertTrue(renamed.get(0).contains("Mallen ”Verksamhetsmodellering HT26” låser fas ”Drömmer”: namnet ska vara ”Drömmer om att bygga till”"),
				renamed.get(0));

		// the last phase removed: reported at the model, and the teacher's count check fails too
		int last = text.indexOf("\tphase ph-beslut");
		int end = text.indexOf("\n\t}\n", last) + 4;
		Files.writeString(journey, text.substring(0, last) + text.substring(end));
		List<Finding> removed = findings(journey);
		List<String> deleted = messages(removed, "template.locked.deleted");
		assertEquals(1, deleted.size(), deleted.toString());
		assertTrue(deleted.get(0).contains("låser fas ”Får beslut och börjar bygga”, som inte får tas bort"), deleted.get(0));
		assertEquals(List.of("3: Resan har 4 faser; den ska ha fem."), messages(removed, "pack.check.faser"));

		// two phases swapped
		int first = text.indexOf("\tphase ph-drommer");
		int second = text.indexOf("\tphase ph-tar-reda");
		int third = text.indexOf("\tphase ph-ansoker");
		Files.writeString(journey, text.substring(0, first) + text.substring(second, third) + text.substring(first, second)
				+ text.substring(third));
		List<String> order = messages(findings(journey), "template.locked.order");
		assertEquals(1, order.size(), order.toString());
		assertTrue(order.get(0).contains("fas ”Tar reda på vad som gäller”, som ska komma efter fas ”Drömmer om att bygga till”"),
				order.get(0));

		// a locked step moved to another lane
		Path map = fromTemplate("bygglov-nulage.process");
		String process = Files.readString(map);
		int step = process.indexOf("\t\tactivity a-kontrollera");
		int stepEnd = process.indexOf("\n\t\t}\n", step) + 5;
		String block = process.substring(step, stepEnd);
		String without = process.substring(0, step) + process.substring(stepEnd);
		int namnd = without.indexOf("\tlane l-namnd");
		int namndBody = without.indexOf("\n", namnd) + 1;
		Files.writeString(map, without.substring(0, namndBody) + block + without.substring(namndBody));
		List<String> moved = messages(findings(map), "template.locked.moved");
		assertEquals(1, moved.size(), moved.toString());
		assertTrue(moved.get(0).contains("aktivitet ”Kontrollerar om ansökan är komplett”, som hör hemma i simbana ”Bygglovshandläggare”")
				|| moved.get(0).contains("som hör hemma i"), moved.get(0));

		// without the pack installed a model has no locks (and no teacher's checks), and a warning that says so
		System.clearProperty("verkstad.packs");
		System.setProperty("verkstad.packs", dir.resolve("no-packs").toString());
		assertEquals(List.of(), messages(findings(map), "template.locked"));
		List<String> missing = messages(findings(map), "template.notInstalled");
		assertEquals(1, missing.size(), missing.toString());
		assertTrue(missing.get(0).contains("som inte är installerat här: dess låsta delar och lärarens kontroller kontrolleras inte"),
				missing.get(0));
	}

	@Test
	void theTeachersSummaryHasARowForTheLocksAndCountsAMissingModelAsNoneOfWhatACheckAsksFor() throws Exception {
		Path journey = fromTemplate("bygga-hus-bygglov.journey");
		Path map = fromTemplate("bygglov-nulage.process");
		Packs.Pack pack = Packs.read(dir.resolve("kurs.vpack"));
		List<FeedbackSummary.Row> kept = FeedbackSummary.run("anna", List.of(journey, map), pack, SV);
		assertEquals(List.of("faser", "tid", "orsak", "stoppar", FeedbackSummary.LOCKED), kept.stream().map(r -> r.check().id()).toList());
		assertTrue(kept.get(0).passed() && kept.get(4).passed(), kept.toString());

		Files.writeString(journey, Files.readString(journey).replace("\"Väntar på beslut\"", "\"Väntar\""));
		List<FeedbackSummary.Row> broken = FeedbackSummary.run("anna", List.of(journey, map), pack, SV);
		assertEquals(1, broken.get(4).findings(), broken.get(4).toString());
		assertTrue(broken.get(4).first().startsWith("bygga-hus-bygglov.journey:") && broken.get(4).first().contains("namnet ska vara ”Väntar på beslut”"),
				broken.get(4).first());

		// a participant who handed in no journey has no phases at all
		List<FeedbackSummary.Row> noJourney = FeedbackSummary.run("bertil", List.of(map), pack, SV);
		assertEquals(1, noJourney.get(0).findings());
		assertEquals("Resan har 0 faser; den ska ha fem.", noJourney.get(0).first());
	}

	@Test
	void theDiagramRefusesToDeleteRenameOrMoveALockedElement() throws Exception {
		Path map = fromTemplate("bygglov-nulage.process");
		String original = Files.readString(map);
		VerkstadModelState state = new VerkstadModelState();
		state.init();
		state.open(Descriptions.byType("process").orElseThrow(), map, SV);

		EditRefused delete = assertThrows(EditRefused.class,
				() -> state.edit("delete", e -> e.delete(List.of("a-kontrollera"))));
		assertEquals("Mallen ”Verksamhetsmodellering HT26” låser aktivitet ”Kontrollerar om ansökan är komplett”: det går inte att ta bort.",
				delete.message(SV));
		assertEquals("The template “Verksamhetsmodellering HT26” locks activity “Kontrollerar om ansökan är komplett”: it cannot be deleted.",
				delete.message(Locale.ENGLISH));
		// a lane that holds a locked step cannot go either
		assertThrows(EditRefused.class, () -> state.edit("delete", e -> e.delete(List.of("l-handlaggare"))));
		EditRefused rename = assertThrows(EditRefused.class,
				() -> state.edit("rename", e -> e.rename("a-kontrollera#label", "Något annat")));
		assertTrue(rename.message(SV).endsWith("det går inte att byta namn."), rename.message(SV));
		Box lane = state.diagram().absolute("l-handlaggare");
		Box other = state.diagram().absolute("l-namnd");
		Box step = state.diagram().absolute("a-kontrollera");
		EditRefused move = assertThrows(EditRefused.class, () -> state.edit("move",
				e -> e.move("a-kontrollera", step.x() - lane.x(), other.y() - lane.y() + 20, -1, -1)));
		assertTrue(move.message(SV).endsWith("det går inte att flytta från sin plats."), move.message(SV));
		assertEquals("l-handlaggare", ((Element) ((EObject) state.diagram().element("a-kontrollera")).eContainer()).getId());

		// within its lane the step may move (that is layout, not its place), and unlocked steps may go
		state.edit("move", e -> e.move("a-kontrollera", step.x() - lane.x() + 30, step.y() - lane.y(), -1, -1));
		state.edit("delete", e -> e.delete(List.of("a-granska")));
		state.save();
		String saved = Files.readString(map);
		assertTrue(saved.contains("activity a-kontrollera \"Kontrollerar om ansökan är komplett\""), saved);
		assertTrue(!saved.contains("a-granska \"") && original.contains("a-granska \""));
	}
}
