package org.verkstad.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.diagram.layout.TextMetrics;

/**
 * Labels are broken between words, and a word longer than a line at the places its language allows, with
 * a hyphen (issue 16: "ärendehanteringssyst|emet" was cut without one). The patterns are TeX's, read from
 * the diagram client's build; the expected breaks are those the npm package {@code hyphen} gives.
 */
class LineBreakingTest {

	private static final Hyphenation SWEDISH = Hyphenation.of(Locale.forLanguageTag("sv"));

	@Test
	void swedishWordsBreakWhereThePatternsAllow() {
		// hyphen/sv: ären|de|han|te|rings|sy|ste|met, över|kla|gan|de|hän|vis|ning, bygg|lovs|hand|läg|ga|re
		assertArrayEquals(new int[] { 4, 6, 9, 11, 16, 18, 21 }, SWEDISH.points("ärendehanteringssystemet"));
		assertArrayEquals(new int[] { 4, 7, 10, 12, 15, 18 }, SWEDISH.points("överklagandehänvisning"));
		assertArrayEquals(new int[] { 4, 8, 12, 15, 17 }, SWEDISH.points("Bygglovshandläggare"));
		assertArrayEquals(new int[0], SWEDISH.points("post"), "short words are never broken");
		assertArrayEquals(new int[0], SWEDISH.points("e-tjänsten"), "only letters");
	}

	@Test
	void englishAndNorwegianHaveTheirOwnPatterns() {
		Hyphenation english = Hyphenation.of(Locale.ENGLISH);
		// hyphen/en-us: hy|phen|ation, in|for|ma|tion; "present" is an exception that is never broken
		assertArrayEquals(new int[] { 2, 6 }, english.points("hyphenation"));
		assertArrayEquals(new int[] { 2, 5, 7 }, english.points("information"));
		assertArrayEquals(new int[0], english.points("present"));
		// hyphen/nb: saks|be|hand|lings|sys|te|met
		assertArrayEquals(new int[] { 4, 6, 10, 15, 18, 20 },
				Hyphenation.of(Locale.forLanguageTag("nb")).points("saksbehandlingssystemet"));
		assertEquals(Hyphenation.of(Locale.forLanguageTag("nb")), Hyphenation.of(Locale.forLanguageTag("no")));
		// a model's text is Swedish unless it says otherwise or the program speaks Norwegian
		assertEquals(SWEDISH, Hyphenation.forText(null, Locale.ENGLISH));
		assertEquals(english, Hyphenation.forText("en", Locale.forLanguageTag("sv")));
		assertEquals(Hyphenation.of(Locale.forLanguageTag("nn")), Hyphenation.forText("", Locale.forLanguageTag("nn")));
	}

	@Test
	void aWordLongerThanALineIsHyphenatedNeverCutWithoutAHyphen() {
		String text = "Registrerar i ärendehanteringssystemet";
		double max = TextMetrics.width("ärendehanteringss", 13, false);
		List<String> lines = TextMetrics.wrap(text, 13, false, max, 0, SWEDISH);
		assertEquals(String.join("", lines).replace("-", "").replace(" ", ""), text.replace(" ", ""), lines.toString());
		for (String line : lines) {
			assertTrue(TextMetrics.width(line, 13, false) <= max, line);
		}
		// the long word is broken at pattern breaks, each part but the last ending in a hyphen
		assertEquals(List.of("Registrerar i", "ärendehanterings-", "systemet"), lines);
	}

	/** When that saves a line; else the word starts a line of its own, which reads better. */
	@Test
	void theFirstPartOfALongWordFillsTheLineBefore() {
		double max = TextMetrics.width("Meddelar överklagande-", 13, false);
		List<String> lines = TextMetrics.wrap("Meddelar överklagandehänvisningen", 13, false, max, 0, SWEDISH);
		assertEquals("Meddelar överklagande-", lines.get(0), lines.toString());
		assertEquals("hänvisningen", lines.get(1));
	}

	@Test
	void aWordThatFitsALineIsNeverBrokenAndAHyphenInItIsTheFirstBreak() {
		double max = TextMetrics.width("Via e-tjänsten", 13, false) - 1;
		assertEquals(List.of("Via", "e-tjänsten"), TextMetrics.wrap("Via e-tjänsten", 13, false, max, 0, SWEDISH));
		double narrow = TextMetrics.width("e-", 13, false) + 1;
		List<String> lines = TextMetrics.wrap("e-tjänsten", 13, false, narrow, 0, SWEDISH);
		assertEquals("e-", lines.get(0), lines.toString());
	}

	@Test
	void aWordWithoutAnyAllowedBreakIsCutWithAHyphen() {
		double max = TextMetrics.width("XYZXY-", 13, false);
		List<String> lines = TextMetrics.wrap("XYZXYZXYZXYZ", 13, false, max, 0, SWEDISH);
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(line.endsWith("-"), lines.toString());
		}
		assertEquals("XYZXYZXYZXYZ", String.join("", lines).replace("-", ""));
	}

	/** A report's DOCX and HTML tables are broken by the word processor: soft hyphens tell it where. */
	@Test
	void softHyphensMarkTheBreaksForAWordProcessor() {
		assertEquals("Sim\u00adba\u00adna Hand\u00adläg\u00adga\u00adre kon\u00adtrol\u00adle\u00adrar (bygg\u00adlov), 3 tim",
				SWEDISH.withSoftHyphens("Simbana Handläggare kontrollerar (bygglov), 3 tim"));
	}
}
