package org.verkstad.diagram.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

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

	private record WrapKey(String text, double fontSize, boolean bold, double maxWidth, int maxLines, Hyphenation language) {
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
	 * Breaks text into lines no wider than {@code maxWidth}, at spaces where possible. A word longer than a
	 * line is hyphenated by the language's patterns (its first part filling the line before when it fits),
	 * else broken after a hyphen or slash in it, and only as the last resort between two letters; every
	 * break inside a word that has no hyphen of its own gets one. Line breaks in the text are kept. At most
	 * {@code maxLines} lines (0: no limit); a text cut short ends with "…".
	 */
	public static List<String> wrap(String text, double fontSize, boolean bold, double maxWidth, int maxLines,
			Hyphenation language) {
		WrapKey key = new WrapKey(text, fontSize, bold, maxWidth, maxLines, language);
		List<String> known = WRAPPED.get(key);
		if (known != null) {
			return known;
		}
		List<String> wrapped = List.copyOf(wrap(text, line -> width(line, fontSize, bold), maxWidth, maxLines, language));
		if (WRAPPED.size() < 50_000) {
			WRAPPED.put(key, wrapped);
		}
		return wrapped;
	}

	/**
	 * {@link #wrap} with any measure of a line's width (a PDF font's, for a report's tables), so that
	 * text breaks the same way wherever it is laid out.
	 */
	public static List<String> wrap(String text, ToDoubleFunction<String> width, double maxWidth, int maxLines,
			Hyphenation language) {
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
				List<Integer> breaks = language.breaks(word);
				List<String> pieces = pieces(word, 0, breaks, width, maxWidth);
				if (pieces.size() > 1 && line.length() > 0) {
					// the word is broken anyway: its first part may fill the line, if that saves a line
					String prefix = line + " ";
					int at = lastBreak(word, 0, breaks, part -> width.applyAsDouble(prefix + part), maxWidth);
					List<String> after = at > 0 ? pieces(word, at, breaks, width, maxWidth) : pieces;
					if (after.size() < pieces.size()) {
						line.append(' ').append(head(word, 0, at));
						pieces = after;
					}
				}
				if (line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				lines.addAll(pieces.subList(0, pieces.size() - 1));
				line.append(pieces.get(pieces.size() - 1));
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
	 * The word from {@code from} on broken into lines no wider than {@code maxWidth}, all but the last
	 * ending in a hyphen: at the last allowed break that fits, else between two characters.
	 */
	private static List<String> pieces(String word, int from, List<Integer> breaks, ToDoubleFunction<String> width,
			double maxWidth) {
		List<String> pieces = new ArrayList<>();
		int start = from;
		while (width.applyAsDouble(word.substring(start)) > maxWidth && word.length() - start > 1) {
			int at = lastBreak(word, start, breaks, width, maxWidth);
			if (at <= start) {
				at = start + 1;
				while (at + 1 < word.length() && width.applyAsDouble(head(word, start, at + 1)) <= maxWidth) {
					at++;
				}
			}
			pieces.add(head(word, start, at));
			start = at;
		}
		pieces.add(word.substring(start));
		return pieces;
	}

	/** The word's part from {@code from} to {@code at}, with a hyphen unless it ends in one (or a slash) already. */
	private static String head(String word, int from, int at) {
		char last = word.charAt(at - 1);
		String part = word.substring(from, at);
		return last == '-' || last == '/' || last == '\u2010' ? part : part + "-";
	}

	/** The last allowed break after {@code from} whose part ({@link #head}) fits; 0 when none does. */
	private static int lastBreak(String word, int from, List<Integer> breaks, ToDoubleFunction<String> width,
			double maxWidth) {
		for (int k = breaks.size() - 1; k >= 0 && breaks.get(k) > from; k--) {
			if (width.applyAsDouble(head(word, from, breaks.get(k))) <= maxWidth) {
				return breaks.get(k);
			}
		}
		return 0;
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
			} catch (IOException | FontFormatException e) {
				// fall through to the JVM's font
			}
		}
		return new Font(Font.SANS_SERIF, style, 12);
	}
}
