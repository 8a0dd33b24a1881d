package org.verkstad.process.tests;

import static org.verkstad.testsupport.Findings.assertFinding;
import static org.verkstad.testsupport.Findings.assertNoErrors;
import static org.verkstad.testsupport.Findings.assertNoFinding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verkstad.core.validation.Severity;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.EndEvent;
import org.verkstad.process.Lane;
import org.verkstad.process.Parallel;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ProcessState;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;

/** Every process rule, once where it holds and once where it is broken. */
class ProcessRulesTest {

	ProcessBuilder b;
	Lane citizen;
	Lane officer;
	StartEvent start;
	Activity apply;
	Activity register;
	EndEvent end;

	/** A valid map: start → Ansöker → Registrerar → end. */
	@BeforeEach
	void validMap() {
		b = new ProcessBuilder("Ansökan om bygglov");
		citizen = b.lane("Medborgare");
		officer = b.lane("Handläggare");
		start = b.start(citizen);
		apply = b.activity(citizen, "Ansöker", 30, 0, 0, ValueClass.VALUE_ADDING);
		register = b.activity(officer, "Registrerar ärendet", 10, 2880, 150, ValueClass.NECESSARY);
		end = b.end(officer);
		b.flow(start, apply);
		b.flow(apply, register);
		b.flow(register, end);
	}

	@Test
	void validMapHasNoErrors() {
		assertNoErrors(b.process);
	}

	/** Only a decision divides the way: an activity with two ways out asks which is meant. */
	@Test
	void aStepWithTwoWaysOutAndNoDecisionAsksWhichIsMeant() {
		assertNoFinding(b.process, "process.branches.noDecision");
		b.flow(apply, end);
		assertFinding(b.process, "process.branches.noDecision", apply, Severity.WARNING);
	}

	/**
	 * Work at the same time: a parallel split's ways meet again at a join, a join gathers a split's ways,
	 * a parallel element divides or gathers something, and the ways out of a split carry no share.
	 */
	@Test
	void workAtTheSameTimeIsGatheredAgain() {
		b.process.getFlows().removeIf(f -> f.getSource() == apply);
		Parallel split = b.parallel(officer, "Skickar remisser");
		Activity police = b.activity(officer, "Remiss till polisen", 20, 7200, 200, ValueClass.NECESSARY);
		Activity tax = b.activity(officer, "Remiss till Skatteverket", 15, 4320, 150, ValueClass.NECESSARY);
		Parallel join = b.parallel(officer, "Svar inne");
		b.flow(apply, split);
		SequenceFlow toPolice = b.flow(split, police);
		b.flow(split, tax);
		b.flow(police, join);
		SequenceFlow fromTax = b.flow(tax, join);
		b.flow(join, register);
		assertNoErrors(b.process);
		for (String code : new String[] { "process.parallel.unjoined", "process.parallel.noSplit", "process.parallel.single",
				"process.branches.noDecision", "process.share.parallel", "process.decision.label" }) {
			assertNoFinding(b.process, code);
		}

		toPolice.setShare(50.0);
		assertFinding(b.process, "process.share.parallel", toPolice, Severity.WARNING);
		toPolice.setShare(null);

		// the tax agency's answer goes straight on: the split's ways never meet again
		fromTax.setTarget(end);
		assertFinding(b.process, "process.parallel.unjoined", split, Severity.WARNING);
		assertFinding(b.process, "process.parallel.single", join, Severity.WARNING);

		// a join after a decision's ways waits for ever
		fromTax.setTarget(join);
		Decision which = b.decision(officer, "Vilken remiss?");
		b.process.getFlows().removeIf(f -> f.getSource() == apply);
		b.process.getFlows().removeIf(f -> f.getSource() == split);
		b.flow(apply, which);
		b.flow(which, police, "Polis");
		b.flow(which, tax, "Skatt");
		assertFinding(b.process, "process.parallel.noSplit", join, Severity.WARNING);
	}

	/** Shares of the cases: between 0 and 100 %, where the way divides, adding up to 100 % at a step. */
	@Test
	void sharesAreInRangeWhereTheWayDividesAndAddUp() {
		assertNoFinding(b.process, "process.share.sum");
		Decision ok = b.decision(officer, "Komplett?");
		b.process.getFlows().removeIf(f -> f.getSource() == register);
		b.flow(register, ok);
		SequenceFlow yes = b.flow(ok, end, "Ja");
		SequenceFlow no = b.flow(ok, apply, "Nej");
		yes.setShare(70.0);
		no.setShare(30.0);
		assertNoFinding(b.process, "process.share.sum");
		assertNoFinding(b.process, "process.share.range");
		no.setShare(20.0);
		assertFinding(b.process, "process.share.sum", ok, Severity.WARNING);
		no.setShare(130.0);
		assertFinding(b.process, "process.share.range", no, Severity.ERROR);
		no.setShare(30.0);
		SequenceFlow single = b.process.getFlows().stream().filter(f -> f.getSource() == start).findFirst().orElseThrow();
		single.setShare(50.0);
		assertFinding(b.process, "process.share.single", single, Severity.WARNING);
	}

