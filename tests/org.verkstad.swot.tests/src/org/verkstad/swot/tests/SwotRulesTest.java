package org.verkstad.swot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verkstad.testsupport.Findings.assertFinding;
import static org.verkstad.testsupport.Findings.assertNoFinding;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.swot.SwotItem;
import org.verkstad.swot.TowsKind;
import org.verkstad.swot.TowsStrategy;
import org.verkstad.testsupport.Findings;

/** Every SWOT rule, once where it holds and once where it is broken. */
class SwotRulesTest {

	SwotBuilder b;
	SwotItem staff;
	SwotItem hours;
	SwotItem national;
	SwotItem economy;
	TowsStrategy campaign;
	TowsStrategy openLibrary;

	/** The library SWOT of the course, with an SO and a WT strategy. */
	@BeforeEach
	void validSwot() {
		b = new SwotBuilder("SWOT biblioteket", "Biblioteket i Västerbotten").author("Karin Berg");
		staff = b.strength("Kompetent personal");
		b.strength("Stort förtroende");
		hours = b.weakness("Begränsade öppettider");
		b.weakness("Svårt att nå ungdomar");
		national = b.opportunity("Ny nationell biblioteksstrategi");
		b.opportunity("Digitala möten");
		b.threat("Konkurrerande plattformar");
		economy = b.threat("Den kommunala ekonomin");
		campaign = b.strategy("Läsfrämjande kampanj med skolan", TowsKind.SO, List.of(staff), List.of(national));
		openLibrary = b.strategy("Meröppet bibliotek", TowsKind.WT, List.of(hours), List.of(economy));
	}

	@Test
	void validSwotHasNoFindings() {
		List<Finding> findings = Findings.of(b.swot);
		assertTrue(findings.isEmpty(), () -> Findings.describe(findings));
	}

	/** Each kind of strategy with an item from each wrong quadrant, on both sides. */
	@ParameterizedTest
	@CsvSource({ "SO, strengths, opportunities", "WO, weaknesses, opportunities", "ST, strengths, threats",
			"WT, weaknesses, threats" })
	void strategyTakesItsItemsFromTheRightQuadrants(String kind, String internalQuadrant, String externalQuadrant) {
		TowsKind towsKind = TowsKind.get(kind);
		SwotItem strength = b.swot.getStrengths().get(0);
		SwotItem weakness = b.swot.getWeaknesses().get(0);
		SwotItem opportunity = b.swot.getOpportunities().get(0);
		SwotItem threat = b.swot.getThreats().get(0);
		SwotItem rightInternal = internalQuadrant.equals("strengths") ? strength : weakness;
		SwotItem wrongInternal = internalQuadrant.equals("strengths") ? weakness : strength;
		SwotItem rightExternal = externalQuadrant.equals("opportunities") ? opportunity : threat;
		SwotItem wrongExternal = externalQuadrant.equals("opportunities") ? threat : opportunity;

		TowsStrategy s = b.strategy("Strategi " + kind, towsKind, List.of(rightInternal), List.of(rightExternal));
		assertNoFinding(b.swot, "swot.strategy.misplaced." + internalQuadrant);
		assertNoFinding(b.swot, "swot.strategy.misplaced." + externalQuadrant);

		s.getInternal().add(wrongInternal);
		Finding internal = assertFinding(b.swot, "swot.strategy.misplaced." + internalQuadrant, s, Severity.ERROR);
		assertTrue(internal.message(Languages.SWEDISH).contains("\u201d" + wrongInternal.getName() + "\u201d"),
				() -> internal.message(Languages.SWEDISH));
		s.getInternal().remove(wrongInternal);
		assertNoFinding(b.swot, "swot.strategy.misplaced." + internalQuadrant);

		s.getExternal().add(wrongExternal);
		Finding external = assertFinding(b.swot, "swot.strategy.misplaced." + externalQuadrant, s, Severity.ERROR);
		assertTrue(external.message(Languages.ENGLISH).contains("\u201c" + wrongExternal.getName() + "\u201d"),
				() -> external.message(Languages.ENGLISH));
	}

