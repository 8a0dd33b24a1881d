package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verkstad.testsupport.Findings.assertFinding;
import static org.verkstad.testsupport.Findings.assertNoErrors;
import static org.verkstad.testsupport.Findings.assertNoFinding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Direction;
import org.verkstad.core.Measure;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Measures;
import org.verkstad.core.validation.Severity;
import org.verkstad.process.Parallel;
import org.verkstad.process.ProcessModel;

/**
 * Effect measures in the text of every notation: read, laid out as {@code format} writes them, computed
 * from the model's analysis where they say so (in the unit they name), how far they have come, and the
 * checks (a target without a baseline, a target on the wrong side, a figure the model does not compute,
 * a current value beside a computed one). The process map below also has a parallel block.
 */
class MeasuresTest {

	@TempDir
	Path dir;

	private static final String PROCESS = """
			process remiss "Remiss" to-be {
				measure m-ledtid "Ledtid" {
					unit "dagar"
					baseline 20
					target 5
					source "Ärendesystemet"
					computed lead-time
				}
				measure m-timmar "Ledtid i timmar" {
					unit "timmar"
					computed lead-time
				}
				measure m-nojd "Nöjda sökande" {
					unit "%"
					baseline 50
					target 80
					current 65
					higher-is-better
				}

				lane l "Handläggare" {
					start s "Ansökan kommer in"
					parallel p-ut "Remisser ut"
					activity polis "Remiss till polisen" {
						time 1 hour
						wait 7 days
						cost 500
						necessary
					}
					activity skv "Remiss till Skatteverket" {
						time 30 min
						wait 3 days
						cost 300
						necessary
					}
					parallel p-in "Svaren inne"
					activity beslut "Beslutar" {
						time 1 hour
						wait 1 day
						cost 700
						value-adding
					}
					end e "Klart"
				}
				flow f1 s -> p-ut
				flow f2 p-ut -> polis
				flow f3 p-ut -> skv
				flow f4 polis -> p-in
				flow f5 skv -> p-in
				flow f6 p-in -> beslut
				flow f7 beslut -> e
			}
			""";

	@Test
	void measuresAreReadComputedAndLaidOutAsFormatWritesThem() throws Exception {
		ProcessModel process = (ProcessModel) Texts.parse(dir, "remiss.process", PROCESS);
		assertNoErrors(process);
		assertTrue(process.getLanes().get(0).getNodes().get(1) instanceof Parallel, "parallel is a step of its own");
		assertEquals(3, process.getMeasures().size());
		assertEquals(PROCESS, new String(ModelIO.render(process, dir.resolve("remiss.process"), true), StandardCharsets.UTF_8),
				"format writes the text as it is");

		// the lead time: 1 h + 7 d (the police, the longest way) + 1 h + 1 d = 8 d 2 h = 8.083 days
		Measures leadTime = Measures.of(process.getMeasures().get(0));
		assertEquals(8 + 2 / 24.0, leadTime.current(), 1e-9);
		assertEquals(Direction.LOWER, leadTime.better(), "a lead time is better lower");
		assertEquals((8 + 2 / 24.0 - 20) / (5 - 20), leadTime.progress(), 1e-9);
		assertEquals("Ledtid: 20 dagar \u2192 5 dagar, now 8.1 dagar (79% of the way)", leadTime.line(Locale.ENGLISH));
		assertEquals("Ledtid: 20 dagar \u2192 5 dagar, nu 8,1 dagar (79\u00a0% av vägen)", leadTime.line(Locale.forLanguageTag("sv")));
		assertEquals(194, Measures.of(process.getMeasures().get(1)).current(), 1e-9, "the same in hours");
		assertNull(Measures.of(process.getMeasures().get(1)).progress(), "no baseline, no target: no progress");
		Measures satisfied = Measures.of(process.getMeasures().get(2));
		assertEquals(0.5, satisfied.progress(), 1e-9);
		assertEquals(Measures.header(Locale.ENGLISH).size(), satisfied.row(Locale.ENGLISH).size());
	}

	@Test
	void theChecksSayWhatAMeasureLacks() throws Exception {
		ProcessModel process = (ProcessModel) Texts.parse(dir, "remiss.process", PROCESS);
		Measure leadTime = process.getMeasures().get(0);
		Measure satisfied = process.getMeasures().get(2);
		for (String code : new String[] { "core.measure.noBaseline", "core.measure.wrongSide", "core.measure.computed",
				"core.measure.currentComputed" }) {
			assertNoFinding(process, code);
		}
		// a lead time aimed higher than it starts
		leadTime.setGoal(30.0);
		assertFinding(process, "core.measure.wrongSide", leadTime, Severity.WARNING);
		leadTime.setGoal(5.0);
		// satisfaction aimed lower, stated better higher
		satisfied.setGoal(40.0);
		assertFinding(process, "core.measure.wrongSide", satisfied, Severity.WARNING);
		satisfied.setGoal(80.0);
		satisfied.setBaseline(null);
		assertFinding(process, "core.measure.noBaseline", satisfied, Severity.WARNING);
		// a figure the process map does not compute, and a current value beside a computed one
		leadTime.setComputed("happiness");
		assertTrue(assertFinding(process, "core.measure.computed", leadTime, Severity.ERROR).message(Locale.ENGLISH)
				.contains("lead-time"), "the figures it does compute are named");
		leadTime.setComputed("lead-time");
		leadTime.setCurrent(9.0);
		assertFinding(process, "core.measure.currentComputed", leadTime, Severity.WARNING);
	}

	@Test
	void everyNotationHasMeasuresAndAJourneyCountsItsPainPoints() throws Exception {
		Model journey = Texts.parse(dir, "resa.journey", """
				journey resa "Resa" {
					measure m-smarta "Smärtpunkter" {
						unit "st"
						baseline 4
						target 1
						computed pain-points
					}

					phase a "Ansöker" {
						emotion -1
						pain p1 "Krångligt"
						pain p2 "Långsamt"
					}
				}
				""");
		assertNoErrors(journey);
		assertEquals(2, Measures.of(journey.getMeasures().get(0)).current(), 1e-9);
		for (String[] model : new String[][] { { "s.swot", "swot s \"S\" {\n\tmeasure m \"Idéer\" {\n\t\tbaseline 2\n\t\ttarget 6\n\t}\n}\n" },
				{ "b.boxes", "boxes b \"B\" {\n\tmeasure m \"Mognad\" {\n\t\tbaseline 2\n\t\ttarget 4\n\t}\n}\n" },
				{ "c.startstop", "startstop c \"C\" {\n\tmeasure m \"Mått\" {\n\t\tbaseline 1\n\t\ttarget 2\n\t}\n}\n" } }) {
			Model read = Texts.parse(dir, model[0], model[1]);
			assertNotNull(read.getMeasures().isEmpty() ? null : read.getMeasures().get(0), model[0]);
			assertEquals(Direction.HIGHER, Measures.of(read.getMeasures().get(0)).better(), "from the baseline to the target");
		}
	}
}
