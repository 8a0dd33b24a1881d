package org.verkstad.swot.tests;

import static org.verkstad.testsupport.Summaries.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.swot.SwotItem;
import org.verkstad.swot.SwotPackage;
import org.verkstad.swot.TowsKind;
import org.verkstad.swot.analysis.Quadrant;
import org.verkstad.swot.notation.SwotNotation;
import org.verkstad.swot.validation.SwotRules;

/** The SWOT notation: its registration, its summary in both languages; its message tables are checked with all the others in org.verkstad.core.tests. */
class SwotNotationTest {

	SwotBuilder b;
	SwotItem staff;
	SwotItem hours;
	SwotItem national;
	SwotItem economy;

	/** 3 strengths, 2 weaknesses, 1 opportunity, 2 threats; strategies SO, ST, ST. */
	@BeforeEach
	void librarySwot() {
		b = new SwotBuilder("SWOT biblioteket", "Biblioteket i Västerbotten");
		staff = b.strength("Kompetent personal");
		b.strength("Stort förtroende");
		b.strength("Digitaliseringserfarenhet");
		hours = b.weakness("Begränsade öppettider");
		b.weakness("Svårt att nå ungdomar");
		national = b.opportunity("Ny nationell biblioteksstrategi");
		b.threat("Konkurrerande plattformar");
		economy = b.threat("Den kommunala ekonomin");
		b.strategy("Läsfrämjande kampanj", TowsKind.SO, List.of(staff), List.of(national));
		b.strategy("Visa vad biblioteket ger", TowsKind.ST, List.of(staff), List.of(economy));
		b.strategy("Kompetens mot konkurrens", TowsKind.ST, List.of(staff), List.of(economy));
	}

	@Test
	void isRegisteredUnderItsId() {
		Notation registered = Notations.byId("swot").orElseThrow();
		assertTrue(registered instanceof SwotNotation);
		assertSame(SwotPackage.eINSTANCE, registered.ePackage());
		assertSame(registered, Notations.of(b.swot).orElseThrow());
		assertEquals("SWOT", registered.name(Languages.SWEDISH));
		assertEquals("SWOT", registered.name(Languages.ENGLISH));
	}

	@Test
	void summaryInSwedish() {
		Map<String, String> facts = facts(b.swot, Languages.SWEDISH);
		assertEquals("Biblioteket i Västerbotten", facts.get("Ämne"));
		assertEquals("3", facts.get("Styrkor"));
		assertEquals("2", facts.get("Svagheter"));
		assertEquals("1", facts.get("Möjligheter"));
		assertEquals("2", facts.get("Hot"));
		assertEquals("SO 1, WO 0, ST 2, WT 0", facts.get("TOWS-strategier"));
	}

	@Test
	void summaryInEnglish() {
		Map<String, String> facts = facts(b.swot, Languages.ENGLISH);
		assertEquals("Biblioteket i Västerbotten", facts.get("Subject"));
		assertEquals("3", facts.get("Strengths"));
		assertEquals("2", facts.get("Weaknesses"));
		assertEquals("1", facts.get("Opportunities"));
		assertEquals("2", facts.get("Threats"));
		assertEquals("SO 1, WO 0, ST 2, WT 0", facts.get("TOWS strategies"));
	}

	@Test
	void summaryOfAnEmptySwot() {
		SwotBuilder empty = new SwotBuilder("Tom", null);
		Map<String, String> sv = facts(empty.swot, Languages.SWEDISH);
		assertEquals("saknas", sv.get("Ämne"));
		assertEquals("0", sv.get("Styrkor"));
		assertEquals("SO 0, WO 0, ST 0, WT 0", sv.get("TOWS-strategier"));
		assertEquals("not given", facts(empty.swot, Languages.ENGLISH).get("Subject"));
	}

	@Test
	void quadrantOfAnItemIsWhereItIsPlaced() {
		assertEquals(Quadrant.STRENGTHS, Quadrant.of(staff));
		assertEquals(Quadrant.WEAKNESSES, Quadrant.of(hours));
		assertEquals(Quadrant.OPPORTUNITIES, Quadrant.of(national));
		assertEquals(Quadrant.THREATS, Quadrant.of(economy));
		assertNull(Quadrant.of(SwotBuilder.F.createSwotItem()));
		assertTrue(Quadrant.STRENGTHS.isInternal() && Quadrant.WEAKNESSES.isInternal());
		assertFalse(Quadrant.OPPORTUNITIES.isInternal() || Quadrant.THREATS.isInternal());
		assertEquals(3, Quadrant.STRENGTHS.items(b.swot).size());
	}

	@Test
	void strategyKindsPairTheRightQuadrants() {
		assertEquals(Quadrant.STRENGTHS, Quadrant.internalOf(TowsKind.SO));
		assertEquals(Quadrant.OPPORTUNITIES, Quadrant.externalOf(TowsKind.SO));
		assertEquals(Quadrant.WEAKNESSES, Quadrant.internalOf(TowsKind.WO));
		assertEquals(Quadrant.OPPORTUNITIES, Quadrant.externalOf(TowsKind.WO));
		assertEquals(Quadrant.STRENGTHS, Quadrant.internalOf(TowsKind.ST));
		assertEquals(Quadrant.THREATS, Quadrant.externalOf(TowsKind.ST));
		assertEquals(Quadrant.WEAKNESSES, Quadrant.internalOf(TowsKind.WT));
		assertEquals(Quadrant.THREATS, Quadrant.externalOf(TowsKind.WT));
	}


	@Test
	void everyQuadrantHasALabel() {
		for (Locale locale : Languages.ALL) {
			Set<String> keys = SwotRules.MESSAGES.keys(locale);
			for (Quadrant quadrant : Quadrant.values()) {
				assertTrue(keys.contains("fact." + quadrant.key()), quadrant + " " + locale);
				assertTrue(keys.contains("swot.quadrant.empty." + quadrant.key()), quadrant + " " + locale);
				assertTrue(keys.contains("swot.strategy.misplaced." + quadrant.key()), quadrant + " " + locale);
			}
		}
	}
}