	@Test
	void oneFindingPerMisplacedItem() {
		campaign.getInternal().add(hours);
		campaign.getInternal().add(b.swot.getWeaknesses().get(1));
		campaign.getExternal().add(economy); // an external item in the wrong quadrant as well
		List<Finding> findings = Findings.of(b.swot);
		assertEquals(2, findings.stream().filter(f -> f.code().equals("swot.strategy.misplaced.strengths")).count(),
				() -> Findings.describe(findings));
		assertEquals(1, findings.stream().filter(f -> f.code().equals("swot.strategy.misplaced.opportunities"))
				.count(), () -> Findings.describe(findings));
		assertTrue(findings.stream().filter(f -> f.code().startsWith("swot.strategy.misplaced."))
				.allMatch(f -> f.element() == campaign));
	}

	@Test
	void strategyNeedsAnInternalItem() {
		assertNoFinding(b.swot, "swot.strategy.internal.missing");
		campaign.getInternal().clear();
		assertFinding(b.swot, "swot.strategy.internal.missing", campaign, Severity.WARNING);
		assertNoFinding(b.swot, "swot.strategy.external.missing");
	}

	@Test
	void strategyNeedsAnExternalItem() {
		assertNoFinding(b.swot, "swot.strategy.external.missing");
		openLibrary.getExternal().clear();
		assertFinding(b.swot, "swot.strategy.external.missing", openLibrary, Severity.WARNING);
		assertNoFinding(b.swot, "swot.strategy.internal.missing");
	}

	@ParameterizedTest
	@CsvSource({ "strengths", "weaknesses", "opportunities", "threats" })
	void everyQuadrantHasAnItem(String quadrant) {
		assertNoFinding(b.swot, "swot.quadrant.empty." + quadrant);
		b.swot.getStrategies().clear();
		switch (quadrant) {
		case "strengths" -> b.swot.getStrengths().clear();
		case "weaknesses" -> b.swot.getWeaknesses().clear();
		case "opportunities" -> b.swot.getOpportunities().clear();
		default -> b.swot.getThreats().clear();
		}
		assertFinding(b.swot, "swot.quadrant.empty." + quadrant, b.swot, Severity.WARNING);
		List<Finding> findings = Findings.of(b.swot);
		assertEquals(1, findings.stream().filter(f -> f.code().startsWith("swot.quadrant.empty.")).count(),
				() -> Findings.describe(findings));
	}

	@Test
	void oneFindingPerEmptyQuadrant() {
		SwotBuilder empty = new SwotBuilder("Tom SWOT", "Kundtjänst Skellefteå");
		List<Finding> findings = Findings.of(empty.swot);
		for (String quadrant : List.of("strengths", "weaknesses", "opportunities", "threats")) {
			assertFinding(empty.swot, "swot.quadrant.empty." + quadrant, empty.swot, Severity.WARNING);
		}
		assertEquals(4, findings.stream().filter(f -> f.code().startsWith("swot.quadrant.empty.")).count());
	}

	@Test
	void swotHasASubject() {
		assertNoFinding(b.swot, "swot.subject.missing");
		b.swot.setSubject("  ");
		assertFinding(b.swot, "swot.subject.missing", b.swot, Severity.HINT);
	}

	@Test
	void itemsAndStrategiesNeedNames() {
		assertNoFinding(b.swot, "core.name.missing");
		hours.setName("");
		assertFinding(b.swot, "core.name.missing", hours, Severity.WARNING);
		hours.setName("Begränsade öppettider");
		openLibrary.setName(null);
		assertFinding(b.swot, "core.name.missing", openLibrary, Severity.WARNING);
	}

	/** 4,000 items and 1,000 strategies: the rules do not rebuild whole-model structures per element. */
	@Test
	void largeSwotValidatesQuickly() {
		SwotBuilder large = new SwotBuilder("Stor SWOT", "Hela kommunen").author("Test");
		for (int i = 0; i < 1000; i++) {
			SwotItem s = large.strength("Styrka " + i);
			SwotItem w = large.weakness("Svaghet " + i);
			SwotItem o = large.opportunity("Möjlighet " + i);
			SwotItem t = large.threat("Hot " + i);
			large.strategy("Strategi " + i, TowsKind.WO, List.of(w, s), List.of(o, t));
		}
		Findings.of(large.swot); // warm up
		long start = System.nanoTime();
		List<Finding> findings = Findings.of(large.swot);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(millis < 1000, () -> "validation took " + millis + " ms");
		// each strategy has one misplaced strength inside and one misplaced threat outside
		assertEquals(2000, findings.size(), () -> Findings.describe(findings.subList(0, 5)));
	}
}
