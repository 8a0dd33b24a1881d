package org.verkstad.boxes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verkstad.testsupport.Findings.assertFinding;
import static org.verkstad.testsupport.Findings.assertNoFinding;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verkstad.core.notation.Links;
import org.verkstad.boxes.Box;
import org.verkstad.boxes.BoxItem;
import org.verkstad.boxes.BoxKind;
import org.verkstad.boxes.Prompt;
import org.verkstad.core.LinkKind;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.process.Activity;
import org.verkstad.process.ImprovementIdea;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.testsupport.Findings;

/** Every three-box rule, once where it holds and once where it is broken. */
class BoxesRulesTest {

	BoxesBuilder b;
	Box present;
	Box forget;
	Box future;
	BoxItem paper;
	BoxItem meetings;
	Activity printing;
	ImprovementIdea remoteMeetings;

	/** The board of the customer service group, with its notes linked to the process map. */
	@BeforeEach
	void validBoard() {
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		process.setName("Nämndens sammanträde");
		printing = ProcessFactory.eINSTANCE.createActivity();
		printing.setName("Skriver ut handlingar");
		process.getNodes().add(printing);
		remoteMeetings = ProcessFactory.eINSTANCE.createImprovementIdea();
		remoteMeetings.setName("Digitala sammanträden");
		printing.getIdeas().add(remoteMeetings);

		b = new BoxesBuilder("Tre lådor", "Kundtjänst Skellefteå").author("Grupp 1");
		present = b.box(BoxKind.PRESENT, "Hantera nutiden");
		forget = b.box(BoxKind.FORGET, "Selektivt glömmande");
		future = b.box(BoxKind.FUTURE, "Utforska framtiden");
		b.item(present, "E-tjänster", Prompt.TODAY_IN_BOX1, "Lena");
		b.item(present, "Utlämningsskåp", Prompt.TODAY_IN_BOX1, "Jonas");
		paper = b.item(forget, "Pappershantering", Prompt.PUT_IN_BOX2, "Lena");
		Links.link(paper, LinkKind.STOPS, printing);
		b.item(future, "Person-ID-kort", Prompt.TODAY_IN_BOX3, "Jonas");
		meetings = b.item(future, "Sammanträden på distans", Prompt.TOMORROW_IN_BOX3, "Lena");
		Links.link(meetings, LinkKind.REALISES, remoteMeetings);
	}

	@Test
	void validBoardHasNoFindings() {
		List<Finding> findings = Findings.of(b.board);
		assertTrue(findings.isEmpty(), () -> Findings.describe(findings));
	}

	@ParameterizedTest
	@CsvSource({ "present", "forget", "future" })
	void boardHasABoxOfEachKind(String kind) {
		assertNoFinding(b.board, "boxes.board.missing." + kind);
		b.board.getBoxes().removeIf(box -> box.getKind() == BoxKind.get(kind));
		assertFinding(b.board, "boxes.board.missing." + kind, b.board, Severity.ERROR);
		List<Finding> findings = Findings.of(b.board);
		assertEquals(1, findings.stream().filter(f -> f.code().startsWith("boxes.board.missing.")).count());
	}

	@Test
	void emptyBoardMissesAllThreeBoxes() {
		BoxesBuilder empty = new BoxesBuilder("Tom tavla", "Städ och måltid Örnsköldsvik");
		assertFinding(empty.board, "boxes.board.missing.present", empty.board, Severity.ERROR);
		assertFinding(empty.board, "boxes.board.missing.forget", empty.board, Severity.ERROR);
		assertFinding(empty.board, "boxes.board.missing.future", empty.board, Severity.ERROR);
	}

	@ParameterizedTest
	@CsvSource({ "present", "forget", "future" })
	void boardHasOnlyOneBoxOfEachKind(String kind) {
		assertNoFinding(b.board, "boxes.box.duplicate." + kind);
		Box second = b.box(BoxKind.get(kind), "En låda till");
		assertFinding(b.board, "boxes.box.duplicate." + kind, second, Severity.ERROR);
		List<Finding> findings = Findings.of(b.board);
		assertEquals(1, findings.stream().filter(f -> f.code().startsWith("boxes.box.duplicate.")).count());
	}

