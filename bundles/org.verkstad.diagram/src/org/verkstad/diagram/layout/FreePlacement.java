package org.verkstad.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the freely positioned nodes of a diagram (the steps of a process map) that have no place yet.
 * With nothing placed, ELK's layered algorithm orders the whole flow from left to right and each
 * container (a lane) stacks its nodes in rows; this is also the "automatic layout" command. With some
 * nodes placed by the user, a new node goes right of the step before it, so that it appears where
 * the flow continues and nothing else moves.
 */
public final class FreePlacement {

	/** A node to place, in the coordinates of its container. */
	public interface Node {
		Object container();

		/** Where the container's content starts (right of a lane's title strip). */
		double originX();

		double originY();

		double width();

		double height();

		double x();

		double y();

		boolean placed();

		void place(double x, double y);
	}

	/** A flow between two nodes: the target comes after the source. */
	public record Flow(Node source, Node target) {
	}

	public static final double GAP_X = 60;
	public static final double GAP_Y = 30;
	public static final double PADDING = 20;

	static {
		// registers ELK's option types; the layered algorithm is called directly, not looked up
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private FreePlacement() {
	}

	/** Places the nodes that have no place. */
	public static void place(List<? extends Node> nodes, List<Flow> flows) {
		if (nodes.stream().noneMatch(Node::placed)) {
			layoutAll(nodes, flows);
			return;
		}
		Map<Node, List<Node>> before = new HashMap<>();
		for (Flow flow : flows) {
			before.computeIfAbsent(flow.target(), n -> new ArrayList<>()).add(flow.source());
		}
		List<Node> waiting = new ArrayList<>(nodes.stream().filter(n -> !n.placed()).toList());
		while (!waiting.isEmpty()) {
			Node next = waiting.stream()
					.filter(n -> before.getOrDefault(n, List.of()).stream().anyMatch(Node::placed)).findFirst()
					.orElse(waiting.get(0));
			waiting.remove(next);
			Node predecessor = before.getOrDefault(next, List.of()).stream().filter(Node::placed)
					.max(Comparator.comparing((Node p) -> p.container() == next.container()).thenComparing(Node::x))
					.orElse(null);
			double x;
			double y;
			if (predecessor != null) {
				x = predecessor.x() - predecessor.originX() + next.originX() + predecessor.width() + GAP_X;
				y = predecessor.container() == next.container()
						? predecessor.y() + (predecessor.height() - next.height()) / 2 : next.originY() + PADDING;
			} else {
				x = nodes.stream().filter(n -> n.placed() && n.container() == next.container())
						.mapToDouble(n -> n.x() + n.width() + GAP_X).max().orElse(next.originX() + PADDING);
				y = next.originY() + PADDING;
			}
			y = Math.max(y, next.originY() + PADDING / 2);
			while (overlaps(nodes, next, x, y)) {
				y += next.height() + GAP_Y;
			}
			next.place(x, y);
		}
	}

	private static boolean overlaps(List<? extends Node> nodes, Node node, double x, double y) {
		for (Node other : nodes) {
			if (other != node && other.placed() && other.container() == node.container()
					&& x < other.x() + other.width() + GAP_X / 2 && other.x() < x + node.width() + GAP_X / 2
					&& y < other.y() + other.height() + GAP_Y / 2 && other.y() < y + node.height() + GAP_Y / 2) {
				return true;
			}
		}
		return false;
	}

	/** The stack ELK's layered algorithm gets: it recurses as deep as the longest chain of steps. */
	private static final long ELK_STACK_BYTES = 256L * 1024 * 1024;

	/** Runs ELK's layered algorithm on a thread with a stack deep enough for any model Verkstad reads. */
	private static void layered(ElkNode graph) {
		RuntimeException[] failed = { null };
		Error[] error = { null };
		Thread layout = new Thread(null, () -> {
			try {
				new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());
			} catch (RuntimeException e) {
				failed[0] = e;
			} catch (StackOverflowError | OutOfMemoryError e) {
				error[0] = e;
			}
		}, "verkstad-layout", ELK_STACK_BYTES);
		layout.start();
		try {
			layout.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while laying out", e);
		}
		if (failed[0] != null) {
			throw failed[0];
		}
		if (error[0] != null) {
			throw error[0];
		}
	}

	/** Places all nodes anew. */
	public static void layoutAll(List<? extends Node> nodes, List<Flow> flows) {
		ElkNode graph = ElkGraphUtil.createGraph();
		Map<Node, ElkNode> elk = new LinkedHashMap<>();
		for (Node node : nodes) {
			ElkNode n = ElkGraphUtil.createNode(graph);
			n.setDimensions(node.width(), node.height());
			elk.put(node, n);
		}
		for (Flow flow : flows) {
			if (flow.source() != flow.target()) {
				ElkGraphUtil.createSimpleEdge(elk.get(flow.source()), elk.get(flow.target()));
			}
		}
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, GAP_X);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, GAP_Y);
		layered(graph);

		Map<Object, List<Node>> byContainer = new LinkedHashMap<>();
		nodes.forEach(n -> byContainer.computeIfAbsent(n.container(), c -> new ArrayList<>()).add(n));
		for (List<Node> members : byContainer.values()) {
			members.sort(Comparator.comparingDouble((Node n) -> elk.get(n).getY()).thenComparingDouble(n -> elk.get(n).getX()));
			List<List<Node>> rows = new ArrayList<>();
			for (Node node : members) {
				double x = elk.get(node).getX();
				List<Node> row = rows.stream().filter(r -> r.stream().noneMatch(o -> {
					double ox = elk.get(o).getX();
					return x < ox + o.width() + GAP_X / 2 && ox < x + node.width() + GAP_X / 2;
				})).findFirst().orElse(null);
				if (row == null) {
					row = new ArrayList<>();
					rows.add(row);
				}
				row.add(node);
			}
			double top = PADDING;
			for (List<Node> row : rows) {
				double height = row.stream().mapToDouble(Node::height).max().orElse(0);
				for (Node node : row) {
					node.place(node.originX() + PADDING + elk.get(node).getX(),
							node.originY() + top + (height - node.height()) / 2);
				}
				top += height + GAP_Y + 20;
			}
		}
	}
}
