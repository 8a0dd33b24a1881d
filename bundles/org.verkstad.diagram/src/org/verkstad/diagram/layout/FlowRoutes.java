package org.verkstad.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verkstad.diagram.layout.ManhattanRoutes.AnchorKind;
import org.verkstad.diagram.layout.ManhattanRoutes.Point;
import org.verkstad.diagram.layout.ManhattanRoutes.Shape;

/**
 * Routes the flows of a diagram at right angles around its boxes, wherever the boxes are (placed by the
 * automatic layout or by the user), and places each flow's label beside its own flow.
 *
 * <p>A route is given to the client as corners (a GEdge's routing points), and the client's Manhattan
 * router draws it ({@link ManhattanRoutes} computes what it draws). Each flow tries routes of a few
 * shapes — straight, one bend, a step through the gap between two columns, a detour along a corridor
 * above or below the boxes in its way — over candidate tracks in the gaps, and keeps the cheapest of what
 * the client would draw: a route through a box or a text costs most, then a route on top of a flow
 * that shares neither its source nor its target, then crossings, bends and length. Then each label goes
 * to the first place along its flow where it lies on no box, no text and no flow.
 *
 * <p>Longer than 400 lines: one algorithm whose steps (candidate routes, their costs, the tracks taken
 * so far, the labels) share the spatial index and the routes already chosen; its records are small and
 * private to it.
 */
public final class FlowRoutes {

	/** A node flows connect: its shape as the client has it, and the boxes of the texts drawn beside it (a decision's question). */
	public record Node(String id, Shape shape, List<Box> texts) {
		public Node {
			texts = List.copyOf(texts);
		}

		/** The box around the shape and its texts. */
		public Box footprint() {
			Box box = shape.box();
			double x1 = box.x();
			double y1 = box.y();
			double x2 = box.x() + box.width();
			double y2 = box.y() + box.height();
			for (Box text : texts) {
				x1 = Math.min(x1, text.x());
				y1 = Math.min(y1, text.y());
				x2 = Math.max(x2, text.x() + text.width());
				y2 = Math.max(y2, text.y() + text.height());
			}
			return new Box(x1, y1, x2 - x1, y2 - y1);
		}
	}

	/** A flow; its label's size, 0 × 0 when it has none. */
	public record Flow(String id, String source, String target, double labelWidth, double labelHeight) {
	}

	/** A flow's corners, the route the client draws through them, and where its label sits along it. */
	public record Route(List<Point> corners, List<Point> drawn, double labelPosition, String labelSide, double labelOffset) {
	}

	/** Space kept between a track and a box, and between two tracks. */
	static final double CLEARANCE = 12;
	static final double TRACK = 10;
	private static final double LABEL_OFFSET = 4;

	private static final double BOX_HIT = 100_000;
	private static final double TEXT_HIT = 20_000;
	private static final double OVERLAP = 30_000;
	private static final double TOO_CLOSE = 3_000;
	private static final double CROSSING = 40;
	/** A flow running along a flow from the same source or to the same target: their labels would be ambiguous. */
	private static final double SHARED = 60;
	private static final double BEND = 12;
	private static final double LENGTH = 0.1;
	private static final double BACKWARDS = 0.3;

	/** How many corridors a detour tries. */
	private static final int MAX_CORRIDORS = 16;

	/** More flows than this are drawn on the client's default routes: their cost would grow too much. */
	public static final int MAX_ROUTED = 1500;

	/** A label already placed, and its flow. */
	private record Label(Box box, Flow flow) {
	}

	/** A segment of a route already chosen. */
	private record Segment(Point a, Point b, Flow flow) {
		boolean horizontal() {
			return Math.abs(a.y() - b.y()) < 1e-6;
		}

		double min(boolean alongX) {
			return alongX ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
		}

		double max(boolean alongX) {
			return alongX ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
		}
	}

	private final Map<String, Node> nodes = new LinkedHashMap<>();
	private final Grid grid = new Grid();

	private FlowRoutes(List<Node> nodes) {
		nodes.forEach(node -> {
			this.nodes.put(node.id(), node);
			grid.add(node);
		});
	}

	/**
	 * The nodes and the chosen segments by square cells of the diagram, so that a candidate is compared
	 * only with what lies near it.
	 */
	private static final class Grid {
		private static final double CELL = 160;
		private final Map<Long, List<Node>> nodes = new HashMap<>();
		private final Map<Long, List<Segment>> segments = new HashMap<>();
		private final Map<Long, List<Label>> labels = new HashMap<>();

