package org.verkstad.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the diagram client draws an edge with {@code "router": "manhattan"} (a process map's flows): the
 * points of its polyline, computed as the client computes them, so that a drawing made without the
 * browser (the diagram export) puts every flow exactly where the browser does.
 *
 * <p>A port of the routing of the client's GLSP 2.8.0 on sprotty 1.4.0 (in
 * {@code bundles/org.verkstad.diagram.client/node_modules}), with the defaults the client keeps:
 * <ul>
 * <li>{@code sprotty/lib/features/routing/manhattan-edge-router.js}: {@code ManhattanEdgeRouter} with
 * its options (standard distance 20, minimal point distance 3, self-edge offset 0.25): {@code route},
 * {@code createRoutedCorners}, {@code cleanupRoutingPoints}, {@code addAdditionalCorner},
 * {@code manhattanify}, {@code calculateDefaultCorners} and {@code getBestConnectionAnchors};</li>
 * <li>{@code abstract-edge-router.js}: {@code DefaultAnchors} (the middles of a box's sides and the
 * side nearest to a point), the corners of an edge from a node to itself and {@code getTranslatedAnchor};</li>
 * <li>{@code manhattan-anchors.js}: the anchors on a rectangle, a diamond and an ellipse
 * ({@code ManhattanRectangularAnchor}, {@code ManhattanDiamondAnchor}, {@code ManhattanEllipticAnchor}),
 * chosen by the node's anchor kind ({@code anchor.js}); the client's {@code CircularNode} (view
 * {@code circle}) is elliptic, its {@code DiamondNode} (view {@code diamond}) a diamond, every other
 * node rectangular. Nodes have no stroke width in the client's model and edges no anchor correction,
 * so the anchors lie on the node's box itself;</li>
 * <li>the geometry they use: {@code sprotty-protocol/lib/utils/geometry.js} ({@code Bounds.center},
 * {@code Bounds.includes}, the distances, {@code almostEquals}) and {@code sprotty/lib/utils/geometry.js}
 * ({@code PointToPointLine}, {@code intersection});</li>
 * <li>{@code @eclipse-glsp/client/lib/features/routing/edge-router.js}: {@code GLSPManhattanEdgeRouter}
 * changes one thing, an anchor that is not a number (a diamond's or an ellipse's, in degenerate cases)
 * becomes the reference point it was computed for. Verkstad's {@code routing.ts} only caches routes.</li>
 * </ul>
 * The client's edge view ({@code @eclipse-glsp/client/lib/views/gedge-view.js}, a sprotty
 * {@code PolylineEdgeView}) draws the route as it is, {@code M p0 L p1 … L pn}: the first and the last
 * point are the anchors on the outlines of the source and the target, the others the corners, all
 * joined by straight lines with sharp corners.
 *
 * <p>Routes, routing points and references are in diagram coordinates (those of the edge's parent, the
 * diagram). Like sprotty, a {@link Shape} keeps its node's box relative to the node it is drawn in, and
 * the anchors are computed there and translated, adding or subtracting the positions of the nodes it is
 * drawn in one after the other: the result is then the same to the last bit, which matters where a
 * reference point lies exactly on a diamond's or an ellipse's middle line.
 *
 * <p>Longer than 400 lines: a line-by-line port of sprotty's ManhattanEdgeRouter and its anchor
 * computers, kept in one file in the original's order so that it can be compared with it.
 */
public final class ManhattanRoutes {

	/** How an edge ends on a node: on its box, on the diamond in its box or on the ellipse in its box. */
	public enum AnchorKind {
		RECTANGULAR, DIAMOND, ELLIPTIC
	}

	/** A point (px); of a route, in diagram coordinates. */
	public record Point(double x, double y) {
	}

	/**
	 * An end of an edge: the node's box relative to the node it is drawn in (its GModel position and
	 * size), how edges end on it, and the positions of the nodes it is drawn in, innermost first, up to
	 * but without the diagram.
	 */
	public record Shape(Box bounds, AnchorKind anchor, List<Point> parents) {
		public Shape {
			Objects.requireNonNull(bounds, "bounds");
			Objects.requireNonNull(anchor, "anchor");
			parents = List.copyOf(parents);
		}

		/** A node with its box in diagram coordinates (drawn in the diagram itself, or as far as is known). */
		public Shape(Box box, AnchorKind anchor) {
			this(box, anchor, List.of());
		}

