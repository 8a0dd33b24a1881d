package org.verkstad.process.tests;

import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.Parallel;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;

/** Small process maps for tests, built the way the editors will build them. */
final class ProcessBuilder {

	static final ProcessFactory F = ProcessFactory.eINSTANCE;

	final ProcessModel process = F.createProcessModel();

	ProcessBuilder(String name) {
		process.setName(name);
	}

	Lane lane(String name) {
		Lane lane = F.createLane();
		lane.setName(name);
		process.getLanes().add(lane);
		return lane;
	}

	StartEvent start(Lane lane) {
		return add(lane, F.createStartEvent(), "Start");
	}

	EndEvent end(Lane lane) {
		return add(lane, F.createEndEvent(), "Klart");
	}

	Decision decision(Lane lane, String name) {
		return add(lane, F.createDecision(), name);
	}

	Parallel parallel(Lane lane, String name) {
		return add(lane, F.createParallel(), name);
	}

	Activity activity(Lane lane, String name, double processing, double waiting, double cost, ValueClass value) {
		Activity activity = add(lane, F.createActivity(), name);
		activity.setProcessingTime(processing);
		activity.setWaitingTime(waiting);
		activity.setCost(cost);
		activity.setValueClass(value);
		return activity;
	}

	SequenceFlow flow(FlowNode from, FlowNode to) {
		return flow(from, to, null);
	}

	SequenceFlow flow(FlowNode from, FlowNode to, String condition) {
		SequenceFlow flow = F.createSequenceFlow();
		flow.setSource(from);
		flow.setTarget(to);
		flow.setCondition(condition);
		process.getFlows().add(flow);
		return flow;
	}

	private <T extends FlowNode> T add(Lane lane, T node, String name) {
		node.setName(name);
		if (lane != null) {
			lane.getNodes().add(node);
		} else {
			process.getNodes().add(node);
		}
		return node;
	}
}