		void add(Label label) {
			Box b = label.box();
			put(labels, label, b.x(), b.y(), b.x() + b.width(), b.y() + b.height());
		}

		/** The labels near the rectangle spanned by two points, each once. */
		Set<Label> labels(Point a, Point b) {
			return near(labels, a, b);
		}

		private static long key(long cx, long cy) {
			return cx * 1_000_003L + cy;
		}

		private static long cell(double v) {
			return (long) Math.floor(v / CELL);
		}

		void add(Node node) {
			Box f = node.footprint();
			put(nodes, node, f.x(), f.y(), f.x() + f.width(), f.y() + f.height());
		}

		void add(Segment segment) {
			put(segments, segment, segment.min(true), segment.min(false), segment.max(true), segment.max(false));
		}

		/** The nodes near the rectangle spanned by two points, each once. */
		Set<Node> nodes(Point a, Point b) {
			return near(nodes, a, b);
		}

		/** The segments near the rectangle spanned by two points, each once. */
		Set<Segment> segments(Point a, Point b) {
			return near(segments, a, b);
		}

		/** What lies in the cells of the rectangle spanned by two points (and 4 px around it), each once. */
		private static <T> Set<T> near(Map<Long, List<T>> cells, Point a, Point b) {
			Set<T> found = new LinkedHashSet<>();
			for (long cx = cell(Math.min(a.x(), b.x()) - 4); cx <= cell(Math.max(a.x(), b.x()) + 4); cx++) {
				for (long cy = cell(Math.min(a.y(), b.y()) - 4); cy <= cell(Math.max(a.y(), b.y()) + 4); cy++) {
					found.addAll(cells.getOrDefault(key(cx, cy), List.of()));
				}
			}
			return found;
		}

		/** Puts something into the cells of a rectangle (and 4 px around it). */
		private static <T> void put(Map<Long, List<T>> cells, T item, double x1, double y1, double x2, double y2) {
			for (long cx = cell(x1 - 4); cx <= cell(x2 + 4); cx++) {
				for (long cy = cell(y1 - 4); cy <= cell(y2 + 4); cy++) {
					cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(item);
				}
			}
		}
	}

	/** Routes the flows between the nodes; flows whose ends are missing or the same node are left out. */
	public static Map<String, Route> route(List<Node> nodes, List<Flow> flows) {
		FlowRoutes router = new FlowRoutes(nodes);
		Map<String, Choice> chosen = new HashMap<>();
		List<Flow> order = new ArrayList<>(flows.stream()
				.filter(f -> router.nodes.containsKey(f.source()) && router.nodes.containsKey(f.target()) && !f.source().equals(f.target()))
				.toList());
		if (order.size() > MAX_ROUTED) {
			return Map.of();
		}
		// the flows most bound to one way first: forward between neighbours, then the longer ones, loops back last
		order.sort(Comparator.comparingDouble(router::difficulty));
		Map<String, LabelPlace> placed = new HashMap<>();
		for (Flow flow : order) {
			Choice best = router.best(flow);
			chosen.put(flow.id(), best);
			List<Point> route = best.drawn;
			for (int i = 0; i < route.size() - 1; i++) {
				router.grid.add(new Segment(route.get(i), route.get(i + 1), flow));
			}
			// its label at once, so that the flows routed after it go round it
			if (flow.labelWidth() > 0) {
				placed.put(flow.id(), router.placeLabel(flow, route));
			}
		}
		Map<String, Route> routes = new LinkedHashMap<>();
		for (Flow flow : flows) {
			Choice route = chosen.get(flow.id());
			if (route == null) {
				continue;
			}
			LabelPlace label = placed.getOrDefault(flow.id(), new LabelPlace(0.5, "top"));
			routes.put(flow.id(), new Route(route.corners, route.drawn, label.position(), label.side(), LABEL_OFFSET));
		}
		return routes;
	}

	private double difficulty(Flow flow) {
		Box s = nodes.get(flow.source()).shape().box();
		Box t = nodes.get(flow.target()).shape().box();
		double dx = t.centerX() - s.centerX();
		double dy = Math.abs(t.centerY() - s.centerY());
		return (dx < 0 ? 100_000 : 0) + Math.abs(dx) + 2 * dy;
	}

	// ---- candidates