		/** The box in diagram coordinates, as sprotty translates it (its corners, each translated). */
		public Box box() {
			Point topLeft = toDiagram(new Point(bounds.x(), bounds.y()));
			Point bottomRight = toDiagram(new Point(bounds.x() + bounds.width(), bounds.y() + bounds.height()));
			return new Box(topLeft.x(), topLeft.y(), bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y());
		}

		/** From the coordinates of the node's parent to the diagram's (sprotty's translatePoint upwards). */
		Point toDiagram(Point local) {
			double x = local.x();
			double y = local.y();
			for (Point parent : parents) {
				x = x + parent.x();
				y = y + parent.y();
			}
			return new Point(x, y);
		}

		/** From the diagram's coordinates to those of the node's parent (translatePoint downwards). */
		Point toLocal(Point point) {
			double x = point.x();
			double y = point.y();
			for (int i = parents.size() - 1; i >= 0; i--) {
				x = x - parents.get(i).x();
				y = y - parents.get(i).y();
			}
			return new Point(x, y);
		}
	}

	private static final double STANDARD_DISTANCE = 20;
	private static final double MINIMAL_POINT_DISTANCE = 3;
	private static final double SELF_EDGE_OFFSET = 0.25;

	/** A side of a box, where an edge leaves or enters it. */
	private enum Side {
		RIGHT, LEFT, TOP, BOTTOM
	}

	private ManhattanRoutes() {
	}

	/**
	 * The points the client draws for an edge between two different nodes: the anchor on the source,
	 * the corners, the anchor on the target.
	 *
	 * @param routingPoints the edge's routing points (a GEdge's {@code routingPoints}), usually none
	 */
	public static List<Point> route(Shape source, Shape target, List<Point> routingPoints) {
		return route(source, target, routingPoints, -1);
	}

	/**
	 * The points the client draws for an edge, which may go from a node to itself.
	 *
	 * @param selfEdge for an edge from a node to itself, its place among that node's edges to itself in
	 *                 the order of the diagram (0 for the first; the client lays four around the node
	 *                 before it starts again); -1 for an edge between two nodes
	 */
	public static List<Point> route(Shape source, Shape target, List<Point> routingPoints, int selfEdge) {
		Anchors sourceAnchors = new Anchors(source.box());
		Anchors targetAnchors = new Anchors(target.box());
		List<Point> corners = corners(sourceAnchors, targetAnchors, routingPoints, selfEdge);
		Point sourceReference = corners.isEmpty() ? target.toDiagram(center(target.bounds())) : corners.get(0);
		Point targetReference = corners.isEmpty() ? source.toDiagram(center(source.bounds())) : corners.get(corners.size() - 1);
		List<Point> route = new ArrayList<>(corners.size() + 2);
		route.add(anchor(source, sourceReference));
		route.addAll(corners);
		route.add(anchor(target, targetReference));
		return route;
	}

	// ---- corners (ManhattanEdgeRouter.createRoutedCorners)

	private static List<Point> corners(Anchors source, Anchors target, List<Point> routingPoints, int selfEdge) {
		if (!routingPoints.isEmpty()) {
			List<Point> points = new ArrayList<>(routingPoints);
			cleanUp(points, source, target);
			if (!points.isEmpty()) {
				return points;
			}
		}
		return defaultCorners(source, target, selfEdge);
	}

	/** The edge's own routing points, without those inside its ends or too close together, at right angles. */
	private static void cleanUp(List<Point> points, Anchors source, Anchors target) {
		// leading points inside the source; as in sprotty, the index goes on after a removal, so that
		// every other of the points that follow is looked at
		for (int i = 0; i < points.size(); i++) {
			if (source.includes(points.get(i))) {
				points.remove(0);
			} else {
				break;
			}
		}
		// trailing points inside the target
		for (int i = points.size() - 1; i >= 0; i--) {
			if (target.includes(points.get(i))) {
				points.remove(i);
			} else {
				break;
			}
		}
		// two points closer than the minimal distance both go
		if (points.size() >= 2) {
			for (int i = points.size() - 2; i >= 0; i--) {
				if (manhattanDistance(points.get(i), points.get(i + 1)) < MINIMAL_POINT_DISTANCE) {
					points.remove(i + 1);
					points.remove(i);
					i--;
				}
			}
		}
		addAdditionalCorner(points, source, target, true);
		addAdditionalCorner(points, target, source, false);
		manhattanify(points);
	}

