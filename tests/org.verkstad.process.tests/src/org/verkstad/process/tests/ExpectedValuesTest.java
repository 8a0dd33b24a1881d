package org.verkstad.process.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;
import org.verkstad.process.analysis.ExpectedValues;
import org.verkstad.process.analysis.ExpectedValues.Outcome;

/** The expected values over all paths, against figures computed by hand and a simulation of 100,000 cases. */
class ExpectedValuesTest {

	/**
	 * <pre>
	 * start → Registrerar (10 min, 100 kr) → Granskar (20 min + 2 days waiting, 300 kr) → Komplett?
	 *   Ja 70 %  → Beslutar (30 min, 500 kr, value-adding) → end
	 *   Nej 30 % → Begär komplettering (5 min + 7 days, 50 kr) → back to Granskar
	 * </pre>
	 * Granskar is visited 1 / (1 − 0,3) = 10/7 times, the request for completion 0,3 × 10/7 = 3/7 times.
	 * Processing = 10 + 20 × 10/7 + 30 + 5 × 3/7 = 40 + 215/7; waiting = 2880 × 10/7 + 10080 × 3/7 =
	 * 59040/7; cost = 100 + 3000/7 + 500 + 150/7; value-adding = 30. First-pass yield = 70 %.
	 * Hand-offs: Registrerar (Kundtjänst) → Granskar (Handläggare) once.
	 */
	@Test
	void reworkIsCountedAsOftenAsItIsExpected() {
		Map<String, Object> map = reworkMap(30.0);
		Outcome outcome = ExpectedValues.of(((ProcessBuilder) map.get("b")).process);
		assertTrue(outcome.computed(), outcome::toString);
		ExpectedValues expected = outcome.values();
		assertEquals(10.0 / 7, expected.visits().get(map.get("granskar")), 1e-9);
		assertEquals(3.0 / 7, expected.visits().get(map.get("komplettering")), 1e-9);
		assertEquals(1, expected.visits().get(map.get("beslutar")), 1e-9);
		assertEquals(40 + 215.0 / 7, expected.processingTime(), 1e-6);
		assertEquals(59040.0 / 7, expected.waitingTime(), 1e-6);
		assertEquals(40 + 215.0 / 7 + 59040.0 / 7, expected.leadTime(), 1e-6);
		assertEquals(600 + 3150.0 / 7, expected.costPerCase(), 1e-6);
		assertEquals(30, expected.valueAddingTime(), 1e-9);
		assertEquals(0.7, expected.firstPassYield(), 1e-9);
		assertEquals(1, expected.handOffs(), 1e-9);
	}

	@Test
	void aShareLeftOutIsTheRestAndMissingSharesSayWhere() {
		Map<String, Object> map = reworkMap(null);
		// "Ja" has 70 %, "Nej" none: it gets the 30 % left
		((SequenceFlow) map.get("ja")).setShare(70.0);
		Outcome rest = ExpectedValues.of(((ProcessBuilder) map.get("b")).process);
		assertEquals(0.7, rest.values().firstPassYield(), 1e-9);

		((SequenceFlow) map.get("ja")).setShare(null);
		Outcome missing = ExpectedValues.of(((ProcessBuilder) map.get("b")).process);
		assertFalse(missing.computed());
		assertEquals(List.of(map.get("komplett")), missing.withoutShares());
	}

	@Test
	void aLoopThatCasesNeverLeaveHasNoExpectedValues() {
		Map<String, Object> map = reworkMap(100.0);
		((SequenceFlow) map.get("ja")).setShare(0.0);
		Outcome outcome = ExpectedValues.of(((ProcessBuilder) map.get("b")).process);
		assertFalse(outcome.computed());
		assertTrue(outcome.endlessLoop());
	}

