package org.verkstad.diagram.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import org.verkstad.diagram.client.ClientFiles;

/**
 * Measures and wraps text the way the diagram client draws it. The server lays diagrams out itself
 * (the client only draws), so the widths must be those of the font the page uses: DejaVu Sans, shipped
 * with the client and loaded here from the same file. Without it (a build without the font) the JVM's
 * sans-serif font gives close widths.
 */
public final class TextMetrics {

	/** Line height as a multiple of the font size; the client places line i's baseline at (i + 0.8) × line height. */
	public static final double LINE_HEIGHT = 1.25;

	private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
	private static final String REGULAR_FILE = "fonts/DejaVuSans.ttf";
	private static final String BOLD_FILE = "fonts/DejaVuSans-Bold.ttf";
	private static final String ITALIC_FILE = "fonts/DejaVuSans-Oblique.ttf";
	private static final Font REGULAR = load(REGULAR_FILE, Font.PLAIN);
	private static final Font BOLD = load(BOLD_FILE, Font.BOLD);
	private static volatile Font italic;
	private static final Map<WidthKey, Double> WIDTHS = new ConcurrentHashMap<>();
	/** Wrapped texts: a diagram is drawn anew after every edit, and nearly all of its texts are as before. */
	private static final Map<WrapKey, List<String>> WRAPPED = new ConcurrentHashMap<>();

	private record WidthKey(String text, double fontSize, boolean bold) {
	}

	private record WrapKey(String text, double fontSize, boolean bold, double maxWidth, int maxLines) {
	}

	private TextMetrics() {
	}

	/** The width of one line of text in px. */
	public static double width(String text, double fontSize, boolean bold) {
		if (text.isEmpty()) {
			return 0;
		}
		WidthKey key = new WidthKey(text, fontSize, bold);
		Double cached = WIDTHS.get(key);
		if (cached != null) {
			return cached;
		}
		Font font = (bold ? BOLD : REGULAR).deriveFont((float) fontSize);
		double width = font.getStringBounds(text, CONTEXT).getWidth();
		if (WIDTHS.size() < 100_000) {
			WIDTHS.put(key, width);
		}
		return width;
	}

	public static double lineHeight(double fontSize) {
		return Math.ceil(fontSize * LINE_HEIGHT);
	}

	/**
	 * Breaks text into lines no wider than {@code maxWidth}, at spaces where possible; a word longer than a
	 * line is broken inside. Line breaks in the text are kept. At most {@code maxLines} lines (0: no limit);
	 * a text cut short ends with "…".
	 */
	public static List<String> wrap(String text, double fontSize, boolean bold, double maxWidth, int maxLines) {
		WrapKey key = new WrapKey(text, fontSize, bold, maxWidth, maxLines);
		List<String> known = WRAPPED.get(key);
		if (known != null) {
			return known;
		}
		List<String> wrapped = List.copyOf(wrapText(text, fontSize, bold, maxWidth, maxLines));
		if (WRAPPED.size() < 50_000) {
			WRAPPED.put(key, wrapped);
		}
		return wrapped;
	}

	private static List<String> wrapText(String text, double fontSize, boolean bold, double maxWidth, int maxLines) {
		return wrap(text, line -> width(line, fontSize, bold), maxWidth, maxLines);
	}

	/**
	 * {@link #wrap} with any measure of a line's width (a PDF font's, for a report's tables), so that
	 * text breaks the same way wherever it is laid out.
	 */
	public static List<String> wrap(String text, java.util.function.ToDoubleFunction<String> width, double maxWidth,
			int maxLines) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.trim().split("\\s+")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.length() == 0 ? word : line + " " + word;
				if (width.applyAsDouble(candidate) <= maxWidth) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (width.applyAsDouble(rest) > maxWidth && rest.length() > 1) {
					int cut = rest.length() - 1;
					while (cut > 1 && width.applyAsDouble(rest.substring(0, cut)) > maxWidth) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		if (maxLines > 0 && lines.size() > maxLines) {
			List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
			String last = cut.get(maxLines - 1);
			while (!last.isEmpty() && width.applyAsDouble(last + "\u2026") > maxWidth) {
				last = last.substring(0, last.length() - 1);
			}
			cut.set(maxLines - 1, last + "\u2026");
			return cut;
		}
		return lines;
	}

	/**
	 * The diagrams' font at a size, for drawing them without the page (export): the same file the widths
	 * are measured with. DejaVu Sans has no bold oblique; bold wins.
	 */
	public static Font font(boolean bold, boolean oblique, double size) {
		Font font = bold ? BOLD : oblique ? italic() : REGULAR;
		return font.deriveFont((float) size);
	}

	/** The font file of {@link #font}, for embedding it (PDF); null in a build without the fonts. */
	public static URL fontFile(boolean bold, boolean oblique) {
		return ClientFiles.find(bold ? BOLD_FILE : oblique ? ITALIC_FILE : REGULAR_FILE);
	}

	private static Font italic() {
		Font result = italic;
		if (result == null) {
			result = load(ITALIC_FILE, Font.ITALIC);
			italic = result;
		}
		return result;
	}

	private static Font load(String path, int style) {
		URL url = ClientFiles.find(path);
		if (url != null) {
			try (InputStream in = url.openStream()) {
				return Font.createFont(Font.TRUETYPE_FONT, in);
			} catch (IOException | java.awt.FontFormatException e) {
				// fall through to the JVM's font
			}
		}
		return new Font(Font.SANS_SERIF, style, 12);
	}
}