	/** A corner between an end and the routing point next to it when that point lies beside the end. */
	private static void addAdditionalCorner(List<Point> points, Anchors current, Anchors other, boolean atSource) {
		if (points.isEmpty()) {
			return;
		}
		int size = points.size();
		Point reference = atSource ? points.get(0) : points.get(size - 1);
		int index = atSource ? 0 : size;
		// whether the edge leaves this end upwards or downwards (sprotty calls it "isHorizontal")
		boolean vertical;
		if (size > 1) {
			vertical = atSource ? almostEquals(points.get(0).x(), points.get(1).x())
					: almostEquals(points.get(size - 1).x(), points.get(size - 2).x());
		} else {
			Side nearest = other.nearestSide(reference);
			vertical = nearest == Side.TOP || nearest == Side.BOTTOM;
		}
		if (vertical) {
			if (reference.y() < current.top.y() || reference.y() > current.bottom.y()) {
				points.add(index, new Point(current.top.x(), reference.y()));
			}
		} else if (reference.x() < current.left.x() || reference.x() > current.right.x()) {
			points.add(index, new Point(reference.x(), current.left.y()));
		}
	}

	/** A corner between two routing points that are neither above each other nor side by side. */
	private static void manhattanify(List<Point> points) {
		for (int i = 1; i < points.size(); i++) {
			boolean vertical = Math.abs(points.get(i - 1).x() - points.get(i).x()) < 1;
			boolean horizontal = Math.abs(points.get(i - 1).y() - points.get(i).y()) < 1;
			if (!vertical && !horizontal) {
				points.add(i, new Point(points.get(i - 1).x(), points.get(i).y()));
				i++;
			}
		}
	}

	// ---- corners of an edge without routing points (calculateDefaultCorners)

	private static List<Point> defaultCorners(Anchors source, Anchors target, int selfEdge) {
		if (selfEdge >= 0) {
			return selfEdgeCorners(source, selfEdge);
		}
		Side[] sides = bestSides(source, target);
		Side sourceSide = sides[0];
		Side targetSide = sides[1];
		Point start = source.get(sourceSide);
		Point end = target.get(targetSide);
		double d = STANDARD_DISTANCE;
		List<Point> corners = new ArrayList<>(3);
		switch (sourceSide) {
		case RIGHT -> {
			switch (targetSide) {
			case BOTTOM, TOP -> corners.add(new Point(end.x(), start.y()));
			case RIGHT -> {
				double x = Math.max(start.x(), end.x()) + 1.5 * d;
				corners.add(new Point(x, start.y()));
				corners.add(new Point(x, end.y()));
			}
			case LEFT -> {
				if (end.y() != start.y()) {
					corners.add(new Point((start.x() + end.x()) / 2, start.y()));
					corners.add(new Point((start.x() + end.x()) / 2, end.y()));
				}
			}
			}
		}
		case LEFT -> {
			switch (targetSide) {
			case BOTTOM, TOP -> corners.add(new Point(end.x(), start.y()));
			default -> {
				end = target.get(Side.RIGHT);
				if (end.y() != start.y()) {
					corners.add(new Point((start.x() + end.x()) / 2, start.y()));
					corners.add(new Point((start.x() + end.x()) / 2, end.y()));
				}
			}
			}
		}
		case TOP -> {
			switch (targetSide) {
			case RIGHT -> {
				if (end.x() - start.x() > 0) {
					corners.add(new Point(start.x(), start.y() - d));
					corners.add(new Point(end.x() + 1.5 * d, start.y() - d));
					corners.add(new Point(end.x() + 1.5 * d, end.y()));
				} else {
					corners.add(new Point(start.x(), end.y()));
				}
			}
			case LEFT -> {
				if (end.x() - start.x() < 0) {
					corners.add(new Point(start.x(), start.y() - d));
					corners.add(new Point(end.x() - 1.5 * d, start.y() - d));
					corners.add(new Point(end.x() - 1.5 * d, end.y()));
				} else {
					corners.add(new Point(start.x(), end.y()));
				}
			}
			case TOP -> {
				double y = Math.min(start.y(), end.y()) - 1.5 * d;
				corners.add(new Point(start.x(), y));
				corners.add(new Point(end.x(), y));
			}
			case BOTTOM -> {
				if (end.x() != start.x()) {
					corners.add(new Point(start.x(), (start.y() + end.y()) / 2));
					corners.add(new Point(end.x(), (start.y() + end.y()) / 2));
				}
			}
			}
		}
		case BOTTOM -> {
			switch (targetSide) {
			case RIGHT -> {
				if (end.x() - start.x() > 0) {
					corners.add(new Point(start.x(), start.y() + d));
					corners.add(new Point(end.x() + 1.5 * d, start.y() + d));
					corners.add(new Point(end.x() + 1.5 * d, end.y()));
				} else {
					corners.add(new Point(start.x(), end.y()));
				}
			}
			case LEFT -> {
				if (end.x() - start.x() < 0) {
					corners.add(new Point(start.x(), start.y() + d));
					corners.add(new Point(end.x() - 1.5 * d, start.y() + d));
					corners.add(new Point(end.x() - 1.5 * d, end.y()));
				} else {
					corners.add(new Point(start.x(), end.y()));
				}
			}
			default -> {
				end = target.get(Side.TOP);
				if (end.x() != start.x()) {
					corners.add(new Point(start.x(), (start.y() + end.y()) / 2));
					corners.add(new Point(end.x(), (start.y() + end.y()) / 2));
				}
			}
			}
		}
		}
		return corners;
	}

