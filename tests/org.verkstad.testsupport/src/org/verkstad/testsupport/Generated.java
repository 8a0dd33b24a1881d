package org.verkstad.testsupport;

import org.eclipse.emf.ecore.EObject;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.ValueClass;

/** Generated models of a given size, for benchmarks. */
public final class Generated {

	private Generated() {
	}

	/**
	 * A process map of about {@code elements} elements: five lanes, a chain of activities with a
	 * decision every tenth step looping back, problems on some.
	 */
	public static ProcessModel process(int elements) {
		ProcessFactory f = ProcessFactory.eINSTANCE;
		ProcessModel process = f.createProcessModel();
		process.setName("Genererad process");
		Lane[] lanes = new Lane[5];
		for (int i = 0; i < lanes.length; i++) {
			lanes[i] = f.createLane();
			lanes[i].setName("Roll " + (i + 1));
			process.getLanes().add(lanes[i]);
		}
		FlowNode previous = f.createStartEvent();
		previous.setName("Start");
		lanes[0].getNodes().add(previous);
		Activity lastActivity = null;
		int step = 0;
		while (count(process) < elements - 3) {
			step++;
			Lane lane = lanes[step % lanes.length];
			FlowNode next;
			if (step % 10 == 0 && lastActivity != null) {
				Decision decision = f.createDecision();
				decision.setName("Komplett " + step + "?");
				next = decision;
			} else {
				Activity activity = f.createActivity();
				activity.setName("Aktivitet " + step + " – åtgärd");
				activity.setProcessingTime(5.0 + step % 7);
				activity.setWaitingTime((double) (step % 3) * 60);
				activity.setCost(100.0 + step % 11);
				activity.setFrequency(1200.0);
				activity.setValueClass(ValueClass.get(1 + step % 3));
				activity.getSystems().add("Ärendehanteringssystem");
				if (step % 5 == 0) {
					org.verkstad.process.Problem problem = f.createProblem();
					problem.setName("Väntan på komplettering");
					activity.getProblems().add(problem);
				}
				next = activity;
			}
			lane.getNodes().add(next);
			SequenceFlow flow = f.createSequenceFlow();
			flow.setSource(previous);
			flow.setTarget(next);
			if (previous instanceof Decision) {
				flow.setCondition("Ja");
				SequenceFlow back = f.createSequenceFlow();
				back.setSource(previous);
				back.setTarget(lastActivity);
				back.setCondition("Nej");
				process.getFlows().add(back);
			}
			process.getFlows().add(flow);
			if (next instanceof Activity a) {
				lastActivity = a;
			}
			previous = next;
		}
		FlowNode end = f.createEndEvent();
		end.setName("Klart");
		lanes[0].getNodes().add(end);
		SequenceFlow last = f.createSequenceFlow();
		last.setSource(previous);
		last.setTarget(end);
		if (previous instanceof Decision) {
			last.setCondition("Ja");
		}
		process.getFlows().add(last);
		return process;
	}

	public static int count(EObject root) {
		int[] n = { 1 };
		root.eAllContents().forEachRemaining(o -> n[0]++);
		return n[0];
	}

}
