package org.verkstad.process.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verkstad.process.FlowNode;
import org.verkstad.process.Parallel;
import org.verkstad.process.SequenceFlow;

/**
 * Where the work done at the same time starts and where it is gathered again. A {@link Parallel} with
 * several ways out is a <b>split</b>, one with several ways in a <b>join</b>; the join of a split is the
 * first join (in the order of the flows) that every way out of the split reaches without going back
 * along a loop. A split whose ways never meet again has no join, and a join that is no split's waits for
 * ways that do not start together; the checks name both.
 */
public final class ParallelBlocks {

	private final Map<FlowNode, FlowNode> joinOf = new LinkedHashMap<>();
	private final Map<FlowNode, FlowNode> splitOf = new HashMap<>();
	/** For each split, the way out of it by which each node after it is first reached. */
	private final Map<FlowNode, Map<FlowNode, SequenceFlow>> ways = new HashMap<>();

	ParallelBlocks(ProcessGraph graph, ProcessAnalysis.Order order) {
		Map<FlowNode, Integer> rank = new HashMap<>();
		List<FlowNode> post = order.postOrder();
		for (int i = 0; i < post.size(); i++) {
			rank.put(post.get(i), post.size() - i); // topological: earlier nodes have smaller ranks
		}
		for (int i = post.size() - 1; i >= 0; i--) {
			FlowNode node = post.get(i);
			if (isSplit(graph, node)) {
				FlowNode join = join(graph, order, rank, node, ways.computeIfAbsent(node, n -> new HashMap<>()));
				joinOf.put(node, join);
				if (join != null) {
					splitOf.putIfAbsent(join, node);
				}
			}
		}
	}

	/** The splits and joins of a map; only the part reachable from a start event is looked at. */
	public static ParallelBlocks of(ProcessGraph graph) {
		return new ParallelBlocks(graph, ProcessAnalysis.order(graph));
	}

	/** Whether the case takes every way out of this node at once. */
	public static boolean isSplit(ProcessGraph graph, FlowNode node) {
		return node instanceof Parallel && graph.outgoing(node).size() > 1;
	}

	/** Whether the case waits here until every way in has arrived. */
	public static boolean isJoin(ProcessGraph graph, FlowNode node) {
		return node instanceof Parallel && graph.incoming(node).size() > 1;
	}

	/** The splits reachable from a start event, in the order of the flows. */
	public Set<FlowNode> splits() {
		return joinOf.keySet();
	}

	/** Where the ways out of a split meet again, or null when they do not. */
	public FlowNode joinOf(FlowNode split) {
		return joinOf.get(split);
	}

	/** The (outermost) split whose ways a join gathers, or null when it gathers none. */
	public FlowNode splitOf(FlowNode join) {
		return splitOf.get(join);
	}

	/**
	 * The way out of a split by which a node after it is reached (the first one that does): a flow from the
	 * split itself is its own way. Null for a node that is not after the split.
	 */
	public SequenceFlow wayOf(FlowNode split, SequenceFlow into) {
		return into.getSource() == split ? into : ways.getOrDefault(split, Map.of()).get(into.getSource());
	}

	/**
	 * The earliest join that every way out of the split reaches (loops not followed back), or null; notes
	 * in {@code wayOf} by which way each node is first reached.
	 */
	private static FlowNode join(ProcessGraph graph, ProcessAnalysis.Order order, Map<FlowNode, Integer> rank,
			FlowNode split, Map<FlowNode, SequenceFlow> wayOf) {
		Set<FlowNode> common = null;
		for (SequenceFlow way : graph.outgoing(split)) {
			if (order.backEdges().contains(way)) {
				continue;
			}
			Set<FlowNode> joins = new HashSet<>();
			Set<FlowNode> seen = new HashSet<>();
			Deque<FlowNode> todo = new ArrayDeque<>(List.of(way.getTarget()));
			while (!todo.isEmpty()) {
				FlowNode node = todo.pop();
				if (!seen.add(node)) {
					continue;
				}
				wayOf.putIfAbsent(node, way);
				if (isJoin(graph, node)) {
					joins.add(node);
				}
				for (SequenceFlow out : graph.outgoing(node)) {
					if (!order.backEdges().contains(out)) {
						todo.push(out.getTarget());
					}
				}
			}
			if (common == null) {
				common = joins;
			} else {
				common.retainAll(joins);
			}
		}
		if (common == null) {
			return null;
		}
		return common.stream().filter(rank::containsKey).min((a, b) -> Integer.compare(rank.get(a), rank.get(b)))
				.orElse(null);
	}
}
