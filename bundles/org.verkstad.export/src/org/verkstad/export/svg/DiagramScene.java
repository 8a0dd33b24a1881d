package org.verkstad.export.svg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GEdgePlacement;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.verkstad.diagram.client.ClientFiles;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.description.View;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.EdgeGeometry;
import org.verkstad.diagram.layout.ManhattanRoutes.Point;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.graph.DiagramRoutes;
import org.verkstad.diagram.graph.ElementTypes;
import org.verkstad.diagram.graph.ElementTypes.ClientType;

/**
 * A diagram drawn without a browser: the SVG elements the diagram client's views
 * ({@code org.verkstad.diagram.client/src/views.tsx} and the GLSP/sprotty views it builds on) put into
 * the page for the same model, with the client's style sheets applied ({@link StyleSheet}). Flows
 * follow the routes the client's router computes ({@link DiagramRoutes}, exactly as the page does).
 */
public final class DiagramScene {

	/** The page's margin around a diagram (the client's first fit). */
	public static final double MARGIN = 24;
	/** The default corner radius of the {@code rounded} view. */
	private static final double ROUNDED_RADIUS = 8;
	private static final double DEFAULT_FONT_SIZE = 13;

	/** The client's sheets with each notation's, read and parsed once per notation (they are shipped, never change). */
	private static final Map<String, StyleSheet> SHEETS = new ConcurrentHashMap<>();

	private final SvgNode root;
	private final Box bounds;
	private final Box titleStrip;

	private DiagramScene(SvgNode root, Box bounds, Box titleStrip) {
		this.root = root;
		this.bounds = bounds;
		this.titleStrip = titleStrip;
	}

	/**
	 * The strip of the lanes' titles at the diagram's left (a process map's roles), in diagram
	 * coordinates, or null when the diagram has no lanes: a diagram split across pages repeats it.
	 */
	public Box titleStrip() {
		return titleStrip;
	}

	/** The drawing's root element ({@code svg.sprotty-graph}), styles applied. */
	public SvgNode root() {
		return root;
	}

	/** What is drawn, in diagram coordinates, without the margin. */
	public Box bounds() {
		return bounds;
	}

	public static DiagramScene of(Diagram diagram, DiagramDescription description) {
		Map<String, ClientType> types = ElementTypes.of(description);
		Map<String, List<Point>> routes = DiagramRoutes.manhattan(diagram, description);
		// the page's container, which the sheets' ".sprotty …" selectors start from
		SvgNode page = SvgNode.root("div", null).attr("id", "sprotty").cls("sprotty");
		SvgNode svg = SvgNode.root("svg", page).cls("sprotty-graph").cls(classes(diagram.graph()));
		SvgNode viewport = svg.add("g");
		Builder builder = new Builder(types, routes);
		for (GModelElement child : diagram.graph().getChildren()) {
			builder.element(viewport, child, 0, 0);
		}
		SHEETS.computeIfAbsent(description.notation(),
				notation -> StyleSheet.of(text(ClientFiles.find("bundle.css")), text(Descriptions.styles(notation)))).apply(svg);
		Box box = builder.empty() ? new Box(0, 0, 0, 0)
				: new Box(builder.minX, builder.minY, builder.maxX - builder.minX, builder.maxY - builder.minY);
		return new DiagramScene(svg, box, titleStrip(diagram, types));
	}

	/** The lanes' title strips together (see {@link #titleStrip()}), or null. */
	private static Box titleStrip(Diagram diagram, Map<String, ClientType> types) {
		double x1 = Double.MAX_VALUE;
		double y1 = Double.MAX_VALUE;
		double y2 = -Double.MAX_VALUE;
		for (GModelElement child : diagram.graph().getChildren()) {
			ClientType type = types.get(child.getType());
			Box lane = diagram.absolute(child.getId());
			if (type != null && type.view() == View.LANE && lane != null) {
				x1 = Math.min(x1, lane.x());
				y1 = Math.min(y1, lane.y());
				y2 = Math.max(y2, lane.y() + lane.height());
			}
		}
		return x1 == Double.MAX_VALUE ? null : new Box(x1, y1, DiagramBuilder.LANE_HEADER, y2 - y1);
	}

