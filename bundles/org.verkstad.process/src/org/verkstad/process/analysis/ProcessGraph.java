package org.verkstad.process.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verkstad.process.FlowNode;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.EndEvent;
import org.verkstad.process.Lane;

/** The nodes and flows of a process as a graph: incoming/outgoing flows, reachability. */
public final class ProcessGraph {

	private final ProcessModel process;
	private final List<FlowNode> nodes = new ArrayList<>();
	private final Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();
	private final Map<FlowNode, List<SequenceFlow>> incoming = new HashMap<>();

	public ProcessGraph(ProcessModel process) {
		this.process = process;
		for (Lane lane : process.getLanes()) {
			nodes.addAll(lane.getNodes());
		}
		nodes.addAll(process.getNodes());
		for (SequenceFlow flow : process.getFlows()) {
			if (flow.getSource() != null && flow.getTarget() != null) {
				outgoing.computeIfAbsent(flow.getSource(), n -> new ArrayList<>()).add(flow);
				incoming.computeIfAbsent(flow.getTarget(), n -> new ArrayList<>()).add(flow);
			}
		}
	}

	public ProcessModel process() {
		return process;
	}

	/** All nodes: those in lanes (lane by lane) and those outside lanes. */
	public List<FlowNode> nodes() {
		return nodes;
	}

	public List<SequenceFlow> outgoing(FlowNode node) {
		return outgoing.getOrDefault(node, List.of());
	}

	public List<SequenceFlow> incoming(FlowNode node) {
		return incoming.getOrDefault(node, List.of());
	}

	/** The lane a node is in, or null when it is outside lanes. */
	public static Lane laneOf(FlowNode node) {
		return node.eContainer() instanceof Lane lane ? lane : null;
	}

	/** Nodes reachable from any start event along flows. */
	public Set<FlowNode> reachableFromStart() {
		Set<FlowNode> seen = new LinkedHashSet<>();
		List<FlowNode> todo = new ArrayList<>();
		nodes.stream().filter(StartEvent.class::isInstance).forEach(todo::add);
		while (!todo.isEmpty()) {
			FlowNode node = todo.remove(todo.size() - 1);
			if (seen.add(node)) {
				outgoing(node).forEach(f -> todo.add(f.getTarget()));
			}
		}
		return seen;
	}

	/** Nodes from which some end event can be reached along flows. */
	public Set<FlowNode> reachingEnd() {
		Set<FlowNode> seen = new LinkedHashSet<>();
		List<FlowNode> todo = new ArrayList<>();
		nodes.stream().filter(EndEvent.class::isInstance).forEach(todo::add);
		while (!todo.isEmpty()) {
			FlowNode node = todo.remove(todo.size() - 1);
			if (seen.add(node)) {
				incoming(node).forEach(f -> todo.add(f.getSource()));
			}
		}
		return seen;
	}
}
