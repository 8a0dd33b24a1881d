package org.verkstad.boxes.tests;

import static org.verkstad.testsupport.Summaries.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verkstad.boxes.Box;
import org.verkstad.boxes.BoxKind;
import org.verkstad.boxes.BoxesPackage;
import org.verkstad.boxes.Prompt;
import org.verkstad.boxes.analysis.BoardAnalysis;
import org.verkstad.boxes.notation.BoxesNotation;
import org.verkstad.boxes.validation.BoxesRules;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;

/** The three-box notation: its registration, its summary in both languages; its message tables are checked with all the others in org.verkstad.core.tests. */
class BoxesNotationTest {

	BoxesBuilder b;

	/** The board secretariat's board: 8 notes, 2 / 3 / 3 per box, 2 / 3 / 1 / 2 per question, 3 participants. */
	@BeforeEach
	void secretariatBoard() {
		b = new BoxesBuilder("Tre lådor", "Nämndsekretariatet Skellefteå");
		Box present = b.box(BoxKind.PRESENT, "Hantera nutiden");
		Box forget = b.box(BoxKind.FORGET, "Selektivt glömmande");
		Box future = b.box(BoxKind.FUTURE, "Utforska framtiden");
		b.item(present, "E-arkiv", Prompt.TODAY_IN_BOX1, "Maria");
		b.item(present, "Godkännandeprocessen i ärendehanteringssystemet", Prompt.TODAY_IN_BOX1, "Per");
		b.item(forget, "Sluta trycka pappershandlingar", Prompt.PUT_IN_BOX2, "Maria");
		b.item(forget, "Sluta skicka handlingar till pressen", Prompt.PUT_IN_BOX2, "Per");
		b.item(forget, "Pappershantering", Prompt.PUT_IN_BOX2, null);
		b.item(future, "Sammanträden på distans", Prompt.TODAY_IN_BOX3, "Ali");
		b.item(future, "E-tjänster för politiker", Prompt.TOMORROW_IN_BOX3, " Maria ");
		b.item(future, "Allmänna val, röstning elektroniskt", Prompt.TOMORROW_IN_BOX3, "Ali");
	}

	@Test
	void isRegisteredUnderItsId() {
		Notation registered = Notations.byId("boxes").orElseThrow();
		assertTrue(registered instanceof BoxesNotation);
		assertSame(BoxesPackage.eINSTANCE, registered.ePackage());
		assertSame(registered, Notations.of(b.board).orElseThrow());
		assertEquals("Tre lådor", registered.name(Languages.SWEDISH));
		assertEquals("Three boxes", registered.name(Languages.ENGLISH));
	}

	@Test
	void summaryInSwedish() {
		Map<String, String> facts = facts(b.board, Languages.SWEDISH);
		assertEquals("Nämndsekretariatet Skellefteå", facts.get("Grupp"));
		assertEquals("8", facts.get("Lappar"));
		assertEquals("2", facts.get("Låda 1: hantera nutiden"));
		assertEquals("3", facts.get("Låda 2: selektivt glömmande"));
		assertEquals("3", facts.get("Låda 3: utforska framtiden"));
		assertEquals("2", facts.get("Idag i låda 1?"));
		assertEquals("3", facts.get("Vad vill du lägga i låda 2?"));
		assertEquals("1", facts.get("Idag i låda 3?"));
		assertEquals("2", facts.get("Imorgon i låda 3?"));
		assertEquals("Maria, Per, Ali", facts.get("Deltagare"));
	}

	@Test
	void summaryInEnglish() {
		Map<String, String> facts = facts(b.board, Languages.ENGLISH);
		assertEquals("Nämndsekretariatet Skellefteå", facts.get("Group"));
		assertEquals("8", facts.get("Notes"));
		assertEquals("2", facts.get("Box 1: manage the present"));
		assertEquals("3", facts.get("Box 2: selectively forget"));
		assertEquals("3", facts.get("Box 3: explore the future"));
		assertEquals("2", facts.get("Today in box 1?"));
		assertEquals("3", facts.get("What do you want to put in box 2?"));
		assertEquals("1", facts.get("Today in box 3?"));
		assertEquals("2", facts.get("Tomorrow in box 3?"));
		assertEquals("Maria, Per, Ali", facts.get("Participants"));
	}

	@Test
	void summaryOfAnEmptyBoard() {
		BoxesBuilder empty = new BoxesBuilder("Tom tavla", null);
		Map<String, String> sv = facts(empty.board, Languages.SWEDISH);
		assertEquals("saknas", sv.get("Grupp"));
		assertEquals("0", sv.get("Lappar"));
		assertEquals("0", sv.get("Låda 2: selektivt glömmande"));
		assertEquals("inga", sv.get("Deltagare"));
		Map<String, String> en = facts(empty.board, Languages.ENGLISH);
		assertEquals("not given", en.get("Group"));
		assertEquals("none", en.get("Participants"));
	}

	@Test
	void eachQuestionBelongsToOneBox() {
		assertEquals(BoxKind.PRESENT, BoardAnalysis.boxFor(Prompt.TODAY_IN_BOX1));
		assertEquals(BoxKind.FORGET, BoardAnalysis.boxFor(Prompt.PUT_IN_BOX2));
		assertEquals(BoxKind.FUTURE, BoardAnalysis.boxFor(Prompt.TODAY_IN_BOX3));
		assertEquals(BoxKind.FUTURE, BoardAnalysis.boxFor(Prompt.TOMORROW_IN_BOX3));
		assertEquals(1, BoardAnalysis.number(BoxKind.PRESENT));
		assertEquals(2, BoardAnalysis.number(BoxKind.FORGET));
		assertEquals(3, BoardAnalysis.number(BoxKind.FUTURE));
	}


	@Test
	void everyBoxAndQuestionHasALabel() {
		for (Locale locale : Languages.ALL) {
			Set<String> keys = BoxesRules.MESSAGES.keys(locale);
			for (BoxKind kind : BoxKind.values()) {
				assertTrue(keys.contains("fact.box." + kind.getLiteral()), kind + " " + locale);
				assertTrue(keys.contains("boxes.board.missing." + kind.getLiteral()), kind + " " + locale);
				assertTrue(keys.contains("boxes.box.duplicate." + kind.getLiteral()), kind + " " + locale);
			}
			for (Prompt prompt : Prompt.values()) {
				assertTrue(keys.contains("fact.prompt." + prompt.getLiteral()), prompt + " " + locale);
				assertTrue(keys.contains("boxes.item.prompt." + prompt.getLiteral()), prompt + " " + locale);
			}
		}
	}
}
