package org.verkstad.diagram.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

		/** How far a text drawn under the node reaches below it (a decision's question), 0 without one. */
		default double below() {
			return 0;
		}

		/** How wide a text drawn under the node is, 0 without one. */
		default double textWidth() {
			return 0;
		}

		void place(double x, double y);
	}

	/** A flow between two nodes: the target comes after the source; its label's width, 0 without one. */
	public record Flow(Node source, Node target, double labelWidth) {
		public Flow(Node source, Node target) {
			this(source, target, 0);
		}
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
				y += next.height() + next.below() + GAP_Y;
			}
			next.place(x, y);
		}
	}

	private static boolean overlaps(List<? extends Node> nodes, Node node, double x, double y) {
		for (Node other : nodes) {
			// with the texts under them (a decision's question), which are wider than the node
			double otherLeft = other.x() - Math.max(0, other.textWidth() - other.width()) / 2;
			double otherRight = other.x() + other.width() + Math.max(0, other.textWidth() - other.width()) / 2;
			double left = x - Math.max(0, node.textWidth() - node.width()) / 2;
			double right = x + node.width() + Math.max(0, node.textWidth() - node.width()) / 2;
			if (other != node && other.placed() && other.container() == node.container()
					&& left < otherRight + GAP_X / 2 && otherLeft < right + GAP_X / 2
					&& y < other.y() + other.height() + other.below() + GAP_Y / 2 && other.y() < y + node.height() + node.below() + GAP_Y / 2) {
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

	/** Space between two rows of a lane, and above and below a lane's content: room for flows going round. */
	public static final double ROW_GAP = 44;
	/** The least space between two columns, and the room each flow needs that changes row there. */
	public static final double COLUMN_GAP = 50;
	public static final double TRACK_ROOM = 12;

	/**
	 * Places all nodes anew, in columns from left to right in the order of the flow and in rows inside
	 * their containers (a process map's lanes). ELK's layered algorithm gives each node its column, after
	 * the flows that loop back (found by a depth-first walk from the nodes nothing leads into, in the model's
	 * order) are turned round, so that every node comes after the nodes that lead into it, unless it is
	 * reached again by a loop. In a column each node takes the row of the node before it in its lane when
	 * that row is free, so that a path through a lane runs straight. A gap between two columns is wide
	 * enough for the labels of the flows that start in it and for a track per flow that changes row there;
	 * rows are apart enough for flows to go round the boxes between them.
	 */
	public static void layoutAll(List<? extends Node> nodes, List<Flow> flows) {
		if (nodes.isEmpty()) {
			return;
		}
		Set<Flow> back = loopsBack(nodes, flows, Flow::source, Flow::target);
		ElkNode graph = ElkGraphUtil.createGraph();
		Map<Node, ElkNode> elk = new LinkedHashMap<>();
		for (Node node : nodes) {
			ElkNode n = ElkGraphUtil.createNode(graph);
			n.setDimensions(node.width(), node.height());
			elk.put(node, n);
		}
		for (Flow flow : flows) {
			if (flow.source() != flow.target()) {
				boolean turned = back.contains(flow);
				ElkGraphUtil.createSimpleEdge(elk.get(turned ? flow.target() : flow.source()), elk.get(turned ? flow.source() : flow.target()));
			}
		}
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, GAP_X);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, GAP_Y);
		layered(graph);

		// columns: ELK's layers, told apart by where they are (the nodes of one layer share their x range)
		List<Node> byX = new ArrayList<>(nodes);
		byX.sort(Comparator.comparingDouble((Node n) -> elk.get(n).getX()).thenComparingDouble(n -> elk.get(n).getY()));
		Map<Node, Integer> column = new HashMap<>();
		int columns = 0;
		double layerEnd = Double.NEGATIVE_INFINITY;
		for (Node node : byX) {
			double x = elk.get(node).getX();
			if (x >= layerEnd - 1e-6) {
				columns++;
			}
			layerEnd = Math.max(x >= layerEnd - 1e-6 ? x : layerEnd, x + node.width());
			column.put(node, columns - 1);
		}

		// rows: in each container, column by column, the row of the node before it when free
		Map<Node, List<Node>> before = new HashMap<>();
		for (Flow flow : flows) {
			if (!back.contains(flow) && flow.source() != flow.target()) {
				before.computeIfAbsent(flow.target(), n -> new ArrayList<>()).add(flow.source());
			}
		}
		Map<Node, Integer> row = new HashMap<>();
		Map<Object, Map<Integer, Set<Integer>>> taken = new HashMap<>();
		List<Node> inOrder = new ArrayList<>(nodes);
		inOrder.sort(Comparator.comparingInt((Node n) -> column.get(n)).thenComparingDouble(n -> elk.get(n).getY()));
		for (Node node : inOrder) {
			Set<Integer> used = taken.computeIfAbsent(node.container(), c -> new HashMap<>()).computeIfAbsent(column.get(node),
					c -> new HashSet<>());
			int preferred = before.getOrDefault(node, List.of()).stream()
					.filter(p -> p.container() == node.container() && row.containsKey(p)).mapToInt(row::get).min().orElse(0);
			int chosen = preferred;
			for (int step = 0; used.contains(chosen); step++) {
				chosen = step % 2 == 0 ? preferred + step / 2 + 1 : Math.max(0, preferred - step / 2 - 1);
				if (used.contains(chosen) && !used.contains(preferred + step / 2 + 1)) {
					chosen = preferred + step / 2 + 1;
				}
			}
			used.add(chosen);
			row.put(node, chosen);
		}

		// column widths and the gaps after them
		double[] width = new double[columns];
		double[] gap = new double[columns];
		Arrays.fill(gap, COLUMN_GAP);
		for (Node node : nodes) {
			width[column.get(node)] = Math.max(width[column.get(node)], Math.max(node.width(), node.textWidth()));
		}
		double[] label = new double[columns];
		int[] tracks = new int[columns];
		for (Flow flow : flows) {
			int from = column.get(flow.source());
			int to = column.get(flow.target());
			label[from] = Math.max(label[from], flow.labelWidth());
			boolean changesRow = row.get(flow.source()) != row.get(flow.target()).intValue() || flow.source().container() != flow.target().container();
			if (to <= from) {
				// a loop back goes round: out on the right, back along a corridor, in on the left
				tracks[from]++;
				if (to > 0) {
					tracks[to - 1]++;
				}
			} else if (changesRow || to > from + 1) {
				tracks[from]++;
				if (to - 1 != from) {
					tracks[to - 1]++;
				}
			}
		}
		// the tracks of the flows that go down or up from a node start right of the text under it
		double[] overhang = new double[columns];
		for (Node node : nodes) {
			int c = column.get(node);
			overhang[c] = Math.max(overhang[c], (width[c] - node.width()) / 2);
		}
		for (int c = 0; c < columns; c++) {
			gap[c] = Math.max(COLUMN_GAP + TRACK_ROOM * Math.max(0, tracks[c] - 1),
					label[c] > 0 ? label[c] + 2 * TRACK_ROOM + TRACK_ROOM * tracks[c] + overhang[c] : 0);
		}
		double[] left = new double[columns];
		double x = PADDING;
		for (int c = 0; c < columns; c++) {
			left[c] = x;
			x += width[c] + gap[c];
		}

		// row heights in each container: above and below the rows' middle line
		Map<Object, Map<Integer, double[]>> rows = new LinkedHashMap<>();
		for (Node node : nodes) {
			double[] extent = rows.computeIfAbsent(node.container(), c -> new HashMap<>()).computeIfAbsent(row.get(node), r -> new double[2]);
			extent[0] = Math.max(extent[0], node.height() / 2);
			extent[1] = Math.max(extent[1], node.height() / 2 + node.below());
		}
		for (Node node : nodes) {
			Map<Integer, double[]> containerRows = rows.get(node.container());
			double top = PADDING;
			for (int r = 0; r < row.get(node); r++) {
				double[] extent = containerRows.get(r);
				if (extent != null) {
					top += extent[0] + extent[1] + ROW_GAP;
				}
			}
			// the rows' middle line on a whole pixel: steps of one row are level to the pixel, so flows between them run straight
			double middle = Math.rint(top + containerRows.get(row.get(node))[0]);
			int c = column.get(node);
			// whole pixels, as the layout file keeps them: what is saved is what was drawn
			node.place(Math.rint(node.originX() + left[c] + (width[c] - node.width()) / 2), node.originY() + middle - node.height() / 2);
		}
	}

	/**
	 * The flows that loop back: a depth-first walk from the nodes that nothing leads into (then from any
	 * node not yet reached), in the order given, follows the flows in their order; a flow to a node on the
	 * walk's current path closes a loop. The layout turns them round; the layout check (LayoutQuality)
	 * asks the same to tell a loop from a decision drawn before its step.
	 */
	public static <N, F> Set<F> loopsBack(List<? extends N> nodes, List<? extends F> flows, Function<F, N> source, Function<F, N> target) {
		Map<N, List<F>> out = new LinkedHashMap<>();
		Set<N> targets = new HashSet<>();
		for (F flow : flows) {
			out.computeIfAbsent(source.apply(flow), n -> new ArrayList<>()).add(flow);
			if (!source.apply(flow).equals(target.apply(flow))) {
				targets.add(target.apply(flow));
			}
		}
		List<N> roots = new ArrayList<>(nodes.stream().filter(n -> !targets.contains(n)).toList());
		roots.addAll(nodes);
		Set<F> back = new HashSet<>();
		Set<N> done = new HashSet<>();
		for (N root : roots) {
			if (!done.add(root)) {
				continue;
			}
			Set<N> onPath = new HashSet<>();
			Deque<N> path = new ArrayDeque<>();
			Deque<Integer> next = new ArrayDeque<>();
			path.push(root);
			next.push(0);
			onPath.add(root);
			while (!path.isEmpty()) {
				N node = path.peek();
				int index = next.pop();
				List<F> leaving = out.getOrDefault(node, List.of());
				if (index >= leaving.size()) {
					path.pop();
					onPath.remove(node);
					continue;
				}
				next.push(index + 1);
				F flow = leaving.get(index);
				N to = target.apply(flow);
				if (onPath.contains(to)) {
					back.add(flow);
				} else if (done.add(to)) {
					path.push(to);
					next.push(0);
					onPath.add(to);
				}
			}
		}
		return back;
	}
}