	/** A loop around a corner of the node; the first loop goes round the bottom right, the next ones clockwise. */
	private static List<Point> selfEdgeCorners(Anchors node, int selfEdge) {
		double d = STANDARD_DISTANCE;
		double delta = SELF_EDGE_OFFSET * Math.min(node.box.width(), node.box.height());
		Point right = node.right;
		Point left = node.left;
		Point top = node.top;
		Point bottom = node.bottom;
		return switch (selfEdge % 4) {
		case 0 -> List.of(new Point(right.x() + d, right.y() + delta), new Point(right.x() + d, bottom.y() + d),
				new Point(bottom.x() + delta, bottom.y() + d));
		case 1 -> List.of(new Point(bottom.x() - delta, bottom.y() + d), new Point(left.x() - d, bottom.y() + d),
				new Point(left.x() - d, left.y() + delta));
		case 2 -> List.of(new Point(left.x() - d, left.y() - delta), new Point(left.x() - d, top.y() - d),
				new Point(top.x() - delta, top.y() - d));
		default -> List.of(new Point(top.x() + delta, top.y() - d), new Point(right.x() + d, top.y() - d),
				new Point(right.x() + d, right.y() - delta));
		};
	}

	/**
	 * The sides the edge leaves the source and enters the target by (getBestConnectionAnchors): straight
	 * across when there is room, else with one corner, else with two, else right to bottom.
	 */
	private static Side[] bestSides(Anchors source, Anchors target) {
		double d = STANDARD_DISTANCE;
		// room enough for a straight line
		if (target.left.x() - source.right.x() > d) {
			return sides(Side.RIGHT, Side.LEFT);
		}
		if (source.left.x() - target.right.x() > d) {
			return sides(Side.LEFT, Side.RIGHT);
		}
		if (source.top.y() - target.bottom.y() > d) {
			return sides(Side.TOP, Side.BOTTOM);
		}
		if (target.top.y() - source.bottom.y() > d) {
			return sides(Side.BOTTOM, Side.TOP);
		}
		// one corner
		if (target.top.x() - source.right.x() > 0.5 * d && target.top.y() - source.right.y() > d) {
			return sides(Side.RIGHT, Side.TOP);
		}
		if (target.bottom.x() - source.right.x() > 0.5 * d && source.right.y() - target.bottom.y() > d) {
			return sides(Side.RIGHT, Side.BOTTOM);
		}
		if (source.left.x() - target.bottom.x() > 0.5 * d && source.left.y() - target.bottom.y() > d) {
			return sides(Side.LEFT, Side.BOTTOM);
		}
		if (source.left.x() - target.top.x() > 0.5 * d && target.top.y() - source.left.y() > d) {
			return sides(Side.LEFT, Side.TOP);
		}
		if (source.top.y() - target.right.y() > 0.5 * d && source.top.x() - target.right.x() > d) {
			return sides(Side.TOP, Side.RIGHT);
		}
		if (source.top.y() - target.left.y() > 0.5 * d && target.left.x() - source.top.x() > d) {
			return sides(Side.TOP, Side.LEFT);
		}
		if (target.right.y() - source.bottom.y() > 0.5 * d && source.bottom.x() - target.right.x() > d) {
			return sides(Side.BOTTOM, Side.RIGHT);
		}
		if (target.left.y() - source.bottom.y() > 0.5 * d && target.left.x() - source.bottom.x() > d) {
			return sides(Side.BOTTOM, Side.LEFT);
		}
		// two corners: top to top, then right to right
		if (!target.includes(source.top) && !source.includes(target.top)) {
			double dx = Math.abs(source.top.x() - target.top.x());
			if (source.top.y() - target.top.y() < 0 ? dx > (source.box.width() + d) / 2 : dx > target.box.width() / 2) {
				return sides(Side.TOP, Side.TOP);
			}
		}
		if (!target.includes(source.right) && !source.includes(target.right)) {
			double dy = Math.abs(source.right.y() - target.right.y());
			if (source.right.x() - target.right.x() > 0 ? dy > (source.box.height() + d) / 2 : dy > target.box.height() / 2) {
				return sides(Side.RIGHT, Side.RIGHT);
			}
		}
		// then top to right or left, then bottom to right or left
		if (!target.includes(source.top) && !source.includes(target.right)) {
			return sides(Side.TOP, Side.RIGHT);
		}
		if (!target.includes(source.top) && !source.includes(target.left)) {
			return sides(Side.TOP, Side.LEFT);
		}
		if (!target.includes(source.bottom) && !source.includes(target.right)) {
			return sides(Side.BOTTOM, Side.RIGHT);
		}
		if (!target.includes(source.bottom) && !source.includes(target.left)) {
			return sides(Side.BOTTOM, Side.LEFT);
		}
		return sides(Side.RIGHT, Side.BOTTOM);
	}