	/** The cheapest candidate: its corners and the route the client draws through them. */
	private Choice best(Flow flow) {
		Node source = nodes.get(flow.source());
		Node target = nodes.get(flow.target());
		Box s = source.shape().box();
		Box t = target.shape().box();
		List<List<Point>> candidates = new ArrayList<>();
		List<Double> exits = ports(source.shape(), s);
		List<Double> entries = ports(target.shape(), t);
		// straight: the client's own route between two boxes side by side at the same height
		if (t.x() > s.x() + s.width() && Math.abs(s.centerY() - t.centerY()) < 1) {
			candidates.add(List.of());
		}
		if (t.x() - (s.x() + s.width()) >= 2 * CLEARANCE) {
			// one step through the gap between them
			for (double xv : tracks(s.x() + s.width() + CLEARANCE, t.x() - CLEARANCE)) {
				for (double ys : exits) {
					for (double yt : entries) {
						if (Math.abs(ys - yt) > 0.5) {
							candidates.add(List.of(new Point(xv, ys), new Point(xv, yt)));
						}
					}
				}
			}
		}
		// one bend: out of the bottom or the top, into the side; out of the side, into the top or the bottom
		boolean below = t.y() > s.y() + s.height();
		boolean above = t.y() + t.height() < s.y();
		if ((below || above) && t.x() > s.centerX()) {
			for (double yt : entries) {
				candidates.add(List.of(new Point(s.centerX(), yt)));
			}
		}
		if ((below || above) && t.centerX() > s.x() + s.width()) {
			for (double ys : exits) {
				candidates.add(List.of(new Point(t.centerX(), ys)));
			}
		}
		// straight down or up between boxes above each other, or a step between them
		if (below || above) {
			double from = below ? s.y() + s.height() + CLEARANCE : t.y() + t.height() + CLEARANCE;
			double to = below ? t.y() - CLEARANCE : s.y() - CLEARANCE;
			if (to >= from) {
				for (double yh : tracks(from, to)) {
					candidates.add(List.of(new Point(s.centerX(), yh), new Point(t.centerX(), yh)));
				}
			}
		}
		Choice choice = new Choice();
		choose(flow, source, target, candidates, choice);
		// a detour is longer than the straight way by at least two bends: look for one only when the near ways are not free
		double lowerBound = LENGTH * (Math.max(0, Math.abs(t.centerX() - s.centerX()) - (s.width() + t.width()) / 2)
				+ Math.abs(t.centerY() - s.centerY())) + 2 * BEND;
		if (choice.cost > lowerBound) {
			candidates.clear();
			// a detour along a corridor: out of the right side, along the corridor, into the left side
			double top = Math.min(s.y(), t.y());
			double bottom = Math.max(s.y() + s.height(), t.y() + t.height());
			List<Double> corridors = corridors(Math.min(s.x(), t.x()) - 3 * CLEARANCE,
					Math.max(s.x() + s.width(), t.x() + t.width()) + 3 * CLEARANCE, top, bottom);
			List<Double> outX = new ArrayList<>();
			List<Double> inX = new ArrayList<>();
			for (int k = 1; k <= 4; k++) {
				outX.add(s.x() + s.width() + k * CLEARANCE);
				inX.add(t.x() - k * CLEARANCE);
			}
			for (double yc : corridors) {
				for (double x1 : outX) {
					for (double x2 : inX) {
						candidates.add(List.of(new Point(x1, s.centerY()), new Point(x1, yc), new Point(x2, yc), new Point(x2, t.centerY())));
					}
				}
				// out of the top or the bottom, along the corridor, into the top or the bottom
				if (yc < top || yc > bottom) {
					candidates.add(List.of(new Point(s.centerX(), yc), new Point(t.centerX(), yc)));
				}
			}
			choose(flow, source, target, candidates, choice);
		}
		if (choice.corners == null) {
			choice.corners = List.of();
			choice.drawn = simplify(ManhattanRoutes.route(source.shape(), target.shape(), List.of()));
		}
		return choice;
	}

	/** The cheapest route found so far. */
	private static final class Choice {
		List<Point> corners;
		List<Point> drawn;
		double cost = Double.MAX_VALUE;
	}

