package org.verkstad.process.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.verkstad.process.Activity;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;

/**
 * The computed analyses of a process map.
 * <p>
 * The <b>main path</b> is the path from a start event to an end event with the longest lead time
 * (the critical path); flows that close a loop are not followed. Along it: <b>lead time</b> = processing
 * + waiting time, the <b>waiting share</b> = waiting / lead time, the <b>value-adding share</b> =
 * processing time of value-adding activities / lead time. Where the main path passes a parallel split,
 * it follows the longest of the ways done at the same time; the others are its <b>parallel work</b>
 * (their longest paths to the join): they add to the <b>processing time</b> (the work done, so that it
 * may exceed the lead time), to the <b>cost per case</b> and to the hand-offs, but not to the lead time.
 * <b>Hand-offs</b> count flows between nodes in different lanes, in the whole map and on the main path
 * with its parallel work. The <b>yearly cost</b> sums cost × frequency over all activities that have both.
 * Missing times and costs count as 0.
 */
public record ProcessAnalysis(List<FlowNode> mainPath, List<FlowNode> parallelWork, double leadTime,
		double processingTime, double waitingTime, double valueAddingTime, double costPerCase, int handOffs,
		int handOffsOnMainPath, double yearlyCost, int activities, int problems, int ideas) {

	public static ProcessAnalysis of(ProcessModel process) {
		ProcessGraph graph = new ProcessGraph(process);
		Order order = order(graph);
		List<FlowNode> path = mainPath(graph, order);
		List<List<FlowNode>> branches = new ArrayList<>();
		parallelWork(graph, order, new ParallelBlocks(graph, order), path, branches);
		double processing = 0, waiting = 0, valueAdding = 0, cost = 0;
		for (FlowNode node : path) {
			if (node instanceof Activity a) {
				processing += value(a.getProcessingTime());
				waiting += value(a.getWaitingTime());
				cost += value(a.getCost());
				if (a.getValueClass() == ValueClass.VALUE_ADDING) {
					valueAdding += value(a.getProcessingTime());
				}
			}
		}
		double lead = processing + waiting;
		List<FlowNode> parallel = new ArrayList<>();
		for (List<FlowNode> branch : branches) {
			for (FlowNode node : branch.subList(1, branch.size() - 1)) {
				parallel.add(node);
				if (node instanceof Activity a) {
					processing += value(a.getProcessingTime());
					cost += value(a.getCost());
				}
			}
		}
		int handOffs = 0;
		for (SequenceFlow flow : process.getFlows()) {
			if (flow.getSource() != null && flow.getTarget() != null && isHandOff(flow.getSource(), flow.getTarget())) {
				handOffs++;
			}
		}
		int handOffsOnPath = handOffs(path);
		for (List<FlowNode> branch : branches) {
			handOffsOnPath += handOffs(branch);
		}
		double yearly = 0;
		int activities = 0, problems = 0, ideas = 0;
		for (FlowNode node : graph.nodes()) {
			if (node instanceof Activity a) {
				activities++;
				problems += a.getProblems().size();
				ideas += a.getIdeas().size();
				if (a.getCost() != null && a.getFrequency() != null) {
					yearly += a.getCost() * a.getFrequency();
				}
			}
		}
		return new ProcessAnalysis(List.copyOf(path), List.copyOf(parallel), lead, processing, waiting, valueAdding, cost,
				handOffs, handOffsOnPath, yearly, activities, problems, ideas);
	}

	private static int handOffs(List<FlowNode> path) {
		int handOffs = 0;
		for (int i = 1; i < path.size(); i++) {
			if (isHandOff(path.get(i - 1), path.get(i))) {
				handOffs++;
			}
		}
		return handOffs;
	}

	/**
	 * The ways done at the same time as a path: for each split on it whose join is on it too, the longest
	 * path from the split through each of its other ways to the join (split and join included), and so on
	 * for the splits on those.
	 */
	private static void parallelWork(ProcessGraph graph, Order order, ParallelBlocks blocks, List<FlowNode> path,
			List<List<FlowNode>> branches) {
		for (int i = 0; i + 1 < path.size(); i++) {
			FlowNode split = path.get(i);
			FlowNode join = blocks.joinOf(split);
			if (join == null || !path.subList(i + 1, path.size()).contains(join)) {
				continue;
			}
			boolean taken = false; // the way the path itself takes
			for (SequenceFlow way : graph.outgoing(split)) {
				if (!taken && way.getTarget() == path.get(i + 1)) {
					taken = true;
					continue;
				}
				List<FlowNode> branch = new ArrayList<>();
				branch.add(split);
				branch.addAll(longestPath(graph, order, way.getTarget(), join::equals));
				if (branch.get(branch.size() - 1) == join) {
					branches.add(branch);
					parallelWork(graph, order, blocks, branch.subList(1, branch.size()), branches);
				}
			}
		}
	}
	/** Waiting time as a share (0..1) of the lead time on the main path; 0 when there is no lead time. */
	public double waitingShare() {
		return leadTime == 0 ? 0 : waitingTime / leadTime;
	}

	/** Value-adding processing time as a share (0..1) of the lead time on the main path. */
	public double valueAddingShare() {
		return leadTime == 0 ? 0 : valueAddingTime / leadTime;
	}

	/** Whether a flow between two nodes changes hands: both in lanes, different ones. */
	static boolean isHandOff(FlowNode from, FlowNode to) {
		return ProcessGraph.laneOf(from) != null && ProcessGraph.laneOf(to) != null
				&& ProcessGraph.laneOf(from) != ProcessGraph.laneOf(to);
	}

	/** A time or cost that may be missing, as the analyses count it: 0 when missing. */
	public static double value(Double d) {
		return d == null ? 0 : d;
	}

	private static double duration(FlowNode node) {
		return node instanceof Activity a ? value(a.getProcessingTime()) + value(a.getWaitingTime()) : 0;
	}

	/**
	 * The flows of a map in an order: {@code postOrder} lists every node reachable from a start event after
	 * the nodes it leads to (a reverse topological order), once the {@code backEdges}, the flows that close
	 * a loop (rework), are left out.
	 */
	record Order(List<FlowNode> postOrder, Set<SequenceFlow> backEdges) {
	}

	/** The nodes in order and the flows that close loops (an iterative depth-first search from the starts). */
	static Order order(ProcessGraph graph) {
		List<FlowNode> postOrder = new ArrayList<>();
		Set<SequenceFlow> backEdges = new HashSet<>();
		Set<FlowNode> visited = new HashSet<>();
		Set<FlowNode> onStack = new HashSet<>();
		for (FlowNode start : graph.nodes()) {
			if (!(start instanceof StartEvent) || visited.contains(start)) {
				continue;
			}
			Deque<Object[]> stack = new ArrayDeque<>();
			stack.push(new Object[] { start, 0 });
			visited.add(start);
			onStack.add(start);
			while (!stack.isEmpty()) {
				Object[] frame = stack.peek();
				FlowNode node = (FlowNode) frame[0];
				int index = (Integer) frame[1];
				List<SequenceFlow> out = graph.outgoing(node);
				if (index < out.size()) {
					frame[1] = index + 1;
					SequenceFlow flow = out.get(index);
					FlowNode next = flow.getTarget();
					if (onStack.contains(next)) {
						backEdges.add(flow);
					} else if (visited.add(next)) {
						onStack.add(next);
						stack.push(new Object[] { next, 0 });
					}
				} else {
					stack.pop();
					onStack.remove(node);
					postOrder.add(node);
				}
			}
		}
		return new Order(postOrder, backEdges);
	}

	/** Longest path by lead time from a start to an end event, loops cut where they close. */
	static List<FlowNode> mainPath(ProcessGraph graph, Order order) {
		Map<FlowNode, Double> toEnd = new HashMap<>();
		Map<FlowNode, FlowNode> next = longest(graph, order, EndEvent.class::isInstance, toEnd);
		FlowNode first = null;
		for (FlowNode node : graph.nodes()) {
			if (node instanceof StartEvent && toEnd.containsKey(node) && (first == null || toEnd.get(node) > toEnd.get(first))) {
				first = node;
			}
		}
		return first == null ? List.of() : walk(first, next, EndEvent.class::isInstance);
	}

	/** The longest path by lead time from a node to a goal (both included), or an empty list when there is none. */
	static List<FlowNode> longestPath(ProcessGraph graph, Order order, FlowNode from, Predicate<FlowNode> goal) {
		Map<FlowNode, Double> toGoal = new HashMap<>();
		Map<FlowNode, FlowNode> next = longest(graph, order, goal, toGoal);
		return toGoal.containsKey(from) ? walk(from, next, goal) : List.of();
	}

	/**
	 * The longest distance (lead time) from each node to a goal, computed in reverse topological order (the
	 * post order), into {@code toGoal}; returns the next node on that longest way for each node.
	 */
	private static Map<FlowNode, FlowNode> longest(ProcessGraph graph, Order order, Predicate<FlowNode> goal,
			Map<FlowNode, Double> toGoal) {
		Map<FlowNode, FlowNode> next = new HashMap<>();
		for (FlowNode node : order.postOrder()) {
			double best = goal.test(node) ? 0 : Double.NEGATIVE_INFINITY;
			for (SequenceFlow flow : goal.test(node) ? List.<SequenceFlow>of() : graph.outgoing(node)) {
				Double rest = order.backEdges().contains(flow) ? null : toGoal.get(flow.getTarget());
				if (rest != null && rest > best) {
					best = rest;
					next.put(node, flow.getTarget());
				}
			}
			if (best > Double.NEGATIVE_INFINITY) {
				toGoal.put(node, best + duration(node));
			}
		}
		return next;
	}

	private static List<FlowNode> walk(FlowNode from, Map<FlowNode, FlowNode> next, Predicate<FlowNode> goal) {
		List<FlowNode> path = new ArrayList<>();
		for (FlowNode node = from; node != null; node = goal.test(node) ? null : next.get(node)) {
			path.add(node);
		}
		return path;
	}
}