	private static Side[] sides(Side source, Side target) {
		return new Side[] { source, target };
	}

	/** The middles of the sides of a box (sprotty's DefaultAnchors). */
	private static final class Anchors {
		final Box box;
		final Point left;
		final Point right;
		final Point top;
		final Point bottom;

		Anchors(Box box) {
			this.box = box;
			left = new Point(box.x(), box.y() + 0.5 * box.height());
			right = new Point(box.x() + box.width(), box.y() + 0.5 * box.height());
			top = new Point(box.x() + 0.5 * box.width(), box.y());
			bottom = new Point(box.x() + 0.5 * box.width(), box.y() + box.height());
		}

		Point get(Side side) {
			return switch (side) {
			case RIGHT -> right;
			case LEFT -> left;
			case TOP -> top;
			case BOTTOM -> bottom;
			};
		}

		/** Bounds.includes: on the border counts. */
		boolean includes(Point p) {
			return p.x() >= box.x() && p.x() <= box.x() + box.width() && p.y() >= box.y() && p.y() <= box.y() + box.height();
		}

		/** The side whose middle is nearest; of two as near, the first of left, right, top, bottom. */
		Side nearestSide(Point p) {
			Side nearest = Side.LEFT;
			double min = euclideanDistance(p, left);
			double distance = euclideanDistance(p, right);
			if (distance < min) {
				min = distance;
				nearest = Side.RIGHT;
			}
			distance = euclideanDistance(p, top);
			if (distance < min) {
				min = distance;
				nearest = Side.TOP;
			}
			distance = euclideanDistance(p, bottom);
			if (distance < min) {
				nearest = Side.BOTTOM;
			}
			return nearest;
		}
	}

	// ---- anchors (manhattan-anchors.js, through GLSPManhattanEdgeRouter.getTranslatedAnchor)

	/** Where the edge meets the node, for the route point next to it (both in diagram coordinates). */
	static Point anchor(Shape shape, Point reference) {
		Box b = shape.bounds();
		Point local = shape.toLocal(reference);
		Point anchor;
		if (b.width() <= 0 || b.height() <= 0) {
			// sprotty returns the bounds themselves, which as a point are the top left corner
			anchor = new Point(b.x(), b.y());
		} else {
			anchor = switch (shape.anchor()) {
			case RECTANGULAR -> rectangular(b, local);
			case DIAMOND -> diamond(b, local);
			case ELLIPTIC -> elliptic(b, local);
			};
		}
		anchor = shape.toDiagram(anchor);
		// GLSP: an anchor that is not a number gives way to the reference point
		return Double.isNaN(anchor.x()) || Double.isNaN(anchor.y()) ? reference : anchor;
	}