	/**
	 * Keeps the cheapest of the candidates in the choice: cheapest first by length, bends and going
	 * backwards, until one cannot beat the best by those alone.
	 */
	private void choose(Flow flow, Node source, Node target, List<List<Point>> candidates, Choice choice) {
		List<Candidate> measured = new ArrayList<>(candidates.size());
		for (List<Point> corners : candidates) {
			List<Point> drawn = simplify(ManhattanRoutes.route(source.shape(), target.shape(), corners));
			measured.add(new Candidate(corners, drawn, baseCost(drawn)));
		}
		measured.sort(Comparator.comparingDouble(Candidate::base));
		for (Candidate candidate : measured) {
			if (candidate.base() >= choice.cost) {
				break;
			}
			double cost = cost(flow, candidate.drawn(), candidate.base(), choice.cost);
			if (cost < choice.cost) {
				choice.cost = cost;
				choice.corners = candidate.corners();
				choice.drawn = candidate.drawn();
			}
		}
	}

	/** A candidate route: its corners, what the client draws through them, and what that costs by itself. */
	private record Candidate(List<Point> corners, List<Point> drawn, double base) {
	}

	/** Where flows may leave or enter a node's side: its middle, and for a box tall enough, a little above and below. */
	private static List<Double> ports(Shape shape, Box box) {
		List<Double> ys = new ArrayList<>();
		ys.add(box.centerY());
		if (shape.anchor() == AnchorKind.RECTANGULAR && box.height() >= 40) {
			ys.add(box.centerY() - TRACK);
			ys.add(box.centerY() + TRACK);
		}
		return ys;
	}

	/**
	 * Candidate positions of a track between two coordinates, from the first on: tracks kept together at
	 * one side of a gap leave the rest of it to the labels of the flows that cross it.
	 */
	private static List<Double> tracks(double from, double to) {
		Set<Double> tracks = new LinkedHashSet<>();
		for (double p = from; p <= to + 1e-6 && tracks.size() < 14; p += TRACK) {
			tracks.add(p);
		}
		tracks.add(Math.rint((from + to) / 2));
		tracks.add(to);
		return new ArrayList<>(tracks);
	}

	/**
	 * Heights of corridors for a detour between x1 and x2: just above and below the boxes that lie in the
	 * way, and in the gaps between boxes, a few tracks each.
	 */
	private List<Double> corridors(double x1, double x2, double top, double bottom) {
		List<Double> edges = new ArrayList<>();
		double highest = top;
		double lowest = bottom;
		for (Node node : nodes.values()) {
			Box f = node.footprint();
			if (f.x() < x2 && x1 < f.x() + f.width()) {
				edges.add(f.y());
				edges.add(f.y() + f.height());
				highest = Math.min(highest, f.y());
				lowest = Math.max(lowest, f.y() + f.height());
			}
		}
		Set<Double> corridors = new LinkedHashSet<>();
		for (int k = 1; k <= 4; k++) {
			corridors.add(highest - k * TRACK - CLEARANCE + TRACK);
			corridors.add(lowest + k * TRACK + CLEARANCE - TRACK);
		}
		for (double e : edges) {
			for (int k = 1; k <= 3; k++) {
				corridors.add(e - CLEARANCE - (k - 1) * TRACK);
				corridors.add(e + CLEARANCE + (k - 1) * TRACK);
			}
		}
		// the nearest to the ends' band first, a few on each side
		List<Double> sorted = new ArrayList<>(corridors);
		sorted.sort(Comparator.comparingDouble(y -> y >= top && y <= bottom ? 0 : Math.min(Math.abs(y - top), Math.abs(y - bottom))));
		List<Double> chosen = new ArrayList<>(sorted.subList(0, Math.min(MAX_CORRIDORS, sorted.size())));
		// and round everything in the way, above and below
		for (int k = 1; k <= 2; k++) {
			for (double outer : new double[] { highest - CLEARANCE - (k - 1) * TRACK, lowest + CLEARANCE + (k - 1) * TRACK }) {
				if (!chosen.contains(outer)) {
					chosen.add(outer);
				}
			}
		}
		return chosen;
	}

	/** A route without points that repeat or lie on a straight line between their neighbours. */
	static List<Point> simplify(List<Point> route) {
		List<Point> points = new ArrayList<>();
		for (Point p : route) {
			if (!points.isEmpty() && Math.abs(points.get(points.size() - 1).x() - p.x()) < 1e-6
					&& Math.abs(points.get(points.size() - 1).y() - p.y()) < 1e-6) {
				continue;
			}
			while (points.size() >= 2) {
				Point a = points.get(points.size() - 2);
				Point b = points.get(points.size() - 1);
				boolean sameX = Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(b.x() - p.x()) < 1e-6;
				boolean sameY = Math.abs(a.y() - b.y()) < 1e-6 && Math.abs(b.y() - p.y()) < 1e-6;
				boolean between = sameX ? (b.y() - a.y()) * (p.y() - b.y()) >= 0 : (b.x() - a.x()) * (p.x() - b.x()) >= 0;
				if ((sameX || sameY) && between) {
					points.remove(points.size() - 1);
				} else {
					break;
				}
			}
			points.add(p);
		}
		return points.size() >= 2 ? points : route;
	}

