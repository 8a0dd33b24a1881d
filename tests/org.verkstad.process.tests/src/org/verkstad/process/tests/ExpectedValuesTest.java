package org.verkstad.process.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.Parallel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;
import org.verkstad.process.analysis.ExpectedValues;
import org.verkstad.process.analysis.ProcessAnalysis;
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
		Mean mean = simulate(b, start, Map.of());
		assertEquals(expected.leadTime(), mean.lead(), expected.leadTime() * 0.01);
		assertEquals(expected.costPerCase(), mean.cost(), expected.costPerCase() * 0.01);
		assertEquals(expected.firstPassYield(), mean.firstPass(), 0.01);
	}

	/**
	 * <pre>
	 * start → Registrerar (10 min, 100 kr) → parallel split
	 *   → Remiss till polisen (20 min + 5 days, 200 kr)      → join → Beslutar (30 min, 500 kr, value-adding) → end
	 *   → Remiss till Skatteverket (15 min + 3 days, 150 kr) → join
	 * </pre>
	 * Lead time = 10 + max(20 + 7200, 15 + 4320) + 30 = 7260 min; processing = 10 + 20 + 15 + 30 = 75 (both
	 * ways are worked); waiting along the way that sets the lead time = 7200; cost = 950; the join and the
	 * decision after it are passed once. Hand-offs: to the officer, out to the two agencies and back: 5.
	 */
	@Test
	void aParallelBlockTakesItsLongestWayAndCountsAllWork() {
		ProcessBuilder b = new ProcessBuilder("Remiss");
		Lane service = b.lane("Kundtjänst");
		Lane officer = b.lane("Handläggare");
		Lane agencies = b.lane("Remissinstanser");
		StartEvent start = b.start(service);
		Activity register = b.activity(service, "Registrerar", 10, 0, 100, ValueClass.NECESSARY);
		Parallel split = b.parallel(officer, "Skickar remisser");
		Activity police = b.activity(agencies, "Remiss till polisen", 20, 7200, 200, ValueClass.NECESSARY);
		Activity tax = b.activity(agencies, "Remiss till Skatteverket", 15, 4320, 150, ValueClass.NECESSARY);
		Parallel join = b.parallel(officer, "Svar inne");
		Activity decide = b.activity(officer, "Beslutar", 30, 0, 500, ValueClass.VALUE_ADDING);
		EndEvent end = b.end(officer);
		b.flow(start, register);
		b.flow(register, split);
		b.flow(split, police);
		b.flow(split, tax);
		b.flow(police, join);
		b.flow(tax, join);
		b.flow(join, decide);
		b.flow(decide, end);

		ExpectedValues expected = ExpectedValues.of(b.process).values();
		assertEquals(7260, expected.leadTime(), 1e-9);
		assertEquals(75, expected.processingTime(), 1e-9);
		assertEquals(7200, expected.waitingTime(), 1e-9);
		assertEquals(30, expected.valueAddingTime(), 1e-9);
		assertEquals(950, expected.costPerCase(), 1e-9);
		assertEquals(1, expected.visits().get(join), 1e-9);
		assertEquals(1, expected.visits().get(decide), 1e-9);
		assertEquals(5, expected.handOffs(), 1e-9);
		assertEquals(1, expected.firstPassYield(), 1e-9);

		ProcessAnalysis main = ProcessAnalysis.of(b.process);
		assertEquals(List.of(start, register, split, police, join, decide, end), main.mainPath());
		assertEquals(List.of(tax), main.parallelWork());
		assertEquals(7260, main.leadTime(), 1e-9);
		assertEquals(75, main.processingTime(), 1e-9);
		assertEquals(950, main.costPerCase(), 1e-9);
		assertEquals(5, main.handOffsOnMainPath());
	}

	/**
	 * 100,000 cases walk a map with a parallel block (whose longer way holds a decision, so that it is the
	 * longer one in every case) followed by a rework loop; the mean lead time, processing time, cost and
	 * first-pass yield agree with the expected values within 1 %. A case at a split walks each way to the
	 * join and goes on when the slowest has arrived.
	 */
	@Test
	void aSimulationWithWorkAtTheSameTimeAgrees() {
		ProcessBuilder b = new ProcessBuilder("Simulering parallellt");
		Lane officer = b.lane("Handläggare");
		Lane agencies = b.lane("Remissinstanser");
		StartEvent start = b.start(officer);
		Activity in = b.activity(officer, "Tar emot", 15, 60, 80, ValueClass.NECESSARY);
		Parallel split = b.parallel(officer, "Remisser ut");
		Activity police = b.activity(agencies, "Polisen yttrar sig", 30, 7200, 300, ValueClass.NECESSARY);
		Decision remark = b.decision(agencies, "Anmärkning?");
		Activity inquiry = b.activity(agencies, "Polisen utreder", 60, 1440, 900, ValueClass.NECESSARY);
		Activity tax = b.activity(agencies, "Skatteverket yttrar sig", 20, 4320, 200, ValueClass.NECESSARY);
		Parallel join = b.parallel(officer, "Yttranden inne");
		Activity check = b.activity(officer, "Granskar", 40, 1440, 400, ValueClass.VALUE_ADDING);
		Decision complete = b.decision(officer, "Komplett?");
		Activity ask = b.activity(officer, "Begär komplettering", 10, 4320, 60, ValueClass.WASTE);
		EndEvent end = b.end(officer);
		b.flow(start, in);
		b.flow(in, split);
		b.flow(split, police);
		b.flow(split, tax);
		b.flow(police, remark);
		b.flow(remark, inquiry, "Ja").setShare(20.0);
		b.flow(remark, join, "Nej").setShare(80.0);
		b.flow(inquiry, join);
		b.flow(tax, join);
		b.flow(join, check);
		b.flow(check, complete);
		b.flow(complete, ask, "Nej").setShare(30.0);
		b.flow(complete, end, "Ja").setShare(70.0);
		b.flow(ask, check);

		ExpectedValues expected = ExpectedValues.of(b.process).values();
		assertEquals(1, expected.visits().get(join), 1e-9);
		Mean mean = simulate(b, start, Map.of(split, join));
		assertEquals(expected.leadTime(), mean.lead(), expected.leadTime() * 0.01);
		assertEquals(expected.processingTime(), mean.work(), expected.processingTime() * 0.01);
		assertEquals(expected.costPerCase(), mean.cost(), expected.costPerCase() * 0.01);
		assertEquals(expected.firstPassYield(), mean.firstPass(), 0.01);
	}

	/** What 100,000 simulated cases (a fixed seed) take on average, and the share that went without rework. */
	private record Mean(double lead, double work, double cost, double firstPass) {
	}

	/** Walks 100,000 cases from the start; {@code joins} names the join of each parallel split. */
	private static Mean simulate(ProcessBuilder b, FlowNode start, Map<FlowNode, FlowNode> joins) {
		Random random = new Random(20261205);
		int cases = 100_000;
		double lead = 0, work = 0, cost = 0;
		int firstPass = 0;
		for (int i = 0; i < cases; i++) {
			Walk walk = new Walk();
			walk.walk(b, start, null, joins, random);
			lead += walk.lead;
			work += walk.work;
			cost += walk.cost;
			if (!walk.rework) {
				firstPass++;
			}
		}
		return new Mean(lead / cases, work / cases, cost / cases, (double) firstPass / cases);
	}

	/** One simulated case: its time to the end (the slowest way of a parallel block), work, cost. */
	private static final class Walk {
		double lead, work, cost;
		boolean rework;
		final List<FlowNode> seen = new ArrayList<>();

		/** Walks from a node until {@code until} (a join) or an end; returns the time it took. */
		double walk(ProcessBuilder b, FlowNode from, FlowNode until, Map<FlowNode, FlowNode> joins, Random random) {
			double time = 0;
			FlowNode node = from;
			while (node != until && !(node instanceof EndEvent)) {
				if (seen.contains(node) && node instanceof Activity) {
					rework = true;
				}
				seen.add(node);
				if (node instanceof Activity a) {
					time += a.getProcessingTime() + a.getWaitingTime();
					work += a.getProcessingTime();
					cost += a.getCost();
				}
				if (joins.containsKey(node)) {
					double slowest = 0;
					for (SequenceFlow way : b.process.getFlows()) {
						if (way.getSource() == node) {
							slowest = Math.max(slowest, walk(b, way.getTarget(), joins.get(node), joins, random));
						}
					}
					time += slowest;
					node = joins.get(node);
				}
				node = next(b, node, random);
			}
			if (until == null) {
				lead = time;
			}
			return time;
		}
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
