package org.verkstad.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.verkstad.diagram.layout.TextMetrics;
import org.verkstad.export.svg.Canvas;

/**
 * A canvas on a PDF page, written with PDFBox: shapes as PDF paths, text as text in DejaVu Sans
 * (embedded as a subset), so that the diagram stays sharp at any zoom and its text can be searched
 * and copied.
 */
public final class PdfCanvas implements Canvas {

	/** The fonts of one document, loaded when first used. */
	public static final class Fonts {
		private final PDDocument document;
		private final Map<String, PDType0Font> loaded = new HashMap<>();
		private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();

		public Fonts(PDDocument document) {
			this.document = document;
		}

		public PDType0Font get(boolean bold, boolean oblique) {
			String key = bold ? "bold" : oblique ? "oblique" : "regular";
			return loaded.computeIfAbsent(key, k -> {
				URL file = TextMetrics.fontFile(bold, oblique);
				if (file == null) {
					throw new IllegalStateException("the diagram font is missing from this installation");
				}
				try (InputStream in = file.openStream()) {
					return PDType0Font.load(document, in, true);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}

		PDExtendedGraphicsState alpha(int fill, int stroke) {
			return alphas.computeIfAbsent(fill * 256 + stroke, k -> {
				PDExtendedGraphicsState state = new PDExtendedGraphicsState();
				state.setNonStrokingAlphaConstant(fill / 255f);
				state.setStrokingAlphaConstant(stroke / 255f);
				return state;
			});
		}
	}

	private final PDPageContentStream content;
	private final AffineTransform base;
	private final Fonts fonts;

	/**
	 * @param base takes CSS pixels to the page's user space (points, y upwards): see {@link #pageTransform}
	 */
	public PdfCanvas(PDPageContentStream content, AffineTransform base, Fonts fonts) {
		this.content = content;
		this.base = base;
		this.fonts = fonts;
	}

	/** CSS pixels at (x, y) points from the page's top left corner, scaled, on a page {@code pageHeight} points high. */
	public static AffineTransform pageTransform(double pageHeight, double x, double y, double scale) {
		AffineTransform t = AffineTransform.getTranslateInstance(x, pageHeight - y);
		t.scale(scale * PdfPages.PT_PER_PX, -scale * PdfPages.PT_PER_PX);
		return t;
	}

	@Override
	public void fill(Shape shape, AffineTransform transform, Color colour) {
		draw(shape, transform, colour, null);
	}

	@Override
	public void stroke(Shape shape, AffineTransform transform, Color colour, BasicStroke stroke) {
		draw(shape, transform, colour, stroke);
	}

	private void draw(Shape shape, AffineTransform transform, Color colour, BasicStroke stroke) {
		try {
			content.saveGraphicsState();
			content.transform(matrix(transform));
			if (colour.getAlpha() < 255) {
				content.setGraphicsStateParameters(fonts.alpha(colour.getAlpha(), colour.getAlpha()));
			}
			if (stroke == null) {
				content.setNonStrokingColor(colour);
			} else {
				content.setStrokingColor(colour);
				content.setLineWidth(stroke.getLineWidth());
				content.setLineCapStyle(stroke.getEndCap() == BasicStroke.CAP_ROUND ? 1 : stroke.getEndCap() == BasicStroke.CAP_SQUARE ? 2 : 0);
				content.setLineJoinStyle(stroke.getLineJoin() == BasicStroke.JOIN_ROUND ? 1 : stroke.getLineJoin() == BasicStroke.JOIN_BEVEL ? 2 : 0);
				content.setMiterLimit(stroke.getMiterLimit());
				if (stroke.getDashArray() != null) {
					content.setLineDashPattern(stroke.getDashArray(), stroke.getDashPhase());
				}
			}
			boolean evenOdd = path(shape);
			if (stroke != null) {
				content.stroke();
			} else if (evenOdd) {
				content.fillEvenOdd();
			} else {
				content.fill();
			}
			content.restoreGraphicsState();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Appends the shape as a path; true when it is filled by the even-odd rule. */
	private boolean path(Shape shape) throws IOException {
		PathIterator it = shape.getPathIterator(null);
		float[] c = new float[6];
		float x = 0;
		float y = 0;
		while (!it.isDone()) {
			switch (it.currentSegment(c)) {
			case PathIterator.SEG_MOVETO -> {
				content.moveTo(c[0], c[1]);
				x = c[0];
				y = c[1];
			}
			case PathIterator.SEG_LINETO -> {
				content.lineTo(c[0], c[1]);
				x = c[0];
				y = c[1];
			}
			case PathIterator.SEG_QUADTO -> {
				// a quadratic curve as the cubic it equals
				content.curveTo(x + 2f / 3 * (c[0] - x), y + 2f / 3 * (c[1] - y), c[2] + 2f / 3 * (c[0] - c[2]),
						c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
				x = c[2];
				y = c[3];
			}
			case PathIterator.SEG_CUBICTO -> {
				content.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
				x = c[4];
				y = c[5];
			}
			default -> content.closePath();
			}
			it.next();
		}
		return it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
	}

	@Override
	public void text(String text, Font font, boolean bold, boolean oblique, double x, double y, AffineTransform transform,
			Color colour) {
		PDType0Font pdf = fonts.get(bold, oblique);
		String drawable = drawable(pdf, text);
		if (drawable.isEmpty()) {
			return;
		}
		try {
			content.saveGraphicsState();
			content.transform(matrix(transform));
			if (colour.getAlpha() < 255) {
				content.setGraphicsStateParameters(fonts.alpha(colour.getAlpha(), colour.getAlpha()));
			}
			content.setNonStrokingColor(colour);
			content.beginText();
			content.setFont(pdf, font.getSize2D());
			// the page's y axis points up, the drawing's down: the text is turned back upright
			content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) y));
			content.showText(drawable);
			content.endText();
			content.restoreGraphicsState();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text without the characters the font has no glyph for (rare symbols), which PDFBox cannot encode. */
	public static String drawable(PDType0Font font, String text) {
		try {
			font.encode(text);
			return text;
		} catch (IllegalArgumentException | IOException e) {
			StringBuilder kept = new StringBuilder();
			text.codePoints().forEach(cp -> {
				String ch = new String(Character.toChars(cp));
				try {
					font.encode(ch);
					kept.append(ch);
				} catch (IllegalArgumentException | IOException missing) {
					kept.append('?');
				}
			});
			return kept.toString();
		}
	}

	private Matrix matrix(AffineTransform transform) {
		AffineTransform t = new AffineTransform(base);
		t.concatenate(transform);
		return new Matrix(t);
	}
}
