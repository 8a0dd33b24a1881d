package org.verkstad.diagram.layout;

import java.util.List;

import org.verkstad.diagram.layout.ManhattanRoutes.Point;

/**
 * Where along a route a label sits, as sprotty computes it: {@code AbstractEdgeRouter.pointAt} /
 * {@code derivativeAt} (by length along the route) and {@code EdgeLayoutPostprocessor.getAlignment}
 * (beside the segment, by the label's side and the segment's direction).
 */
public final class EdgeGeometry {

	private EdgeGeometry() {
	}

	/** {x, y, dx, dy}: the point at {@code t} (0…1) of the route's length and its segment's direction; null without a route. */
	public static double[] pointAndDerivative(List<Point> route, double t) {
		if (route.size() < 2 || t < 0 || t > 1) {
			return null;
		}
		double[] lengths = new double[route.size() - 1];
		double total = 0;
		for (int i = 0; i < lengths.length; i++) {
			lengths[i] = Math.hypot(route.get(i + 1).x() - route.get(i).x(), route.get(i + 1).y() - route.get(i).y());
			total += lengths[i];
		}
		double wanted = t * total;
		double current = 0;
		for (int i = 0; i < lengths.length; i++) {
			double next = current + lengths[i];
			if (lengths[i] > 1e-8 && next >= wanted) {
				double lambda = Math.max(0, wanted - current) / lengths[i];
				return at(route.get(i), route.get(i + 1), lambda);
			}
			current = next;
		}
		return at(route.get(route.size() - 2), route.get(route.size() - 1), 1);
	}

	/**
	 * The box of a label of the size placed along the route as the client places it: at {@code position}
	 * (0…1) of the route's length, beside its segment by {@code side} and {@code offset}; null without a route.
	 */
	public static Box labelBox(List<Point> route, double position, String side, double offset, double width, double height) {
		double[] at = pointAndDerivative(route, Math.min(1, Math.max(0, position)));
		if (at == null) {
			return null;
		}
		double[] align = alignment(width, height, side, offset, Math.toDegrees(Math.atan2(at[3], at[2])));
		return new Box(at[0] + align[0], at[1] + align[1], width, height);
	}

	private static double[] at(Point start, Point end, double lambda) {
		double dx = end.x() - start.x();
		double dy = end.y() - start.y();
		return new double[] { start.x() + lambda * dx, start.y() + lambda * dy, dx, dy };
	}

	/** The offset of a label of the size from its point on the edge ({@code getAlignment} with alignment 0,0). */
	public static double[] alignment(double width, double height, String side, double offset, double angle) {
		double y = -height;
		if (side.equals("on")) {
			return new double[] { -width + 0.5 * width, y + 0.5 * height };
		}
		double[] midLeft = { offset, y + 0.5 * height };
		double[] topLeft = { offset, y + height + offset };
		double[] topRight = { -width - offset, y + height + offset };
		double[] midRight = { -width - offset, y + 0.5 * height };
		double[] bottomRight = { -width - offset, y - offset };
		double[] bottomLeft = { offset, y - offset };
		String orientation;
		double position;
		if (Math.abs(angle) > 135) {
			orientation = "west";
			position = (angle > 0 ? angle - 135 : angle + 225) / 90;
		} else if (angle < -45) {
			orientation = "north";
			position = (angle + 135) / 90;
		} else if (angle < 45) {
			orientation = "east";
			position = (angle + 45) / 90;
		} else {
			orientation = "south";
			position = (angle - 45) / 90;
		}
		return switch (side) {
		case "left" -> switch (orientation) {
			case "west" -> linear(topLeft, topRight, position);
			case "north" -> linear(topRight, bottomRight, position);
			case "east" -> linear(bottomRight, bottomLeft, position);
			default -> linear(bottomLeft, topLeft, position);
			};
		case "right" -> switch (orientation) {
			case "west" -> linear(bottomRight, bottomLeft, position);
			case "north" -> linear(bottomLeft, topLeft, position);
			case "east" -> linear(topLeft, topRight, position);
			default -> linear(topRight, bottomRight, position);
			};
		case "bottom" -> switch (orientation) {
			case "west", "east" -> linear(topLeft, topRight, position);
			default -> flip(topRight, midRight, midLeft, topLeft, position);
			};
		default -> switch (orientation) { // top
			case "west", "east" -> linear(bottomRight, bottomLeft, position);
			default -> flip(bottomLeft, midLeft, midRight, bottomRight, position);
			};
		};
	}

	private static double[] linear(double[] a, double[] b, double t) {
		return new double[] { (1 - t) * a[0] + t * b[0], (1 - t) * a[1] + t * b[1] };
	}

	private static double[] flip(double[] p0, double[] p1, double[] p2, double[] p3, double t) {
		return t < 0.5 ? linear(p0, p1, 2 * t) : linear(p2, p3, 2 * t - 1);
	}
}
