package org.verkstad.export.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.batik.parser.AWTPathProducer;
import org.apache.batik.parser.ParseException;
import org.verkstad.diagram.layout.TextMetrics;

/**
 * Paints a drawing on a {@link Canvas}: an image for PNG, a PDF page. It
 * draws the few SVG elements {@link DiagramScene} makes (g, rect, circle, polygon, polyline, path,
 * text with tspans) with their resolved styles and SVG's inheritance; text is drawn as text in the
 * diagrams' font, so that a PDF keeps it searchable.
 */
public final class SvgPainter {

	/** The properties SVG elements inherit from their parents. */
	private static final Set<String> INHERITED = Set.of("fill", "fill-opacity", "stroke", "stroke-width",
			"stroke-dasharray", "stroke-dashoffset", "stroke-linejoin", "stroke-linecap", "stroke-opacity", "font-family",
			"font-size", "font-weight", "font-style", "text-anchor", "visibility");
	private static final Map<String, String> INITIAL = Map.of("fill", "#000000", "stroke", "none", "stroke-width", "1",
			"font-size", "16px", "text-anchor", "start", "visibility", "visible");
	private static final Pattern TRANSFORM = Pattern.compile("(translate|rotate|scale)\\s*\\(([^)]*)\\)");
	private static final Pattern SHADOW = Pattern.compile("drop-shadow\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(.+)\\)\\s*$");
	/** Path data is the same for every step of a map: parse each once. */
	private static final Map<String, Shape> PATHS = new ConcurrentHashMap<>();
	private static final FontRenderContext MEASURE = new FontRenderContext(new AffineTransform(), true, true);

	private SvgPainter() {
	}

	/** Paints the page: white, then the drawing placed on it. */
	public static void paint(Canvas canvas, DiagramScene scene, Placement placement) {
		canvas.fill(new Rectangle2D.Double(0, 0, placement.width(), placement.height()), new AffineTransform(), Color.WHITE);
		AffineTransform t = AffineTransform.getTranslateInstance(placement.dx(), placement.dy());
		t.scale(placement.scale(), placement.scale());
		Map<String, String> style = new HashMap<>(INITIAL);
		inherit(style, scene.root().declared());
		for (SvgNode child : scene.root().children()) {
			paint(canvas, child, style, t);
		}
	}

	private static void inherit(Map<String, String> style, Map<String, String> declared) {
		declared.forEach((k, v) -> {
			if (INHERITED.contains(k) && !"inherit".equals(v)) {
				style.put(k, v);
			}
		});
	}

	private static void paint(Canvas canvas, SvgNode node, Map<String, String> parentStyle, AffineTransform parentTransform) {
		Map<String, String> declared = node.declared();
		if ("none".equals(declared.get("display")) || node.name().equals("title")) {
			return;
		}
		Map<String, String> style = new HashMap<>(parentStyle);
		inherit(style, declared);
		AffineTransform t = parentTransform;
		String transform = node.attr("transform");
		if (transform != null) {
			t = new AffineTransform(parentTransform);
			t.concatenate(transform(transform));
		}
		double opacity = number(declared.get("opacity"), 1);
		boolean visible = !"hidden".equals(style.get("visibility"));
		switch (node.name()) {
		case "g" -> {
			for (SvgNode child : node.children()) {
				paint(canvas, child, style, t);
			}
		}
		case "text" -> {
			if (visible) {
				text(canvas, node, style, opacity, t);
			}
		}
		default -> {
			Shape shape = shape(node);
			if (shape != null && visible) {
				shadow(canvas, shape, declared.get("filter"), t);
				shape(canvas, shape, style, opacity, t);
			}
		}
		}
	}

