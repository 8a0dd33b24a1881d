package org.verkstad.journey.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verkstad.testsupport.Findings.assertFinding;
import static org.verkstad.testsupport.Findings.assertNoFinding;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verkstad.core.notation.Links;
import org.verkstad.core.LinkKind;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.journey.ChannelKind;
import org.verkstad.journey.IdealSolution;
import org.verkstad.journey.Need;
import org.verkstad.journey.PainPoint;
import org.verkstad.journey.Persona;
import org.verkstad.journey.Phase;
import org.verkstad.process.Activity;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.testsupport.Findings;

/** Every journey rule, once where it holds and once where it is broken. */
class JourneyRulesTest {

	JourneyBuilder b;
	Persona anna;
	Phase dreams;
	Phase compares;
	Phase plans;
	PainPoint endless;
	Need help;
	IdealSolution chooser;
	Activity handling;

	/** The course's kitchen journey, complete: every pain point is linked to the activity that causes it. */
	@BeforeEach
	void validJourney() {
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		process.setName("Bygglov");
		handling = ProcessFactory.eINSTANCE.createActivity();
		handling.setName("Handlägger bygglovsansökan");
		process.getNodes().add(handling);

		b = new JourneyBuilder("Nytt kök").author("Anna Lindgren");
		b.journey.setLifeEvent("Renovera köket");
		anna = b.persona("Anna");
		dreams = b.phase("Drömmer om något bättre", 1);
		b.action(dreams, "Bläddrar i inredningstidningar");
		b.gain(dreams, "Leva sig in i hur det kommer bli");
		compares = b.phase("Jämför alternativ", -2);
		b.touchpoint(compares, "Kommunens webbplats", ChannelKind.WEB);
		endless = b.pain(compares, "Oändliga alternativ");
		Links.link(endless, LinkKind.CAUSED_BY, handling);
		help = b.need(compares, "Hjälp att välja");
		chooser = b.solution(compares, "Köksväljaren", help);
		b.technology(compares, "Bildigenkänning");
		plans = b.phase("Planerar kök", 0);
		b.touchpoint(plans, "E-tjänst för bygglov", ChannelKind.ESERVICE);
	}

	@Test
	void validJourneyHasNoFindings() {
		List<Finding> findings = Findings.of(b.journey);
		assertTrue(findings.isEmpty(), () -> Findings.describe(findings));
	}

	@Test
	void journeyNeedsPhases() {
		assertNoFinding(b.journey, "journey.phases.missing");
		b.journey.getPhases().clear();
		assertFinding(b.journey, "journey.phases.missing", b.journey, Severity.ERROR);
	}

	@Test
	void phaseNeedsContent() {
		Phase waits = b.phase("Väntar på besked", -1);
		assertFinding(b.journey, "journey.phase.empty", waits, Severity.WARNING);
		b.action(waits, "Ringer kundtjänst");
		assertNoFinding(b.journey, "journey.phase.empty");
	}

	@Test
	void anyOfActionTouchpointPainOrGainIsContent() {
		Phase waits = b.phase("Väntar på besked", -1);
		b.touchpoint(waits, "Kundtjänst", ChannelKind.CUSTOMER_SERVICE);
		assertNoFinding(b.journey, "journey.phase.empty");
		waits.getTouchpoints().clear();
		Links.link(b.pain(waits, "Vet inte hur lång tid det tar"), LinkKind.CAUSED_BY, handling);
		assertNoFinding(b.journey, "journey.phase.empty");
		waits.getPainPoints().clear();
		b.gain(waits, "Snabbt besked");
		assertNoFinding(b.journey, "journey.phase.empty");
		waits.getGainPoints().clear();
		b.need(waits, "Veta när beslutet kommer");
		assertFinding(b.journey, "journey.phase.empty", waits, Severity.WARNING);
	}

	@Test
	void emotionIsBetweenMinusTwoAndPlusTwo() {
		compares.setEmotion(-2);
		dreams.setEmotion(2);
		plans.setEmotion(null);
		assertNoFinding(b.journey, "journey.phase.emotion");
		compares.setEmotion(-3);
		assertFinding(b.journey, "journey.phase.emotion", compares, Severity.ERROR);
		compares.setEmotion(0);
		dreams.setEmotion(5);
		assertFinding(b.journey, "journey.phase.emotion", dreams, Severity.ERROR);
	}

	@Test
	void journeyNeedsPersona() {
		assertNoFinding(b.journey, "journey.persona.missing");
		b.journey.getPersonas().clear();
		assertFinding(b.journey, "journey.persona.missing", b.journey, Severity.WARNING);
	}

	@Test
	void painPointShouldBeLinkedToItsCause() {
		assertNoFinding(b.journey, "journey.painPoint.cause");
		PainPoint costly = b.pain(plans, "Dyrt, oklart ansvar");
		assertFinding(b.journey, "journey.painPoint.cause", costly, Severity.HINT);
		Links.link(costly, LinkKind.RELATES_TO, handling);
		assertFinding(b.journey, "journey.painPoint.cause", costly, Severity.HINT);
		Links.link(costly, LinkKind.CAUSED_BY, handling);
		assertNoFinding(b.journey, "journey.painPoint.cause");
	}

	@Test
	void idealSolutionMeetsANeedOfTheSameJourney() {
		chooser.getNeed().add(b.need(plans, "Överblick över kostnaden"));
		assertNoFinding(b.journey, "journey.solution.need");
		JourneyBuilder other = new JourneyBuilder("Bli förälder");
		Need foreign = other.need(other.phase("Väntar barn", 1), "Föräldrapenning i tid");
		chooser.getNeed().set(0, foreign);
		assertFinding(b.journey, "journey.solution.need", chooser, Severity.WARNING);
	}

	@Test
	void phasesAndPersonasNeedNames() {
		assertNoFinding(b.journey, "core.name.missing");
		plans.setName(" ");
		assertFinding(b.journey, "core.name.missing", plans, Severity.WARNING);
		plans.setName("Planerar kök");
		anna.setName(null);
		assertFinding(b.journey, "core.name.missing", anna, Severity.WARNING);
	}

	/** 1,000 phases with 5 elements each: the rules do not rebuild whole-model structures per element. */
	@Test
	void largeJourneyValidatesQuickly() {
		JourneyBuilder large = new JourneyBuilder("Stor resa").author("Test");
		large.persona("Anna");
		for (int i = 0; i < 1000; i++) {
			Phase phase = large.phase("Fas " + i, i % 5 - 2);
			large.action(phase, "Gör " + i);
			large.touchpoint(phase, "Kanal " + i, ChannelKind.WEB);
			large.pain(phase, "Problem " + i);
			Need need = large.need(phase, "Behov " + i);
			large.solution(phase, "Lösning " + i, need);
		}
		Findings.of(large.journey); // warm up
		long start = System.nanoTime();
		List<Finding> findings = Findings.of(large.journey);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(millis < 1000, () -> "validation took " + millis + " ms");
		assertTrue(findings.size() == 1000, () -> "one hint per pain point, but " + findings.size());
	}
}
