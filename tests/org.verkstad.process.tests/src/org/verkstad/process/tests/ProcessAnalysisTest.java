package org.verkstad.process.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.EndEvent;
import org.verkstad.process.Lane;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;
import org.verkstad.process.analysis.ProcessAnalysis;

/** The analyses against figures computed by hand. */
class ProcessAnalysisTest {

	/**
	 * <pre>
	 * Medborgare:  start → A (30+0, 0 kr, VA)                       ┌→ end
	 * Kundtjänst:             → B (10+60, 100 kr, N) → D? ─ Ja ──────┤
	 * Handläggare:                                     └ Nej → C (45+2880, 500 kr, W) → E (20+0, 200 kr, VA) → end
	 * </pre>
	 * Main path (longest): start, A, B, D, C, E, end. Lead time = 30 + 70 + 2925 + 20 = 3045 min;
	 * processing = 30 + 10 + 45 + 20 = 105; waiting = 60 + 2880 = 2940; value-adding = 30 + 20 = 50;
	 * cost = 0 + 100 + 500 + 200 = 800. Hand-offs: start→A same lane; A→B, D→end(Medborgare), D→C =
	 * 3 in the map; on the main path A→B, D→C = 2 (B, D in Kundtjänst; C, E, end2 in Handläggare).
	 */
	@Test
	void mainPathFiguresMatchHandComputation() {
		ProcessBuilder b = new ProcessBuilder("Test");
		Lane citizen = b.lane("Medborgare");
		Lane service = b.lane("Kundtjänst");
		Lane officer = b.lane("Handläggare");
		StartEvent start = b.start(citizen);
		Activity a = b.activity(citizen, "A", 30, 0, 0, ValueClass.VALUE_ADDING);
		Activity bb = b.activity(service, "B", 10, 60, 100, ValueClass.NECESSARY);
		Decision d = b.decision(service, "D?");
		Activity c = b.activity(officer, "C", 45, 2880, 500, ValueClass.WASTE);
		Activity e = b.activity(officer, "E", 20, 0, 200, ValueClass.VALUE_ADDING);
		EndEvent end1 = b.end(citizen);
		EndEvent end2 = b.end(officer);
		b.flow(start, a);
		b.flow(a, bb);
		b.flow(bb, d);
		b.flow(d, end1, "Ja");
		b.flow(d, c, "Nej");
		b.flow(c, e);
		b.flow(e, end2);
		a.setFrequency(1000.0);
		bb.setFrequency(1000.0);
		c.setFrequency(300.0);

		ProcessAnalysis analysis = ProcessAnalysis.of(b.process);

		assertEquals(List.of(start, a, bb, d, c, e, end2), analysis.mainPath());
		assertEquals(3045, analysis.leadTime(), 1e-9);
		assertEquals(105, analysis.processingTime(), 1e-9);
		assertEquals(2940, analysis.waitingTime(), 1e-9);
		assertEquals(2940.0 / 3045, analysis.waitingShare(), 1e-9);
		assertEquals(50.0 / 3045, analysis.valueAddingShare(), 1e-9);
		assertEquals(800, analysis.costPerCase(), 1e-9);
		assertEquals(3, analysis.handOffs());
		assertEquals(2, analysis.handOffsOnMainPath());
		// 0 × 1000 + 100 × 1000 + 500 × 300; E has no frequency
		assertEquals(250_000, analysis.yearlyCost(), 1e-9);
		assertEquals(4, analysis.activities());
	}

	@Test
	void loopsAreCutWhereTheyClose() {
		ProcessBuilder b = new ProcessBuilder("Slinga");
		Lane lane = b.lane("Handläggare");
		StartEvent start = b.start(lane);
		Activity check = b.activity(lane, "Kontrollerar", 10, 0, 0, ValueClass.NECESSARY);
		Decision ok = b.decision(lane, "Komplett?");
		Activity complete = b.activity(lane, "Begär komplettering", 5, 7200, 50, ValueClass.WASTE);
		EndEvent end = b.end(lane);
		b.flow(start, check);
		b.flow(check, ok);
		b.flow(ok, end, "Ja");
		b.flow(ok, complete, "Nej");
		b.flow(complete, check);

		ProcessAnalysis analysis = ProcessAnalysis.of(b.process);

		assertEquals(List.of(start, check, ok, end), analysis.mainPath());
		assertEquals(10, analysis.leadTime(), 1e-9);
		assertEquals(0, analysis.handOffs());
	}

	@Test
	void mapWithoutPathHasEmptyAnalysis() {
		ProcessBuilder b = new ProcessBuilder("Tom");
		b.activity(null, "Ensam", 10, 0, 0, ValueClass.NECESSARY);
		ProcessAnalysis analysis = ProcessAnalysis.of(b.process);
		assertTrue(analysis.mainPath().isEmpty());
		assertEquals(0, analysis.leadTime(), 1e-9);
		assertEquals(0, analysis.waitingShare(), 1e-9);
		assertEquals(1, analysis.activities());
	}
}