	private static Shape shape(SvgNode node) {
		return switch (node.name()) {
		case "rect" -> {
			double x = number(node.attr("x"), 0);
			double y = number(node.attr("y"), 0);
			double w = number(node.attr("width"), 0);
			double h = number(node.attr("height"), 0);
			double rx = number(node.attr("rx"), number(node.attr("ry"), 0));
			double ry = number(node.attr("ry"), rx);
			yield rx > 0 || ry > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry) : new Rectangle2D.Double(x, y, w, h);
		}
		case "circle" -> {
			double r = number(node.attr("r"), 0);
			yield new Ellipse2D.Double(number(node.attr("cx"), 0) - r, number(node.attr("cy"), 0) - r, 2 * r, 2 * r);
		}
		case "polygon", "polyline" -> {
			List<double[]> points = DiagramScene.points(node.attr("points"));
			Path2D.Double path = new Path2D.Double();
			for (int i = 0; i < points.size(); i++) {
				if (i == 0) {
					path.moveTo(points.get(i)[0], points.get(i)[1]);
				} else {
					path.lineTo(points.get(i)[0], points.get(i)[1]);
				}
			}
			if (node.name().equals("polygon") && !points.isEmpty()) {
				path.closePath();
			}
			yield points.isEmpty() ? null : path;
		}
		case "path" -> path(node.attr("d"));
		default -> null;
		};
	}

	/** SVG path data as a shape, by Batik's path parser; null when it cannot be read. */
	static Shape path(String d) {
		if (d == null || d.isBlank()) {
			return null;
		}
		Shape known = PATHS.get(d);
		if (known != null) {
			return known;
		}
		try {
			Shape shape = AWTPathProducer.createShape(new StringReader(d), Path2D.WIND_NON_ZERO);
			if (PATHS.size() < 10_000) {
				PATHS.put(d, shape);
			}
			return shape;
		} catch (IOException | ParseException e) {
			return null;
		}
	}

	private static void shape(Canvas canvas, Shape shape, Map<String, String> style, double opacity, AffineTransform t) {
		Color fill = colour(style.get("fill"), number(style.get("fill-opacity"), 1) * opacity);
		if (fill != null) {
			canvas.fill(shape, t, fill);
		}
		Color stroke = colour(style.get("stroke"), number(style.get("stroke-opacity"), 1) * opacity);
		double width = length(style.get("stroke-width"), 1);
		if (stroke != null && width > 0) {
			canvas.stroke(shape, t, stroke, stroke(style, width));
		}
	}

	private static BasicStroke stroke(Map<String, String> style, double width) {
		int cap = switch (String.valueOf(style.get("stroke-linecap"))) {
		case "round" -> BasicStroke.CAP_ROUND;
		case "square" -> BasicStroke.CAP_SQUARE;
		default -> BasicStroke.CAP_BUTT;
		};
		int join = switch (String.valueOf(style.get("stroke-linejoin"))) {
		case "round" -> BasicStroke.JOIN_ROUND;
		case "bevel" -> BasicStroke.JOIN_BEVEL;
		default -> BasicStroke.JOIN_MITER;
		};
		float[] dashes = null;
		String dash = style.get("stroke-dasharray");
		if (dash != null && !dash.equals("none")) {
			String[] parts = dash.trim().split("[\\s,]+");
			dashes = new float[parts.length % 2 == 0 ? parts.length : parts.length * 2];
			for (int i = 0; i < dashes.length; i++) {
				dashes[i] = (float) length(parts[i % parts.length], 0);
			}
			double total = 0;
			for (float f : dashes) {
				total += f;
			}
			if (total <= 0) {
				dashes = null;
			}
		}
		return new BasicStroke((float) width, cap, join, 4f, dashes, (float) length(style.get("stroke-dashoffset"), 0));
	}

	/** A CSS {@code drop-shadow(dx dy blur colour)}: the shape in the colour, offset, under the element. */
	private static void shadow(Canvas canvas, Shape shape, String filter, AffineTransform t) {
		if (filter == null) {
			return;
		}
		Matcher m = SHADOW.matcher(filter.trim());
		if (!m.matches()) {
			return;
		}
		Color colour = colour(m.group(4), 1);
		if (colour == null) {
			return;
		}
		double dx = length(m.group(1), 0);
		double dy = length(m.group(2), 0);
		double blur = length(m.group(3), 0);
		// a soft edge from a few widening, fainter copies
		int steps = Math.max(1, (int) Math.ceil(blur));
		AffineTransform shifted = new AffineTransform(t);
		shifted.translate(dx, dy);
		Color step = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(),
				Math.max(1, (int) Math.round(colour.getAlpha() / (double) steps)));
		for (int i = steps; i >= 1; i--) {
			if (i > 1) {
				canvas.stroke(shape, shifted, step, new BasicStroke((float) (i - 1) * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			}
			canvas.fill(shape, shifted, step);
		}
	}

	private static void text(Canvas canvas, SvgNode text, Map<String, String> style, double opacity, AffineTransform t) {
		Color fill = colour(style.get("fill"), number(style.get("fill-opacity"), 1) * opacity);
		if (fill == null) {
			return;
		}
		for (SvgNode tspan : text.children()) {
			Map<String, String> own = new HashMap<>(style);
			inherit(own, tspan.declared());
			String content = tspan.text();
			if (content == null || content.isEmpty()) {
				continue;
			}
			String weight = String.valueOf(own.get("font-weight"));
			boolean bold = weight.equals("bold") || weight.equals("bolder") || number(weight, 400) >= 600;
			String fontStyle = String.valueOf(own.get("font-style"));
			boolean oblique = fontStyle.equals("italic") || fontStyle.equals("oblique");
			Font font = TextMetrics.font(bold, oblique, length(own.get("font-size"), 16));
			double x = number(tspan.attr("x"), 0);
			double y = number(tspan.attr("y"), 0);
			String anchor = String.valueOf(own.get("text-anchor"));
			if (!anchor.equals("start")) {
				double width = font.getStringBounds(content, MEASURE).getWidth();
				x -= anchor.equals("middle") ? width / 2 : anchor.equals("end") ? width : 0;
			}
			canvas.text(content, font, bold, oblique, x, y, t, fill);
		}
	}

	// ---- values ----

	static AffineTransform transform(String text) {
		AffineTransform result = new AffineTransform();
		Matcher m = TRANSFORM.matcher(text);
		while (m.find()) {
			String[] args = m.group(2).trim().split("[\\s,]+");
			double a = number(args[0], 0);
			double b = args.length > 1 ? number(args[1], 0) : Double.NaN;
			switch (m.group(1)) {
			case "translate" -> result.translate(a, Double.isNaN(b) ? 0 : b);
			case "scale" -> result.scale(a, Double.isNaN(b) ? a : b);
			default -> {
				if (args.length >= 3) {
					result.rotate(Math.toRadians(a), b, number(args[2], 0));
				} else {
					result.rotate(Math.toRadians(a));
				}
			}
			}
		}
		return result;
	}

	static double number(String text, double fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(text.trim());
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	/** A CSS length in px: {@code 1.5px}, {@code 8pt}, {@code 2}; percentages and ems are not used by the sheets. */
	static double length(String text, double fallback) {
		if (text == null) {
			return fallback;
		}
		String t = text.trim().toLowerCase(Locale.ROOT);
		if (t.endsWith("px")) {
			return number(t.substring(0, t.length() - 2), fallback);
		}
		if (t.endsWith("pt")) {
			return number(t.substring(0, t.length() - 2), fallback / 0.75) * 96 / 72;
		}
		return number(t, fallback);
	}

	private static final Map<String, Color> NAMED = Map.of("black", Color.BLACK, "white", Color.WHITE, "red",
			new Color(255, 0, 0), "gray", new Color(128, 128, 128), "grey", new Color(128, 128, 128), "green",
			new Color(0, 128, 0), "blue", new Color(0, 0, 255), "yellow", new Color(255, 255, 0));

	/** A CSS colour with an opacity applied; null for {@code none}, {@code transparent} and what cannot be read. */
	static Color colour(String text, double opacity) {
		if (text == null) {
			return null;
		}
		String t = text.trim().toLowerCase(Locale.ROOT);
		Color c = null;
		try {
			if (t.startsWith("#")) {
				String hex = t.substring(1);
				if (hex.length() == 3 || hex.length() == 4) {
					StringBuilder b = new StringBuilder();
					for (char ch : hex.toCharArray()) {
						b.append(ch).append(ch);
					}
					hex = b.toString();
				}
				int r = Integer.parseInt(hex.substring(0, 2), 16);
				int gr = Integer.parseInt(hex.substring(2, 4), 16);
				int bl = Integer.parseInt(hex.substring(4, 6), 16);
				int a = hex.length() == 8 ? Integer.parseInt(hex.substring(6, 8), 16) : 255;
				c = new Color(r, gr, bl, a);
			} else if (t.startsWith("rgb")) {
				String[] parts = t.substring(t.indexOf('(') + 1, t.lastIndexOf(')')).split("[\\s,/]+");
				double a = parts.length > 3 ? (parts[3].endsWith("%") ? number(parts[3].replace("%", ""), 100) / 100 : number(parts[3], 1)) : 1;
				c = new Color((int) number(parts[0], 0), (int) number(parts[1], 0), (int) number(parts[2], 0),
						(int) Math.round(Math.max(0, Math.min(1, a)) * 255));
			} else {
				c = NAMED.get(t);
			}
		} catch (RuntimeException e) {
			return null;
		}
		if (c == null || c.getAlpha() == 0) {
			return null;
		}
		double o = Math.max(0, Math.min(1, opacity));
		return o >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(c.getAlpha() * o));
	}
}
