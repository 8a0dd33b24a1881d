package org.verkstad.export.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;

/**
 * What {@link SvgPainter} draws on: an image ({@link Java2DCanvas}) or a PDF page
 * ({@code org.verkstad.export.PdfCanvas}). Coordinates are CSS pixels, mapped by {@code transform}
 * from the element's own coordinates to the page's.
 */
public interface Canvas {

	void fill(Shape shape, AffineTransform transform, Color colour);

	void stroke(Shape shape, AffineTransform transform, Color colour, BasicStroke stroke);

	/** One line of text with its baseline starting at (x, y). */
	void text(String text, Font font, boolean bold, boolean oblique, double x, double y, AffineTransform transform,
			Color colour);
}