	/** Each question with its own box (no finding) and a box where it does not belong (finding). */
	@ParameterizedTest
	@CsvSource({ "todayInBox1, present, forget, 2", "putInBox2, forget, future, 3", "todayInBox3, future, present, 1",
			"tomorrowInBox3, future, forget, 2" })
	void promptFitsItsBox(String prompt, String rightKind, String wrongKind, int wrongNumber) {
		Box right = box(BoxKind.get(rightKind));
		Box wrong = box(BoxKind.get(wrongKind));
		BoxItem note = b.item(right, "Minska pappersflöde", Prompt.get(prompt), "Lena");
		if (right == forget) {
			Links.link(note, LinkKind.STOPS, printing);
		}
		assertNoFinding(b.board, "boxes.item.prompt." + prompt);
		note.getLinks().clear();
		wrong.getItems().add(note);
		Finding finding = assertFinding(b.board, "boxes.item.prompt." + prompt, note, Severity.ERROR);
		assertTrue(finding.message(Languages.SWEDISH).endsWith("ligger i låda " + wrongNumber + "."),
				() -> finding.message(Languages.SWEDISH));
		assertTrue(finding.message(Languages.ENGLISH).endsWith("is in box " + wrongNumber + "."),
				() -> finding.message(Languages.ENGLISH));
	}

	@Test
	void noteThatStopsSomethingIsInBox2() {
		assertNoFinding(b.board, "boxes.item.stops.box");
		paper.setPrompt(Prompt.TODAY_IN_BOX1);
		present.getItems().add(paper);
		assertFinding(b.board, "boxes.item.stops.box", paper, Severity.ERROR);
		paper.setPrompt(Prompt.TODAY_IN_BOX3);
		future.getItems().add(paper);
		assertFinding(b.board, "boxes.item.stops.box", paper, Severity.ERROR);
	}

	@Test
	void noteThatRealisesSomethingIsInBox3() {
		assertNoFinding(b.board, "boxes.item.realises.box");
		meetings.setPrompt(Prompt.PUT_IN_BOX2);
		forget.getItems().add(meetings);
		assertFinding(b.board, "boxes.item.realises.box", meetings, Severity.ERROR);
		meetings.setPrompt(Prompt.TODAY_IN_BOX1);
		present.getItems().add(meetings);
		assertFinding(b.board, "boxes.item.realises.box", meetings, Severity.ERROR);
	}

	@Test
	void box2NoteNamesWhatItStops() {
		assertNoFinding(b.board, "boxes.item.stops.missing");
		BoxItem press = b.item(forget, "Sluta skicka handlingar till pressen", Prompt.PUT_IN_BOX2, "Jonas");
		assertFinding(b.board, "boxes.item.stops.missing", press, Severity.HINT);
		Links.link(press, LinkKind.RELATES_TO, printing);
		assertFinding(b.board, "boxes.item.stops.missing", press, Severity.HINT);
		Links.link(press, LinkKind.STOPS, printing);
		assertNoFinding(b.board, "boxes.item.stops.missing");
	}

	@Test
	void notesNeedNames() {
		assertNoFinding(b.board, "core.name.missing");
		paper.setName(" ");
		assertFinding(b.board, "core.name.missing", paper, Severity.WARNING);
	}

	/** 5,000 notes: the rules do not rebuild whole-model structures per element. */
	@Test
	void largeBoardValidatesQuickly() {
		BoxesBuilder large = new BoxesBuilder("Stor tavla", "Hela kommunen").author("Test");
		Box one = large.box(BoxKind.PRESENT, "Hantera nutiden");
		Box two = large.box(BoxKind.FORGET, "Selektivt glömmande");
		Box three = large.box(BoxKind.FUTURE, "Utforska framtiden");
		for (int i = 0; i < 1250; i++) {
			large.item(one, "Nu " + i, Prompt.TODAY_IN_BOX1, "Deltagare " + i % 30);
			Links.link(large.item(two, "Sluta " + i, Prompt.PUT_IN_BOX2, null), LinkKind.STOPS, printing);
			large.item(three, "Idag " + i, Prompt.TODAY_IN_BOX3, null);
			large.item(three, "Imorgon " + i, Prompt.TOMORROW_IN_BOX3, null);
		}
		Findings.of(large.board); // warm up
		long start = System.nanoTime();
		List<Finding> findings = Findings.of(large.board);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(millis < 1000, () -> "validation took " + millis + " ms");
		assertTrue(findings.isEmpty(), () -> Findings.describe(findings.subList(0, 5)));
	}

	private Box box(BoxKind kind) {
		return switch (kind) {
		case PRESENT -> present;
		case FORGET -> forget;
		default -> future;
		};
	}
}
