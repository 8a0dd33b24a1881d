package org.verkstad.diagram.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.verkstad.diagram.client.ClientFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Where a word may be broken, by Liang's algorithm with TeX's patterns (hyph-utf8, as the npm package
 * {@code hyphen} ships them; the client's build writes them to {@code client/hyphenation/}). One set per
 * language: Swedish, Norwegian bokmål and nynorsk, US and British English; any other language uses the
 * Swedish one, the courses' language. At least two letters stay on each side of a break.
 */
public final class Hyphenation {

	/** The languages with patterns; the first is the fallback. */
	private static final List<String> LANGUAGES = List.of("sv", "nb", "nn", "en-us", "en-gb");

	private static final Map<String, Hyphenation> LOADED = new ConcurrentHashMap<>();

	/** Levels of the patterns, indexed by the numbers in the trie. */
	private final int[][] levels;
	/** Letter → a node: a map (more letters), an Integer (a pattern ends here) or an Object[] {map, Integer}. */
	private final Map<Character, Object> trie;
	/** Whole words with the places they break at. */
	private final Map<String, int[]> exceptions;

	private Hyphenation(int[][] levels, Map<Character, Object> trie, Map<String, int[]> exceptions) {
		this.levels = levels;
		this.trie = trie;
		this.exceptions = exceptions;
	}

	/**
	 * The patterns for a language ({@code sv}, {@code nb}, {@code no} (bokmål), {@code nn}, {@code en},
	 * {@code en-GB}, …); Swedish for any other, and for null.
	 */
	public static Hyphenation of(Locale language) {
		return LOADED.computeIfAbsent(key(language), Hyphenation::load);
	}

	/**
	 * The patterns for a model's text: the language its {@code about} block declares, else Norwegian when
	 * the program speaks Norwegian, else Swedish (the courses' language, whatever language the program
	 * speaks: an English interface does not make a municipality's texts English).
	 */
	public static Hyphenation forText(String declared, Locale program) {
		if (declared != null && !declared.isBlank()) {
			return of(Locale.forLanguageTag(declared.trim()));
		}
		String lang = program == null ? "" : program.getLanguage();
		return of(lang.equals("nb") || lang.equals("nn") || lang.equals("no") ? program : null);
	}

	private static String key(Locale language) {
		if (language == null) {
			return LANGUAGES.get(0);
		}
		String lang = language.getLanguage();
		return switch (lang) {
		case "nb", "no" -> "nb";
		case "nn" -> "nn";
		case "en" -> "GB".equals(language.getCountry()) ? "en-gb" : "en-us";
		default -> LANGUAGES.get(0);
		};
	}

	/**
	 * The places (string indices, 2 ≤ i ≤ length − 2) where the word may be broken: after {@code word[i - 1]}.
	 * Only letters are hyphenated; a word with anything else in it (digits, punctuation) has none.
	 */
	public int[] points(String word) {
		if (word.length() < 5 || !word.codePoints().allMatch(Character::isLetter)) {
			return new int[0];
		}
		String lower = word.toLowerCase(Locale.ROOT);
		int[] exception = exceptions.get(lower);
		if (exception != null) {
			return exception.clone();
		}
		// as the package's hyphenateWord: values[j] is the value before word[j]; a pattern found from
		// position s of ".word." adds its levels from values[max(s - 1, 0)] on
		String text = "." + lower + ".";
		int[] values = new int[word.length() + 1];
		for (int start = 0; start + 3 <= text.length(); start++) {
			int offset = Math.max(start - 1, 0);
			Map<Character, Object> node = trie;
			for (int i = start; i < text.length() && node != null; i++) {
				Object next = node.get(text.charAt(i));
				if (next == null) {
					break;
				}
				Integer pattern = null;
				Map<Character, Object> children = null;
				if (next instanceof Integer index) {
					pattern = index;
				} else if (next instanceof Object[] both) {
					children = cast(both[0]);
					pattern = (Integer) both[1];
				} else {
					children = cast(next);
				}
				if (pattern != null) {
					int[] level = levels[pattern];
					for (int k = 0; k < level.length && offset + k < values.length; k++) {
						values[offset + k] = Math.max(values[offset + k], level[k]);
					}
				}
				node = children;
			}
		}
		List<Integer> points = new ArrayList<>();
		for (int p = 2; p <= word.length() - 2; p++) {
			if ((values[p] & 1) == 1) {
				points.add(p);
			}
		}
		return points.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Where a word (anything between spaces) may be broken, in order: after a hyphen or slash in it, and
	 * where the patterns allow within each run of letters (found in the whole run, so that a part of a
	 * word is never hyphenated as if it were one).
	 */
	public List<Integer> breaks(String word) {
		List<Integer> breaks = new ArrayList<>();
		int i = 0;
		while (i < word.length()) {
			char c = word.charAt(i);
			if (Character.isLetter(c)) {
				int start = i;
				while (i < word.length() && Character.isLetter(word.charAt(i))) {
					i++;
				}
				for (int point : points(word.substring(start, i))) {
					breaks.add(start + point);
				}
				continue;
			}
			if ((c == '-' || c == '/' || c == '\u2010') && i > 0 && i + 1 < word.length()) {
				breaks.add(i + 1);
			}
			i++;
		}
		breaks.sort(null);
		return breaks;
	}

	/**
	 * The text with a soft hyphen (U+00AD) wherever the patterns allow a break inside a word, for text
	 * that a word processor or browser breaks (a report's DOCX and HTML tables): it then hyphenates a word
	 * too long for its column instead of cutting it anywhere.
	 */
	public String withSoftHyphens(String text) {
		StringBuilder result = new StringBuilder(text.length() + 16);
		int i = 0;
		while (i < text.length()) {
			if (!Character.isLetter(text.charAt(i))) {
				result.append(text.charAt(i++));
				continue;
			}
			int start = i;
			while (i < text.length() && Character.isLetter(text.charAt(i))) {
				i++;
			}
			String run = text.substring(start, i);
			int previous = 0;
			for (int point : points(run)) {
				result.append(run, previous, point).append('\u00ad');
				previous = point;
			}
			result.append(run, previous, run.length());
		}
		return result.toString();
	}

	@SuppressWarnings("unchecked")
	private static Map<Character, Object> cast(Object node) {
		return (Map<Character, Object>) node;
	}

	// ---- reading the client's pattern files

	private static Hyphenation load(String language) {
		URL url = ClientFiles.find("hyphenation/" + language + ".json");
		if (url == null) {
			throw new IllegalStateException("the diagram client has no hyphenation patterns for " + language);
		}
		try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			JsonArray definition = JsonParser.parseReader(reader).getAsJsonArray();
			JsonArray levelList = definition.get(0).getAsJsonArray();
			int[][] levels = new int[levelList.size()][];
			for (int i = 0; i < levels.length; i++) {
				JsonArray level = levelList.get(i).getAsJsonArray();
				levels[i] = new int[level.size()];
				for (int k = 0; k < levels[i].length; k++) {
					levels[i][k] = level.get(k).getAsInt();
				}
			}
			Map<String, int[]> exceptions = new HashMap<>();
			if (definition.size() > 2 && definition.get(2).isJsonObject()) {
				for (Map.Entry<String, JsonElement> entry : definition.get(2).getAsJsonObject().entrySet()) {
					JsonArray marks = entry.getValue().getAsJsonArray();
					int[] points = new int[marks.size()];
					for (int i = 0; i < points.length; i++) {
						points[i] = marks.get(i).getAsInt();
					}
					exceptions.put(entry.getKey().toLowerCase(Locale.ROOT), points);
				}
			}
			return new Hyphenation(levels, node(definition.get(1).getAsJsonObject()), exceptions);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<Character, Object> node(JsonObject object) {
		Map<Character, Object> node = new HashMap<>();
		for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
			node.put(entry.getKey().charAt(0), value(entry.getValue()));
		}
		return node;
	}

	private static Object value(JsonElement element) {
		if (element.isJsonPrimitive()) {
			return element.getAsInt();
		}
		if (element.isJsonArray()) {
			JsonArray both = element.getAsJsonArray();
			return new Object[] { node(both.get(0).getAsJsonObject()), both.get(1).getAsInt() };
		}
		return node(element.getAsJsonObject());
	}
}
