package org.verkstad.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verkstad.help.Guide;
import org.verkstad.help.Guide.Hit;
import org.verkstad.help.Guide.Section;

/**
 * The user guide of docs/ as the program shows it: the same sections in every language, every link and
 * picture found, headings where the Markdown has them, and search that finds what a participant asks for.
 */
class GuideTest {

	/** The sections F1 and the docs jump to: the notations' ids and the guide's other fixed parts. */
	private static final List<String> ANCHORS = List.of("tour", "workbench", "process", "journey", "swot", "boxes", "startstop",
			"analyses", "text-format", "checks", "export", "teaching", "keys", "languages");
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");
	private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

	private static Guide guide;

	@TempDir
	Path out;

	@BeforeAll
	static void read() throws Exception {
		guide = Guide.read(Path.of("../../docs"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sv", "nb", "en" })
	void everyLanguageHasTheGuideWithTheSameFixedSections(String language) {
		String page = guide.guidePage(Locale.forLanguageTag(language));
		assertEquals("guide/" + language, page);
		assertTrue(guide.anchors(page).containsAll(ANCHORS), () -> page + " lacks " + missing(guide.anchors(page)));
		assertEquals(guide.anchors("guide/en"), guide.anchors(page), "the sections in the same order as the English guide");
		for (String notation : List.of("process", "journey", "swot", "boxes", "startstop")) {
			assertEquals(notation, guide.notationAnchor(Locale.forLanguageTag(language), notation).orElseThrow());
		}
	}

	private static List<String> missing(List<String> anchors) {
		return ANCHORS.stream().filter(a -> !anchors.contains(a)).toList();
	}

	@Test
	void aLanguageWithoutAGuideGetsTheEnglishOne() {
		assertEquals("guide/en", guide.guidePage(Locale.GERMAN));
	}

	@Test
	void everyPageIsWrittenWithItsLinksAndPicturesFound() throws Exception {
		guide.write(out);
		Pattern reference = Pattern.compile("(href|src)=\"([^\"#:]*)(#[^\"]*)?\"");
		List<String> broken = new ArrayList<>();
		int links = 0;
		for (String page : guide.pages()) {
			Path file = Guide.file(out, page);
			String html = Files.readString(file);
			assertFalse(html.contains("<p>## ") || html.contains("\n## "), page + ": a heading left as text (an anchor line needs a blank line after it)");
			assertFalse(html.contains(".md\""), page + ": a link to a Markdown page the program does not carry");
			Matcher m = reference.matcher(html);
			while (m.find()) {
				links++;
				Path target = m.group(2).isEmpty() ? file : file.getParent().resolve(m.group(2)).normalize();
				if (!Files.isRegularFile(target)) {
					broken.add(page + ": " + m.group(0));
				} else if (m.group(3) != null && !Files.readString(target).contains("id=\"" + m.group(3).substring(1) + "\"")) {
					broken.add(page + ": " + m.group(0) + " (no such section)");
				}
			}
		}
		assertTrue(links > 20, "the pages link to each other and show pictures");
		assertEquals(List.of(), broken);
		assertTrue(Files.isRegularFile(out.resolve("help.css")));
		assertTrue(Files.readString(Guide.file(out, "guide/sv")).contains("<html lang=\"sv\">"));
	}

	@Test
	void searchFindsTheSectionThatExplainsAFigure() {
		List<Hit> hits = guide.search(Locale.ENGLISH, "lead time");
		assertFalse(hits.isEmpty());
		assertTrue(hits.stream().limit(3).anyMatch(h -> h.section().page().equals("guide/en")), () -> titles(hits));
		assertTrue(hits.stream().allMatch(h -> (h.section().title() + h.section().text()).toLowerCase(Locale.ROOT).contains("lead")));
		assertTrue(hits.get(0).snippet().toLowerCase(Locale.ROOT).contains("lead"), hits.get(0).snippet());
	}

	@Test
	void searchInSwedishAndNorwegianFindsTheirGuideFirst() {
		List<Hit> swedish = guide.search(SWEDISH, "ledtid");
		assertFalse(swedish.isEmpty());
		assertEquals("guide/sv", swedish.get(0).section().page(), () -> titles(swedish));
		List<Hit> norwegian = guide.search(NORWEGIAN, "SWOT");
		assertEquals("guide/nb", norwegian.get(0).section().page(), () -> titles(norwegian));
		// every word must be there, in any case and order
		assertTrue(guide.search(SWEDISH, "ledtid xyzzy-finns-inte").isEmpty());
		assertTrue(guide.search(SWEDISH, "   ").isEmpty());
	}

	@Test
	void theSectionsOfTheGuideAreItsHeadingsWithTheirText() {
		List<Section> sections = guide.sections("guide/en");
		assertTrue(sections.size() > ANCHORS.size());
		assertEquals(1, sections.get(0).level(), "the guide starts with its title");
		assertTrue(sections.stream().noneMatch(s -> s.title().isBlank()));
		assertTrue(sections.stream().filter(s -> s.level() == 2).count() >= ANCHORS.size() - 1);
	}

	private static String titles(List<Hit> hits) {
		return hits.stream().map(h -> h.section().page() + "#" + h.section().anchor()).toList().toString();
	}
}
