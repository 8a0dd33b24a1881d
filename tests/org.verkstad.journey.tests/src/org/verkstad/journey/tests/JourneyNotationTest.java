package org.verkstad.journey.tests;

import static org.verkstad.testsupport.Summaries.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.journey.ChannelKind;
import org.verkstad.journey.JourneyPackage;
import org.verkstad.journey.Need;
import org.verkstad.journey.Phase;
import org.verkstad.journey.notation.JourneyNotation;
import org.verkstad.journey.validation.JourneyRules;

/** The journey notation: its registration, its summary in both languages; its message tables are checked with all the others in org.verkstad.core.tests. */
class JourneyNotationTest {

	/** Swedish formats negative numbers with a real minus sign (U+2212). */
	static final String MINUS = "\u2212";

	JourneyBuilder b;

	/**
	 * Four phases with emotions +1, -2, 0, +2; 3 actions, 4 touchpoints (web 1, e-service 2, social media 1),
	 * 2 pain points, 3 gain points, 1 ideal solution.
	 */
	@BeforeEach
	void kitchenJourney() {
		b = new JourneyBuilder("Nytt kök");
		b.journey.setLifeEvent("Renovera köket");
		b.journey.setGoal("Ett nytt kök inom budget");
		b.persona("Anna");
		b.persona("Omar");
		Phase dreams = b.phase("Drömmer om något bättre", 1);
		b.action(dreams, "Bläddrar i inredningstidningar");
		b.touchpoint(dreams, "Instagram", ChannelKind.SOCIAL_MEDIA);
		b.gain(dreams, "Leva sig in i hur det kommer bli");
		Phase compares = b.phase("Jämför alternativ", -2);
		b.action(compares, "Läser om bygglov");
		b.touchpoint(compares, "Kommunens webbplats", ChannelKind.WEB);
		b.pain(compares, "Oändliga alternativ");
		Need help = b.need(compares, "Hjälp att välja");
		b.solution(compares, "Köksväljaren", help);
		Phase plans = b.phase("Planerar kök", 0);
		b.action(plans, "Söker bygglov");
		b.touchpoint(plans, "E-tjänst för bygglov", ChannelKind.ESERVICE);
		b.pain(plans, "Tidskrävande och krångligt");
		b.gain(plans, "Skönt att börja fatta beslut");
		Phase delivery = b.phase("Leverans", 2);
		b.touchpoint(delivery, "E-tjänst för slutbesked", ChannelKind.ESERVICE);
		b.gain(delivery, "Roligt att se sitt nya kök");
	}

	@Test
	void isRegisteredUnderItsId() {
		Notation registered = Notations.byId("journey").orElseThrow();
		assertTrue(registered instanceof JourneyNotation);
		assertSame(JourneyPackage.eINSTANCE, registered.ePackage());
		assertSame(registered, Notations.of(b.journey).orElseThrow());
		assertEquals("Medborgarresa", registered.name(Languages.SWEDISH));
		assertEquals("Citizen journey", registered.name(Languages.ENGLISH));
	}

	@Test
	void summaryInSwedish() {
		Map<String, String> facts = facts(b.journey, Languages.SWEDISH);
		assertEquals("Anna, Omar", facts.get("Personor"));
		assertEquals("Renovera köket", facts.get("Livshändelse"));
		assertEquals("Ett nytt kök inom budget", facts.get("Mål"));
		assertEquals("Drömmer om något bättre \u2192 Jämför alternativ \u2192 Planerar kök \u2192 Leverans",
				facts.get("Faser"));
		assertEquals("+1, " + MINUS + "2, 0, +2", facts.get("Känslokurva"));
		assertEquals("Jämför alternativ (" + MINUS + "2)", facts.get("Lägsta punkt (sanningens ögonblick)"));
		assertEquals("3", facts.get("Handlingar"));
		assertEquals("4", facts.get("Kontaktpunkter"));
		assertEquals("2", facts.get("Smärtpunkter"));
		assertEquals("3", facts.get("Glädjepunkter"));
		assertEquals("1", facts.get("Idealiska lösningar"));
		assertEquals("webb 1, e-tjänst 2, sociala medier 1", facts.get("Kontaktpunkter per kanal"));
	}

	@Test
	void summaryInEnglish() {
		Map<String, String> facts = facts(b.journey, Languages.ENGLISH);
		assertEquals("Anna, Omar", facts.get("Personas"));
		assertEquals("Renovera köket", facts.get("Life event"));
		assertEquals("Drömmer om något bättre \u2192 Jämför alternativ \u2192 Planerar kök \u2192 Leverans",
				facts.get("Phases"));
		assertEquals("+1, -2, 0, +2", facts.get("Emotion curve"));
		assertEquals("Jämför alternativ (-2)", facts.get("Lowest point (moment of truth)"));
		assertEquals("3", facts.get("Actions"));
		assertEquals("4", facts.get("Touchpoints"));
		assertEquals("2", facts.get("Pain points"));
		assertEquals("3", facts.get("Gain points"));
		assertEquals("1", facts.get("Ideal solutions"));
		assertEquals("web 1, e-service 2, social media 1", facts.get("Touchpoints per channel"));
	}

	@Test
	void phasesWithoutEmotionAreMarkedAndSkippedForTheLowestPoint() {
		b.journey.getPhases().get(1).setEmotion(null);
		Map<String, String> facts = facts(b.journey, Languages.ENGLISH);
		assertEquals("+1, ?, 0, +2", facts.get("Emotion curve"));
		assertEquals("Planerar kök (0)", facts.get("Lowest point (moment of truth)"));
	}

	@Test
	void summaryOfAnEmptyJourney() {
		JourneyBuilder empty = new JourneyBuilder("Tom resa");
		Map<String, String> sv = facts(empty.journey, Languages.SWEDISH);
		assertEquals("inga", sv.get("Personor"));
		assertEquals("saknas", sv.get("Livshändelse"));
		assertEquals("inga", sv.get("Faser"));
		assertEquals("inga", sv.get("Känslokurva"));
		assertEquals("inga", sv.get("Lägsta punkt (sanningens ögonblick)"));
		assertEquals("0", sv.get("Handlingar"));
		assertEquals("inga", sv.get("Kontaktpunkter per kanal"));
		Map<String, String> en = facts(empty.journey, Languages.ENGLISH);
		assertEquals("not given", en.get("Life event"));
		assertEquals("none", en.get("Touchpoints per channel"));
	}


	@Test
	void everyChannelHasALabel() {
		for (Locale locale : Languages.ALL) {
			Set<String> keys = JourneyRules.MESSAGES.keys(locale);
			for (ChannelKind channel : ChannelKind.values()) {
				assertTrue(keys.contains("fact.channel." + channel.getLiteral()), channel + " " + locale);
			}
		}
	}
}