	/**
	 * 100,000 cases (a fixed seed) walk the map, each way chosen by its share; their mean lead time, cost
	 * and first-pass yield agree with the expected values within 1 %. The map has two loops, one inside
	 * the other's reach, and a three-way decision.
	 */
	@Test
	void aSimulationOfManyCasesAgrees() {
		ProcessBuilder b = new ProcessBuilder("Simulering");
		Lane service = b.lane("Kundtjänst");
		Lane officer = b.lane("Handläggare");
		StartEvent start = b.start(service);
		Activity in = b.activity(service, "Tar emot", 15, 60, 80, ValueClass.NECESSARY);
		Activity check = b.activity(officer, "Granskar", 40, 1440, 400, ValueClass.VALUE_ADDING);
		Decision complete = b.decision(officer, "Komplett?");
		Activity ask = b.activity(service, "Begär komplettering", 10, 4320, 60, ValueClass.WASTE);
		Activity decide = b.activity(officer, "Beslutar", 30, 240, 600, ValueClass.VALUE_ADDING);
		Decision approved = b.decision(officer, "Godkänt?");
		Activity redo = b.activity(officer, "Skriver om", 25, 0, 250, ValueClass.WASTE);
		EndEvent yes = b.end(service);
		EndEvent no = b.end(service);
		b.flow(start, in);
		b.flow(in, check);
		b.flow(check, complete);
		b.flow(complete, ask, "Nej").setShare(35.0);
		b.flow(complete, decide, "Ja").setShare(65.0);
		b.flow(ask, check);
		b.flow(decide, approved);
		b.flow(approved, yes, "Ja").setShare(60.0);
		b.flow(approved, no, "Nej").setShare(25.0);
		b.flow(approved, redo, "Oklart").setShare(15.0);
		b.flow(redo, decide);

		ExpectedValues expected = ExpectedValues.of(b.process).values();
		Random random = new Random(20261205);
		int cases = 100_000;
		double lead = 0, cost = 0;
		int firstPass = 0;
		Set<FlowNode> loopStarts = Set.of(check, decide);
		for (int i = 0; i < cases; i++) {
			FlowNode node = start;
			boolean rework = false;
			Set<FlowNode> seen = new HashSet<>();
			while (!(node instanceof EndEvent)) {
				if (node instanceof Activity a) {
					lead += a.getProcessingTime() + a.getWaitingTime();
					cost += a.getCost();
				}
				if (!seen.add(node) && loopStarts.contains(node)) {
					rework = true;
				}
				node = next(b, node, random);
			}
			if (!rework) {
				firstPass++;
			}
		}
		assertEquals(expected.leadTime(), lead / cases, expected.leadTime() * 0.01);
		assertEquals(expected.costPerCase(), cost / cases, expected.costPerCase() * 0.01);
		assertEquals(expected.firstPassYield(), (double) firstPass / cases, 0.01);
	}

	/** The next node of a walking case: the only way on, or one chosen by the shares. */
	private static FlowNode next(ProcessBuilder b, FlowNode node, Random random) {
		List<SequenceFlow> out = new ArrayList<>();
		for (SequenceFlow flow : b.process.getFlows()) {
			if (flow.getSource() == node) {
				out.add(flow);
			}
		}
		if (out.size() == 1) {
			return out.get(0).getTarget();
		}
		double r = random.nextDouble() * 100;
		for (SequenceFlow flow : out) {
			r -= flow.getShare();
			if (r < 0) {
				return flow.getTarget();
			}
		}
		return out.get(out.size() - 1).getTarget();
	}

	/** The rework map of the first test, "Nej" with the given share and "Ja" with the rest (none if null). */
	private static Map<String, Object> reworkMap(Double no) {
		ProcessBuilder b = new ProcessBuilder("Bygglov");
		Lane service = b.lane("Kundtjänst");
		Lane officer = b.lane("Handläggare");
		StartEvent start = b.start(service);
		Activity register = b.activity(service, "Registrerar", 10, 0, 100, ValueClass.NECESSARY);
		Activity check = b.activity(officer, "Granskar", 20, 2880, 300, ValueClass.NECESSARY);
		Decision complete = b.decision(officer, "Komplett?");
		Activity decide = b.activity(officer, "Beslutar", 30, 0, 500, ValueClass.VALUE_ADDING);
		Activity ask = b.activity(officer, "Begär komplettering", 5, 10080, 50, ValueClass.WASTE);
		EndEvent end = b.end(officer);
		b.flow(start, register);
		b.flow(register, check);
		b.flow(check, complete);
		SequenceFlow yes = b.flow(complete, decide, "Ja");
		SequenceFlow nej = b.flow(complete, ask, "Nej");
		b.flow(ask, check);
		b.flow(decide, end);
		if (no != null) {
			nej.setShare(no);
			yes.setShare(100 - no);
		}
		return Map.of("b", b, "granskar", check, "komplettering", ask, "beslutar", decide, "komplett", complete, "ja", yes, "nej", nej);
	}
}