	// ---- cost

	/** What a route costs by itself: its length, its bends, how far it goes backwards, and a slanted segment. */
	private static double baseCost(List<Point> route) {
		double cost = 0;
		for (int i = 0; i < route.size() - 1; i++) {
			Point a = route.get(i);
			Point b = route.get(i + 1);
			boolean orthogonal = Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6;
			cost += (orthogonal ? 0 : BOX_HIT) + LENGTH * (Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y()));
			if (b.x() < a.x() - 1e-6) {
				cost += BACKWARDS * (a.x() - b.x());
			}
		}
		return cost + BEND * (route.size() - 2);
	}

	/** What a route costs, from its own cost on, given where the others and the texts are; stops at {@code limit}. */
	private double cost(Flow flow, List<Point> route, double base, double limit) {
		double cost = base;
		if (cost >= limit) {
			return cost;
		}
		for (int i = 0; i < route.size() - 1; i++) {
			Point a = route.get(i);
			Point b = route.get(i + 1);
			boolean first = i == 0;
			boolean last = i == route.size() - 2;
			for (Node node : grid.nodes(a, b)) {
				boolean end = node.id().equals(flow.source()) || node.id().equals(flow.target());
				Box shape = node.shape().box();
				if (end) {
					boolean own = node.id().equals(flow.source()) ? first : last;
					if (!own && crosses(a, b, shape.inset(1))) {
						cost += BOX_HIT;
					}
				} else if (crosses(a, b, shape.inset(-2))) {
					cost += BOX_HIT;
				}
				// the texts beside a node, its own ends' too (a decision's question under it)
				for (Box text : node.texts()) {
					if (crosses(a, b, text.inset(-1))) {
						cost += TEXT_HIT;
					}
				}
			}
			if (cost >= limit) {
				return cost;
			}
			for (Label label : grid.labels(a, b)) {
				if (label.flow() != flow && crosses(a, b, label.box().inset(-1))) {
					cost += TEXT_HIT;
				}
			}
			for (Segment other : grid.segments(a, b)) {
				boolean related = other.flow().source().equals(flow.source()) || other.flow().target().equals(flow.target());
				cost += segmentCost(a, b, other, related);
			}
			if (cost >= limit) {
				return cost;
			}
		}
		return cost;
	}

	private static double segmentCost(Point a, Point b, Segment other, boolean related) {
		boolean h = Math.abs(a.y() - b.y()) < 1e-6;
		boolean v = Math.abs(a.x() - b.x()) < 1e-6;
		boolean oh = other.horizontal();
		if (h && oh || v && !oh) {
			double distance = h ? Math.abs(a.y() - other.a().y()) : Math.abs(a.x() - other.a().x());
			double shared = Math.min(h ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y()), other.max(h))
					- Math.max(h ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y()), other.min(h));
			if (shared > 2) {
				if (distance < 0.5 && related) {
					// one flow branching into two
					return SHARED;
				}
				if (distance < 2) {
					// two flows sharing a line
					return OVERLAP;
				}
				if (distance < TRACK - 1) {
					return TOO_CLOSE;
				}
			}
			return 0;
		}
		// a crossing
		Point hp1 = h ? a : other.a();
		Point hp2 = h ? b : other.b();
		Point vp1 = h ? other.a() : a;
		Point vp2 = h ? other.b() : b;
		if (vp1.x() > Math.min(hp1.x(), hp2.x()) + 0.5 && vp1.x() < Math.max(hp1.x(), hp2.x()) - 0.5
				&& hp1.y() > Math.min(vp1.y(), vp2.y()) + 0.5 && hp1.y() < Math.max(vp1.y(), vp2.y()) - 0.5) {
			return related ? CROSSING / 2 : CROSSING;
		}
		return 0;
	}

	/** Whether the segment a–b passes through the inside of the box. */
	static boolean crosses(Point a, Point b, Box box) {
		double minX = Math.min(a.x(), b.x());
		double maxX = Math.max(a.x(), b.x());
		double minY = Math.min(a.y(), b.y());
		double maxY = Math.max(a.y(), b.y());
		return minX < box.x() + box.width() && maxX > box.x() && minY < box.y() + box.height() && maxY > box.y()
				&& (maxX - minX > 0 || maxY - minY > 0);
	}

	// ---- labels

	/** Where a label sits along its route: at {@code position} (0…1) of its length, on {@code side} of it. */
	private record LabelPlace(double position, String side) {
	}

	/** The sides a label may take of a horizontal segment, then of a vertical one, the first preferred. */
	private static final String[] SIDES = { "top", "bottom", "right", "left" };

	/** The first place along the route where the flow's label lies on nothing; it becomes an obstacle for the flows routed after. */
	private LabelPlace placeLabel(Flow flow, List<Point> route) {
		double total = 0;
		for (int i = 0; i < route.size() - 1; i++) {
			total += length(route.get(i), route.get(i + 1));
		}
		LabelPlace best = new LabelPlace(0.5, SIDES[0]);
		Box bestBox = null;
		double bestCost = Double.MAX_VALUE;
		double along = 0;
		for (int i = 0; i < route.size() - 1 && total > 0; i++) {
			Point a = route.get(i);
			Point b = route.get(i + 1);
			double length = length(a, b);
			boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
			int steps = Math.max(1, (int) (length / 8));
			for (int k = 0; k <= steps; k++) {
				double position = (along + length * k / steps) / total;
				Point at = new Point(a.x() + (b.x() - a.x()) * k / steps, a.y() + (b.y() - a.y()) * k / steps);
				// a label where the flow runs along another could belong to either
				double sharedCost = shared(flow, at, horizontal) ? 500 : 0;
				for (int side = 0; side < 4; side++) {
					if (horizontal != side < 2) {
						continue;
					}
					Box box = EdgeGeometry.labelBox(route, position, SIDES[side], LABEL_OFFSET, flow.labelWidth(), flow.labelHeight());
					if (box == null) {
						continue;
					}
					// near the source first (a condition belongs to where the flow leaves its decision); above before below
					double cost = sharedCost + labelCost(flow, box) + position * 10 + side;
					if (cost < bestCost) {
						bestCost = cost;
						best = new LabelPlace(position, SIDES[side]);
						bestBox = box;
					}
				}
			}
			along += length;
		}
		if (bestBox == null) {
			bestBox = EdgeGeometry.labelBox(route, best.position(), best.side(), LABEL_OFFSET, flow.labelWidth(), flow.labelHeight());
		}
		if (bestBox != null) {
			grid.add(new Label(bestBox, flow));
		}
		return best;
	}

	/** Whether another flow runs along this flow's segment (horizontal or not) at the point. */
	private boolean shared(Flow flow, Point at, boolean horizontal) {
		for (Segment segment : grid.segments(at, at)) {
			if (segment.flow() != flow && segment.horizontal() == horizontal
					&& (horizontal ? Math.abs(segment.a().y() - at.y()) < 2 && at.x() >= segment.min(true) - 1 && at.x() <= segment.max(true) + 1
							: Math.abs(segment.a().x() - at.x()) < 2 && at.y() >= segment.min(false) - 1 && at.y() <= segment.max(false) + 1)) {
				return true;
			}
		}
		return false;
	}

	private double labelCost(Flow flow, Box box) {
		double cost = 0;
		Box grown = box.inset(-2);
		Point corner1 = new Point(grown.x(), grown.y());
		Point corner2 = new Point(grown.x() + grown.width(), grown.y() + grown.height());
		for (Node node : grid.nodes(corner1, corner2)) {
			if (grown.intersects(node.shape().box())) {
				cost += 1000;
			}
			for (Box text : node.texts()) {
				if (grown.intersects(text)) {
					cost += 1000;
				}
			}
		}
		for (Label other : grid.labels(corner1, corner2)) {
			if (grown.intersects(other.box())) {
				cost += 1000;
			}
		}
		for (Segment segment : grid.segments(corner1, corner2)) {
			if (crosses(segment.a(), segment.b(), grown)) {
				cost += segment.flow() == flow ? 300 : 600;
			}
		}
		return cost;
	}

	private static double length(Point a, Point b) {
		return Math.hypot(b.x() - a.x(), b.y() - a.y());
	}
}
