package org.verkstad.process.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verkstad.process.Activity;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;

/**
 * What a case costs on average over all the paths of a process map, when its decisions say which share
 * of the cases takes each way ({@code when "Nej" 30 %}): the map is an absorbing Markov chain whose
 * end events absorb. The expected number of <b>visits</b> of each step solves v = s + vP (s: the cases
 * starting there, equally many at each start event; P: the flows' shares), so that a step on a rework loop
 * taken by 30 % of the cases counts 1 / (1 − 0,3) ≈ 1,43 times. The expected lead time is Σ visits ×
 * (processing + waiting time), and so on for processing, waiting, value-adding time, cost and hand-offs.
 * The <b>first-pass yield</b> is the share of cases that reach an end without taking a flow that closes a
 * loop.
 * <p>
 * A node with several outgoing flows needs a share on each (one of them may be left out: it gets the
 * rest); shares that do not add up to 100 % are scaled to it (the checks warn). Where shares are missing,
 * or a loop is never left, there are no expected values and the main-path figures stand alone.
 */
public record ExpectedValues(double leadTime, double processingTime, double waitingTime, double valueAddingTime,
		double costPerCase, double handOffs, double firstPassYield, Map<FlowNode, Double> visits) {

	/** Visits beyond this mean a loop that cases never leave. */
	private static final double ENDLESS = 1e9;
	private static final int SWEEPS = 100_000;

	/** The expected values, or why there are none: the nodes whose shares are missing, a loop never left. */
	public record Outcome(ExpectedValues values, List<FlowNode> withoutShares, boolean endlessLoop) {
		public boolean computed() {
			return values != null;
		}
	}

	public static Outcome of(ProcessModel process) {
		ProcessGraph graph = new ProcessGraph(process);
		Map<SequenceFlow, Double> chance = new HashMap<>();
		List<FlowNode> withoutShares = new ArrayList<>();
		for (FlowNode node : graph.nodes()) {
			if (!chances(graph.outgoing(node), chance)) {
				withoutShares.add(node);
			}
		}
		List<FlowNode> starts = graph.nodes().stream().filter(StartEvent.class::isInstance).toList();
		if (!withoutShares.isEmpty() || starts.isEmpty()) {
			return new Outcome(null, List.copyOf(withoutShares), false);
		}
		ProcessAnalysis.Order order = ProcessAnalysis.order(graph);
		List<FlowNode> topological = new ArrayList<>(order.postOrder());
		Collections.reverse(topological);

		// v = s + vP, solved by sweeps in topological order: one sweep when there are no loops
		Map<FlowNode, Double> visits = new LinkedHashMap<>();
		topological.forEach(node -> visits.put(node, 0.0));
		double start = 1.0 / starts.size();
		boolean settled = false;
		for (int sweep = 0; sweep < SWEEPS && !settled; sweep++) {
			settled = true;
			for (FlowNode node : topological) {
				double v = node instanceof StartEvent ? start : 0;
				for (SequenceFlow in : graph.incoming(node)) {
					v += visits.getOrDefault(in.getSource(), 0.0) * chance.getOrDefault(in, 0.0);
				}
				if (v > ENDLESS) {
					return new Outcome(null, List.of(), true);
				}
				if (Math.abs(v - visits.get(node)) > 1e-13 * Math.max(1, v)) {
					settled = false;
				}
				visits.put(node, v);
			}
		}
		if (!settled) {
			return new Outcome(null, List.of(), true);
		}

		double processing = 0, waiting = 0, valueAdding = 0, cost = 0, handOffs = 0;
		for (Map.Entry<FlowNode, Double> entry : visits.entrySet()) {
			double v = entry.getValue();
			if (entry.getKey() instanceof Activity a) {
				processing += v * ProcessAnalysis.value(a.getProcessingTime());
				waiting += v * ProcessAnalysis.value(a.getWaitingTime());
				cost += v * ProcessAnalysis.value(a.getCost());
				if (a.getValueClass() == ValueClass.VALUE_ADDING) {
					valueAdding += v * ProcessAnalysis.value(a.getProcessingTime());
				}
			}
			for (SequenceFlow out : graph.outgoing(entry.getKey())) {
				if (ProcessAnalysis.isHandOff(out.getSource(), out.getTarget())) {
					handOffs += v * chance.getOrDefault(out, 0.0);
				}
			}
		}
		return new Outcome(new ExpectedValues(processing + waiting, processing, waiting, valueAdding, cost, handOffs,
				firstPassYield(graph, topological, order, chance, start), Collections.unmodifiableMap(visits)), List.of(), false);
	}

	/** The share of cases that reach an end event without taking a flow that closes a loop. */
	private static double firstPassYield(ProcessGraph graph, List<FlowNode> topological, ProcessAnalysis.Order order,
			Map<SequenceFlow, Double> chance, double start) {
		Map<FlowNode, Double> reached = new HashMap<>();
		double ended = 0;
		for (FlowNode node : topological) {
			double r = node instanceof StartEvent ? start : 0;
			for (SequenceFlow in : graph.incoming(node)) {
				if (!order.backEdges().contains(in)) {
					r += reached.getOrDefault(in.getSource(), 0.0) * chance.getOrDefault(in, 0.0);
				}
			}
			reached.put(node, r);
			if (node instanceof EndEvent) {
				ended += r;
			}
		}
		return Math.min(1, ended);
	}

	/**
	 * The chance of each of a node's outgoing flows: 1 for the only one; the shares (in percent) where
	 * there are several, one of them left to the rest, all scaled to 100 %. False when that cannot be said.
	 */
	private static boolean chances(List<SequenceFlow> out, Map<SequenceFlow, Double> chance) {
		if (out.isEmpty()) {
			return true;
		}
		if (out.size() == 1) {
			chance.put(out.get(0), 1.0);
			return true;
		}
		double sum = 0;
		SequenceFlow rest = null;
		for (SequenceFlow flow : out) {
			if (flow.getShare() != null) {
				sum += flow.getShare();
			} else if (rest == null) {
				rest = flow;
			} else {
				return false;
			}
		}
		double total = rest != null ? 100 : sum;
		if (rest != null && sum >= 100 || total <= 0) {
			return false;
		}
		for (SequenceFlow flow : out) {
			chance.put(flow, (flow == rest ? 100 - sum : flow.getShare()) / total);
		}
		return true;
	}

	/** The expected waiting time as a share (0..1) of the expected lead time. */
	public double waitingShare() {
		return leadTime == 0 ? 0 : waitingTime / leadTime;
	}

	/** The expected value-adding processing time as a share (0..1) of the expected lead time. */
	public double valueAddingShare() {
		return leadTime == 0 ? 0 : valueAddingTime / leadTime;
	}
}