	/** Straight above, below or beside the reference point on the box's border, else the box's centre. */
	private static Point rectangular(Box b, Point ref) {
		if (ref.x() >= b.x() && b.x() + b.width() >= ref.x()) {
			return ref.y() < b.y() + 0.5 * b.height() ? new Point(ref.x(), b.y()) : new Point(ref.x(), b.y() + b.height());
		}
		if (ref.y() >= b.y() && b.y() + b.height() >= ref.y()) {
			return ref.x() < b.x() + 0.5 * b.width() ? new Point(b.x(), ref.y()) : new Point(b.x() + b.width(), ref.y());
		}
		return center(b);
	}

	/** Straight above, below or beside the reference point on the diamond's outline, else the centre. */
	private static Point diamond(Box b, Point ref) {
		Point c = center(b);
		Point leftCorner = new Point(b.x(), c.y());
		Point rightCorner = new Point(b.x() + b.width(), c.y());
		Point topCorner = new Point(c.x(), b.y());
		Point bottomCorner = new Point(c.x(), b.y() + b.height());
		Line outline;
		Line refLine;
		if (ref.x() >= b.x() && ref.x() <= b.x() + b.width()) {
			refLine = new Line(ref, new Point(ref.x(), c.y()));
			Point side = b.x() + 0.5 * b.width() >= ref.x() ? leftCorner : rightCorner;
			outline = new Line(side, ref.y() < c.y() ? topCorner : bottomCorner);
		} else if (ref.y() >= b.y() && ref.y() <= b.y() + b.height()) {
			refLine = new Line(ref, new Point(c.x(), ref.y()));
			Point end = b.y() + 0.5 * b.height() >= ref.y() ? topCorner : bottomCorner;
			outline = new Line(ref.x() < c.x() ? leftCorner : rightCorner, end);
		} else {
			return c;
		}
		return outline.intersection(refLine);
	}

	/** Straight above, below or beside the reference point on the ellipse, else the centre. */
	private static Point elliptic(Box b, Point ref) {
		Point c = center(b);
		double relativeX = ref.x() - c.x();
		double relativeY = ref.y() - c.y();
		double x = c.x();
		double y = c.y();
		if (ref.x() >= b.x() && b.x() + b.width() >= ref.x()) {
			x += relativeX;
			double dy = 0.5 * b.height() * Math.sqrt(1 - relativeX * relativeX / (0.25 * b.width() * b.width()));
			y = relativeY < 0 ? y - dy : y + dy;
		} else if (ref.y() >= b.y() && b.y() + b.height() >= ref.y()) {
			y += relativeY;
			double dx = 0.5 * b.width() * Math.sqrt(1 - relativeY * relativeY / (0.25 * b.height() * b.height()));
			x = relativeX < 0 ? x - dx : x + dx;
		}
		return new Point(x, y);
	}

	/** A line through two points as a x + b y = c (sprotty's PointToPointLine). */
	private record Line(Point p1, Point p2) {
		double a() {
			return p1.y() - p2.y();
		}

		double b() {
			return p2.x() - p1.x();
		}

		double c() {
			return p2.x() * p1.y() - p1.x() * p2.y();
		}

		/** Where the two lines cross (sprotty's intersection(l1, l2)); not a number for parallel lines or a point. */
		Point intersection(Line other) {
			double denominator = a() * other.b() - other.a() * b();
			return new Point((c() * other.b() - other.c() * b()) / denominator, (a() * other.c() - other.a() * c()) / denominator);
		}
	}

	// ---- geometry (sprotty-protocol's Bounds and Point)

	/** Bounds.center: a box with a negative size has its centre at its corner. */
	static Point center(Box b) {
		return new Point(b.x() + (b.width() >= 0 ? 0.5 * b.width() : 0), b.y() + (b.height() >= 0 ? 0.5 * b.height() : 0));
	}

	private static double euclideanDistance(Point a, Point b) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		return Math.sqrt(dx * dx + dy * dy);
	}

	private static double manhattanDistance(Point a, Point b) {
		return Math.abs(b.x() - a.x()) + Math.abs(b.y() - a.y());
	}

	private static boolean almostEquals(double a, double b) {
		return Math.abs(a - b) < 1e-3;
	}
}
