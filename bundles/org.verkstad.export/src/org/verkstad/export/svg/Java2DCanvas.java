package org.verkstad.export.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;

/** A canvas on a Java2D surface (an image for PNG); {@code base} takes CSS pixels to the surface's units. */
public final class Java2DCanvas implements Canvas {

	private final Graphics2D g;
	private final AffineTransform base;

	public Java2DCanvas(Graphics2D g) {
		this.g = g;
		this.base = g.getTransform();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
	}

	private void at(AffineTransform transform) {
		AffineTransform t = new AffineTransform(base);
		t.concatenate(transform);
		g.setTransform(t);
	}

	@Override
	public void fill(Shape shape, AffineTransform transform, Color colour) {
		at(transform);
		g.setColor(colour);
		g.fill(shape);
	}

	@Override
	public void stroke(Shape shape, AffineTransform transform, Color colour, BasicStroke stroke) {
		at(transform);
		g.setColor(colour);
		g.setStroke(stroke);
		g.draw(shape);
	}

	@Override
	public void text(String text, Font font, boolean bold, boolean oblique, double x, double y, AffineTransform transform,
			Color colour) {
		at(transform);
		g.setFont(font);
		g.setColor(colour);
		g.drawString(text, (float) x, (float) y);
	}
}
