package org.verkstad.process.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
		return reach(StartEvent.class, this::outgoing, SequenceFlow::getTarget);
	}

	/** Nodes from which some end event can be reached along flows. */
	public Set<FlowNode> reachingEnd() {
		return reach(EndEvent.class, this::incoming, SequenceFlow::getSource);
	}

	/** Nodes reached from the nodes of a kind, following flows one way. */
	private Set<FlowNode> reach(Class<? extends FlowNode> from, Function<FlowNode, List<SequenceFlow>> flows,
			Function<SequenceFlow, FlowNode> across) {
		Set<FlowNode> seen = new LinkedHashSet<>();
		List<FlowNode> todo = new ArrayList<>();
		nodes.stream().filter(from::isInstance).forEach(todo::add);
		while (!todo.isEmpty()) {
			FlowNode node = todo.remove(todo.size() - 1);
			if (seen.add(node)) {
				flows.apply(node).forEach(f -> todo.add(across.apply(f)));
			}
		}
		return seen;
	}
}