	/**
	 * The classes the page gives an element's view (sprotty's {@code CssClassPostprocessor}): its CSS
	 * classes and the part of its type after the first colon, e.g. {@code strengths} of
	 * {@code swot:strengths}, which the notations' sheets colour by.
	 */
	static String[] classes(GModelElement element) {
		List<String> classes = new ArrayList<>(element.getCssClasses());
		String type = element.getType();
		int colon = type == null ? -1 : type.indexOf(':');
		if (colon >= 0 && colon + 1 < type.length()) {
			classes.add(type.substring(colon + 1));
		}
		return classes.toArray(String[]::new);
	}

	private static String text(URL url) {
		if (url == null) {
			return "";
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Turns model elements into view elements and keeps the extent of what it drew. */
	private static final class Builder {
		private final Map<String, ClientType> types;
		private final Map<String, List<Point>> routes;
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;

		Builder(Map<String, ClientType> types, Map<String, List<Point>> routes) {
			this.types = types;
			this.routes = routes;
		}

		boolean empty() {
			return minX > maxX;
		}

		void include(double x, double y, double w, double h) {
			minX = Math.min(minX, x);
			minY = Math.min(minY, y);
			maxX = Math.max(maxX, x + w);
			maxY = Math.max(maxY, y + h);
		}

		/** Draws an element at {@code (ox, oy)}, its parent's origin in diagram coordinates. */
		void element(SvgNode parent, GModelElement element, double ox, double oy) {
			ClientType type = types.get(element.getType());
			View view = type == null ? null : type.view();
			if (element instanceof GEdge edge) {
				edge(parent, edge, view);
				return;
			}
			if (!(element instanceof GBoundsAware shape) || view == null) {
				return; // the client has no view for it either
			}
			double x = shape.getPosition() == null ? 0 : shape.getPosition().getX();
			double y = shape.getPosition() == null ? 0 : shape.getPosition().getY();
			double w = shape.getSize() == null ? 0 : Math.max(shape.getSize().getWidth(), 0);
			double h = shape.getSize() == null ? 0 : Math.max(shape.getSize().getHeight(), 0);
			include(ox + x, oy + y, w, h);
			SvgNode g = parent.add("g").attr("id", element.getId());
			if (x != 0 || y != 0) {
				g.attr("transform", "translate(" + SvgNode.number(x) + ", " + SvgNode.number(y) + ")");
			}
			if (element instanceof GLabel label) {
				label(g, label, view, w, h);
			} else if (element instanceof GNode node) {
				node(g, node, view, w, h);
			}
			g.cls(classes(element));
			for (GModelElement child : element.getChildren()) {
				element(g, child, ox + x, oy + y);
			}
		}

		private void node(SvgNode g, GNode node, View view, double w, double h) {
			switch (view) {
			case ROUNDED -> {
				g.cls("node");
				g.add("path").cls("sprotty-node").attr("d", roundedPath(w, h, ROUNDED_RADIUS));
			}
			case CIRCLE -> {
				double r = Math.min(w, h) > 0 ? Math.min(w, h) / 2 : 0;
				g.add("circle").cls("sprotty-node").attr("r", r).attr("cx", r).attr("cy", r);
			}
			case DIAMOND -> {
				g.add("polygon").cls("sprotty-node").attr("points", SvgNode.number(w / 2) + ",0 "
						+ SvgNode.number(w) + "," + SvgNode.number(h / 2) + " " + SvgNode.number(w / 2) + "," + SvgNode.number(h)
						+ " 0," + SvgNode.number(h / 2));
				glyph(g, node, w, h);
			}
			case NOTE -> {
				g.cls("verkstad-note");
				double fold = Math.min(14, Math.min(w / 4, h / 4));
				g.add("path").cls("sprotty-node").attr("d", "M0,0 H" + SvgNode.number(w - fold) + " L" + SvgNode.number(w)
						+ "," + SvgNode.number(fold) + " V" + SvgNode.number(h) + " H0 Z");
				g.add("path").cls("verkstad-note-fold").attr("d", "M" + SvgNode.number(w - fold) + ",0 V"
						+ SvgNode.number(fold) + " H" + SvgNode.number(w) + " Z");
			}
			case LANE -> {
				g.cls("verkstad-lane");
				rect(g, "sprotty-node", 0, 0, w, h);
				double header = Math.min(number(node, "headerWidth", 0), w);
				rect(g, "verkstad-lane-header", 0.75, 0.75, Math.max(header - 0.75, 0), Math.max(h - 1.5, 0));
			}
			case FRAME -> {
				g.cls("verkstad-frame");
				rect(g, "sprotty-node", 0, 0, w, h);
				double header = Math.min(number(node, "headerHeight", 0), h);
				rect(g, "verkstad-frame-header", 0.75, 0.75, Math.max(w - 1.5, 0), Math.max(header - 0.75, 0));
			}
			case CURVE -> {
				g.cls("verkstad-curve");
				List<double[]> points = points(string(node, "points"));
				StringBuilder line = new StringBuilder();
				for (double[] p : points) {
					line.append(line.length() == 0 ? "" : " ").append(SvgNode.number(p[0])).append(',').append(SvgNode.number(p[1]));
				}
				g.add("polyline").cls("verkstad-curve-line").attr("points", line.toString());
				for (double[] p : points) {
					g.add("circle").cls("verkstad-curve-point").attr("cx", p[0]).attr("cy", p[1]).attr("r", 3.0);
				}
			}
			default -> rect(g, "sprotty-node", 0, 0, w, h); // rect
			}
		}

		/** The node's glyph, as the client draws it: the icon centred, half as large as the shape. */
		private static void glyph(SvgNode g, GNode node, double w, double h) {
			String name = string(node, "glyph");
			String path = name == null ? null : Descriptions.icons().get(name);
			if (path != null) {
				double scale = Math.min(w, h) / 2 / 16;
				g.add("path").cls("verkstad-glyph").attr("d", path).attr("transform", "translate("
						+ SvgNode.number((w - 16 * scale) / 2) + "," + SvgNode.number((h - 16 * scale) / 2) + ") scale("
						+ SvgNode.number(scale) + ")");
			}
		}

		private static void rect(SvgNode parent, String cls, double x, double y, double w, double h) {
			parent.add("rect").cls(cls).attr("x", x).attr("y", y).attr("width", w).attr("height", h);
		}

		private void label(SvgNode g, GLabel label, View view, double w, double h) {
			switch (view) {
			case BADGE -> {
				g.cls("verkstad-badge");
				g.add("rect").cls("verkstad-badge-pill").attr("x", 0.0).attr("y", 0.0).attr("width", w).attr("height", h)
						.attr("rx", h / 2).attr("ry", h / 2);
				lines(g, label, w);
			}
			case ICON -> {
				g.cls("verkstad-icon");
				if (label.getText() != null && !label.getText().isEmpty()) {
					g.add("title").text(label.getText());
				}
				rect(g, "verkstad-icon-area", 0, 0, w, h);
				String path = Descriptions.icons().get(string(label, "icon"));
				if (path != null) {
					double scale = Math.min(w, h) / 16;
					g.add("path").cls("verkstad-icon-path").attr("d", path).attr("transform", "translate("
							+ SvgNode.number((w - 16 * scale) / 2) + "," + SvgNode.number((h - 16 * scale) / 2) + ") scale("
							+ SvgNode.number(scale) + ")");
				}
			}
			default -> {
				g.cls("verkstad-text");
				lines(g, label, w);
			}
			}
		}

		/** The text and badge views' lines: baseline of line i at (i + 0.8) × line height. */
		private static void lines(SvgNode g, GLabel label, double w) {
			double fontSize = number(label, "fontSize", DEFAULT_FONT_SIZE);
			double lineHeight = number(label, "lineHeight", Math.round(fontSize * 1.3));
			boolean middle = "middle".equals(string(label, "align"));
			SvgNode text = g.add("text").cls("sprotty-label", "verkstad-label").style("font-size", SvgNode.number(fontSize) + "px")
					.style("text-anchor", middle ? "middle" : "start");
			String[] lines = (label.getText() == null ? "" : label.getText()).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				text.add("tspan").attr("x", middle ? w / 2 : 0.0).attr("y", (i + 0.8) * lineHeight).text(lines[i]);
			}
		}

		private void edge(SvgNode parent, GEdge edge, View view) {
			List<Point> route = routes.get(edge.getId());
			if (route == null || route.size() < 2 || view == null) {
				return;
			}
			SvgNode g = parent.add("g").attr("id", edge.getId()).cls("sprotty-edge",
					view == View.LINE ? "verkstad-line" : "verkstad-arrow");
			StringBuilder d = new StringBuilder();
			for (Point p : route) {
				d.append(d.length() == 0 ? "M " : " L ").append(SvgNode.number(p.x())).append(',').append(SvgNode.number(p.y()));
				include(p.x() - 5, p.y() - 5, 10, 10);
			}
			g.add("path").attr("d", d.toString());
			if (view == View.ARROW) {
				Point p1 = route.get(route.size() - 2);
				Point p2 = route.get(route.size() - 1);
				double angle = Math.toDegrees(Math.atan2(p1.y() - p2.y(), p1.x() - p2.x()));
				g.add("path").cls("sprotty-edge", "arrow").attr("d", "M 0,0 L 10,-4 L 10,4 Z").attr("transform",
						"rotate(" + SvgNode.number(angle) + " " + SvgNode.number(p2.x()) + " " + SvgNode.number(p2.y())
								+ ") translate(" + SvgNode.number(p2.x()) + " " + SvgNode.number(p2.y()) + ")");
			}
			g.cls(classes(edge));
			for (GModelElement child : edge.getChildren()) {
				if (child instanceof GLabel label && types.get(label.getType()) != null) {
					edgeLabel(g, label, types.get(label.getType()).view(), route);
				}
			}
		}

		/**
		 * A label placed along its edge as sprotty's {@code EdgeLayoutPostprocessor} places a label that
		 * cannot be moved: at {@code position} of the route's length, beside the segment by the label's
		 * side and offset (no rotation).
		 */
		private void edgeLabel(SvgNode edge, GLabel label, View view, List<Point> route) {
			GEdgePlacement placement = label.getEdgePlacement();
			double position = placement == null ? 0.5 : Math.min(1, Math.max(0, placement.getPosition()));
			String side = placement == null || placement.getSide() == null ? "top" : placement.getSide();
			double offset = placement == null ? 7 : placement.getOffset();
			double w = label.getSize() == null ? 0 : label.getSize().getWidth();
			double h = label.getSize() == null ? 0 : label.getSize().getHeight();
			double[] at = EdgeGeometry.pointAndDerivative(route, position);
			if (at == null) {
				return;
			}
			double angle = Math.toDegrees(Math.atan2(at[3], at[2]));
			double[] align = EdgeGeometry.alignment(w, h, side, offset, angle);
			double x = at[0] + align[0];
			double y = at[1] + align[1];
			include(x, y, w, h);
			SvgNode g = edge.add("g").attr("id", label.getId()).attr("transform",
					"translate(" + SvgNode.number(at[0]) + ", " + SvgNode.number(at[1]) + ") translate(" + SvgNode.number(align[0])
							+ ", " + SvgNode.number(align[1]) + ")");
			label(g, label, view, w, h);
			g.cls(classes(label));
		}
	}

	/** The GLSP rounded-corner view's outline ({@code RoundedCornerNodeView.renderPath} with equal corners). */
	static String roundedPath(double w, double h, double radius) {
		double rx = radius <= w / 2 ? radius : w / 2;
		double ry = radius <= h / 2 ? radius : h / 2;
		double top = Math.max(0, w - 2 * radius);
		double side = Math.max(0, h - 2 * radius);
		String n = SvgNode.number(rx);
		String m = SvgNode.number(ry);
		return "M0," + m + "q0," + SvgNode.number(-ry) + " " + n + "," + SvgNode.number(-ry) + "h" + SvgNode.number(top)
				+ "q" + n + ",0 " + n + "," + m + "v" + SvgNode.number(side) + "q0," + m + " " + SvgNode.number(-rx) + "," + m
				+ "h" + SvgNode.number(-top) + "q" + SvgNode.number(-rx) + ",0 " + SvgNode.number(-rx) + "," + SvgNode.number(-ry)
				+ "z";
	}

	static double number(GModelElement element, String key, double fallback) {
		Object value = element.getArgs() == null ? null : element.getArgs().get(key);
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof String s && !s.isBlank()) {
			try {
				return Double.parseDouble(s.trim());
			} catch (NumberFormatException e) {
				return fallback;
			}
		}
		return fallback;
	}

	static String string(GModelElement element, String key) {
		Object value = element.getArgs() == null ? null : element.getArgs().get(key);
		return value == null ? null : String.valueOf(value);
	}

	/** {@code "x,y x,y …"}; pairs that are not two numbers are left out, as the client does. */
	static List<double[]> points(String text) {
		List<double[]> result = new ArrayList<>();
		for (String pair : (text == null ? "" : text.trim()).split("\\s+")) {
			String[] xy = pair.split(",");
			if (xy.length == 2) {
				try {
					double x = Double.parseDouble(xy[0]);
					double y = Double.parseDouble(xy[1]);
					if (Double.isFinite(x) && Double.isFinite(y)) {
						result.add(new double[] { x, y });
					}
				} catch (NumberFormatException e) {
					// skipped
				}
			}
		}
		return result;
	}
}
