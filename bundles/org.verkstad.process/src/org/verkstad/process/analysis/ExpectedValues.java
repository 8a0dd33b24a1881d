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
import org.verkstad.process.Parallel;
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
 * Work done at the same time: a parallel split sends the case along every way out (each counts fully), a
 * join is passed once when all its ways have arrived. Processing time, cost and hand-offs count every way;
 * the lead time of a parallel block is that of its longest way (the largest expected time from the split
 * to the join), and the expected waiting and value-adding time are those along the ways that set the
 * lead time. The first-pass yield of a block is the product of its ways' yields.
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
			if (node instanceof Parallel) {
				graph.outgoing(node).forEach(way -> chance.put(way, 1.0)); // all ways at once
			} else if (!chances(graph.outgoing(node), chance)) {
				withoutShares.add(node);
			}
		}
		List<FlowNode> starts = graph.nodes().stream().filter(StartEvent.class::isInstance).toList();
		if (!withoutShares.isEmpty() || starts.isEmpty()) {
			return new Outcome(null, List.copyOf(withoutShares), false);
		}
		ProcessAnalysis.Order order = ProcessAnalysis.order(graph);
		ParallelBlocks blocks = new ParallelBlocks(graph, order);
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
				if (ParallelBlocks.isJoin(graph, node)) {
					// passed once when all ways have arrived: as often as its split (each way arrives as often)
					FlowNode split = blocks.splitOf(node);
					v = split != null ? visits.get(split) : v / graph.incoming(node).size();
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

		double processing = 0, cost = 0, handOffs = 0;
		for (Map.Entry<FlowNode, Double> entry : visits.entrySet()) {
			double v = entry.getValue();
			if (entry.getKey() instanceof Activity a) {
				processing += v * ProcessAnalysis.value(a.getProcessingTime());
				cost += v * ProcessAnalysis.value(a.getCost());
			}
			for (SequenceFlow out : graph.outgoing(entry.getKey())) {
				if (ProcessAnalysis.isHandOff(out.getSource(), out.getTarget())) {
					handOffs += v * chance.getOrDefault(out, 0.0);
				}
			}
		}
		Map<FlowNode, double[]> rest = restOfTheWay(graph, order, chance);
		if (rest == null) {
			return new Outcome(null, List.of(), true);
		}
		double lead = 0, waiting = 0, valueAdding = 0;
		for (FlowNode node : starts) {
			double[] r = rest.getOrDefault(node, new double[3]);
			lead += start * r[LEAD];
			waiting += start * r[WAIT];
			valueAdding += start * r[VALUE];
		}
		return new Outcome(new ExpectedValues(lead, processing, waiting, valueAdding, cost, handOffs,
				firstPassYield(graph, topological, order, blocks, chance, start), Collections.unmodifiableMap(visits)),
				List.of(), false);
	}

	private static final int LEAD = 0, WAIT = 1, VALUE = 2;

	/**
	 * For each node, the expected lead, waiting and value-adding time from it to the end: its own plus the
	 * rest after it, weighed by the chances, or after a split the rest of its longest way. Solved by sweeps
	 * in reverse topological order (one when there are no loops); null for a loop that is never left.
	 */
	private static Map<FlowNode, double[]> restOfTheWay(ProcessGraph graph, ProcessAnalysis.Order order,
			Map<SequenceFlow, Double> chance) {
		Map<FlowNode, double[]> rest = new HashMap<>();
		for (int sweep = 0; sweep < SWEEPS; sweep++) {
			boolean settled = true;
			for (FlowNode node : order.postOrder()) {
				double[] r = new double[3];
				if (node instanceof Activity a) {
					double processing = ProcessAnalysis.value(a.getProcessingTime());
					r[WAIT] = ProcessAnalysis.value(a.getWaitingTime());
					r[LEAD] = processing + r[WAIT];
					r[VALUE] = a.getValueClass() == ValueClass.VALUE_ADDING ? processing : 0;
				}
				double[] after = new double[3];
				if (ParallelBlocks.isSplit(graph, node)) {
					after = null;
					for (SequenceFlow way : graph.outgoing(node)) {
						double[] next = rest.getOrDefault(way.getTarget(), new double[3]);
						if (after == null || next[LEAD] > after[LEAD]) {
							after = next;
						}
					}
				} else {
					for (SequenceFlow way : graph.outgoing(node)) {
						double[] next = rest.getOrDefault(way.getTarget(), new double[3]);
						for (int i = 0; i < 3; i++) {
							after[i] += chance.getOrDefault(way, 0.0) * next[i];
						}
					}
				}
				for (int i = 0; i < 3; i++) {
					r[i] += after[i];
				}
				if (r[LEAD] > ENDLESS) {
					return null;
				}
				double[] before = rest.put(node, r);
				if (before == null || Math.abs(before[LEAD] - r[LEAD]) > 1e-13 * Math.max(1, r[LEAD])) {
					settled = false;
				}
			}
			if (settled) {
				return rest;
			}
		}
		return null;
	}

	/** The share of cases that reach an end event without taking a flow that closes a loop. */
	private static double firstPassYield(ProcessGraph graph, List<FlowNode> topological, ProcessAnalysis.Order order,
			ParallelBlocks blocks, Map<SequenceFlow, Double> chance, double start) {
		Map<FlowNode, Double> reached = new HashMap<>();
		double ended = 0;
		for (FlowNode node : topological) {
			double r = node instanceof StartEvent ? start : 0;
			FlowNode split = blocks.splitOf(node);
			double atSplit = split == null ? 0 : reached.getOrDefault(split, 0.0);
			if (atSplit > 0) {
				// every way of the block has to pass the first time: the product of the ways' yields
				Map<SequenceFlow, Double> arrived = new HashMap<>();
				for (SequenceFlow in : graph.incoming(node)) {
					SequenceFlow way = blocks.wayOf(split, in);
					if (!order.backEdges().contains(in) && way != null) {
						arrived.merge(way, reached.getOrDefault(in.getSource(), 0.0) * chance.getOrDefault(in, 0.0), Double::sum);
					}
				}
				r = atSplit;
				for (double a : arrived.values()) {
					r *= a / atSplit;
				}
			} else {
				for (SequenceFlow in : graph.incoming(node)) {
					if (!order.backEdges().contains(in)) {
						r += reached.getOrDefault(in.getSource(), 0.0) * chance.getOrDefault(in, 0.0);
					}
				}
				if (ParallelBlocks.isJoin(graph, node)) {
					r /= graph.incoming(node).size();
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