	@Test
	void startEventIsRequired() {
		assertNoFinding(b.process, "process.start.missing");
		b.process.getFlows().removeIf(f -> f.getSource() == start);
		citizen.getNodes().remove(start);
		assertFinding(b.process, "process.start.missing", b.process, Severity.ERROR);
	}

	@Test
	void endEventIsRequired() {
		assertNoFinding(b.process, "process.end.missing");
		b.process.getFlows().removeIf(f -> f.getTarget() == end);
		officer.getNodes().remove(end);
		assertFinding(b.process, "process.end.missing", b.process, Severity.ERROR);
	}

	@Test
	void activityMustBeReachableFromStart() {
		assertNoFinding(b.process, "process.path.unreachable");
		Activity orphan = b.activity(officer, "Arkiverar", 5, 0, 10, ValueClass.WASTE);
		b.flow(orphan, end);
		assertFinding(b.process, "process.path.unreachable", orphan, Severity.ERROR);
	}

	@Test
	void activityMustLeadToAnEnd() {
		assertNoFinding(b.process, "process.path.deadEnd");
		Activity deadEnd = b.activity(officer, "Skriver ut", 5, 0, 10, ValueClass.WASTE);
		b.flow(register, deadEnd);
		assertFinding(b.process, "process.path.deadEnd", deadEnd, Severity.ERROR);
	}

	@Test
	void decisionNeedsTwoBranches() {
		Decision complete = b.decision(officer, "Komplett?");
		b.process.getFlows().removeIf(f -> f.getSource() == register);
		b.flow(register, complete);
		b.flow(complete, end, "Ja");
		assertFinding(b.process, "process.decision.branches", complete, Severity.ERROR);
		b.flow(complete, apply, "Nej");
		assertNoFinding(b.process, "process.decision.branches");
	}

	@Test
	void decisionBranchesNeedLabels() {
		Decision complete = b.decision(officer, "Komplett?");
		b.process.getFlows().removeIf(f -> f.getSource() == register);
		b.flow(register, complete);
		b.flow(complete, end, "Ja");
		SequenceFlow unlabelled = b.flow(complete, apply);
		assertFinding(b.process, "process.decision.label", unlabelled, Severity.WARNING);
		unlabelled.setCondition("Nej, komplettering behövs");
		assertNoFinding(b.process, "process.decision.label");
	}

	@Test
	void flowNeedsBothEnds() {
		assertNoFinding(b.process, "process.flow.ends");
		SequenceFlow loose = b.flow(register, null);
		assertFinding(b.process, "process.flow.ends", loose, Severity.ERROR);
	}

	@Test
	void flowToItselfIsSuspicious() {
		assertNoFinding(b.process, "process.flow.self");
		SequenceFlow self = b.flow(register, register);
		assertFinding(b.process, "process.flow.self", self, Severity.WARNING);
	}

	@Test
	void nothingFlowsIntoStartOrOutOfEnd() {
		assertNoFinding(b.process, "process.start.incoming");
		assertNoFinding(b.process, "process.end.outgoing");
		b.flow(end, start);
		assertFinding(b.process, "process.start.incoming", start, Severity.WARNING);
		assertFinding(b.process, "process.end.outgoing", end, Severity.WARNING);
	}

	@Test
	void timesAndCostsAreNotNegative() {
		assertNoFinding(b.process, "process.activity.negative.processingTime");
		register.setProcessingTime(-5.0);
		register.setWaitingTime(-1.0);
		register.setCost(-100.0);
		register.setFrequency(-2.0);
		assertFinding(b.process, "process.activity.negative.processingTime", register, Severity.ERROR);
		assertFinding(b.process, "process.activity.negative.waitingTime", register, Severity.ERROR);
		assertFinding(b.process, "process.activity.negative.cost", register, Severity.ERROR);
		assertFinding(b.process, "process.activity.negative.frequency", register, Severity.ERROR);
	}

	@Test
	void missingAnalysisDataGivesHints() {
		assertNoFinding(b.process, "process.activity.noTime");
		assertNoFinding(b.process, "process.activity.noValueClass");
		register.setProcessingTime(null);
		register.setValueClass(ValueClass.UNCLASSIFIED);
		assertFinding(b.process, "process.activity.noTime", register, Severity.HINT);
		assertFinding(b.process, "process.activity.noValueClass", register, Severity.HINT);
	}

	@Test
	void toBeMapRefersToAnAsIsMap() {
		ProcessModel asIs = new ProcessBuilder("Nuläge").process;
		asIs.setState(ProcessState.AS_IS);
		b.process.setState(ProcessState.TO_BE);
		b.process.setAsIs(asIs);
		assertNoFinding(b.process, "process.asIs.state");
		assertNoFinding(b.process, "process.asIs.fromAsIs");
		asIs.setState(ProcessState.TO_BE);
		assertFinding(b.process, "process.asIs.state", b.process, Severity.WARNING);
		b.process.setState(ProcessState.AS_IS);
		assertFinding(b.process, "process.asIs.fromAsIs", b.process, Severity.WARNING);
	}

	@Test
	void activitiesAndLanesNeedNames() {
		assertNoFinding(b.process, "core.name.missing");
		register.setName(" ");
		assertFinding(b.process, "core.name.missing", register, Severity.WARNING);
	}
}
