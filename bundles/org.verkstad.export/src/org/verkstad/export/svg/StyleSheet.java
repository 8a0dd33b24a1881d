package org.verkstad.export.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The diagram client's style sheets applied to a drawing without a browser: the rules' declarations
 * cascaded onto each {@link SvgNode} by specificity and order, as the page does.
 * <p>
 * Selectors are what the client's sheets use: element names, {@code *}, classes, ids, {@code :not(.c)}
 * and {@code :not(#id)} joined by descendant and child combinators. A rule with anything else (hover,
 * focus, attribute selectors, pseudo-elements) is left out: it describes the page being used, not
 * the drawing. Declarations using {@code var()} are left out too. Batik's CSS parser reads CSS 2 and
 * has no {@code :not()}, which the client's sheets rely on, hence this small reader.
 */
public final class StyleSheet {

	/** The properties that change how a drawing looks; the others (cursor, pointer events) are left out. */
	public static final Set<String> DRAWING_PROPERTIES = Set.of("fill", "fill-opacity", "stroke", "stroke-width",
			"stroke-dasharray", "stroke-dashoffset", "stroke-linejoin", "stroke-linecap", "stroke-opacity", "opacity",
			"font-family", "font-size", "font-weight", "font-style", "text-anchor", "filter", "visibility", "display");

	private record Compound(String element, List<String> ids, List<String> classes, List<String> notClasses,
			List<String> notIds) {
	}

	/** Compounds from left to right; {@code child[i]} says whether compound i+1 is a child of compound i. */
	private record Selector(List<Compound> compounds, List<Boolean> child, int specificity) {
	}

	private record Rule(Selector selector, int order, Map<String, String> declarations, Map<String, String> important) {
	}

	private final List<Rule> rules = new ArrayList<>();

	private StyleSheet() {
	}

	/** The sheets in the page's order: a later sheet wins over an earlier one at equal specificity. */
	public static StyleSheet of(String... sheets) {
		StyleSheet sheet = new StyleSheet();
		for (String css : sheets) {
			if (css != null) {
				sheet.parse(css);
			}
		}
		return sheet;
	}

	/** Sets {@link SvgNode#declared()} on the node and everything below it. */
	public void apply(SvgNode node) {
		Map<String, String> values = new LinkedHashMap<>();
		List<Rule> matching = rules.stream().filter(r -> matches(r.selector(), node))
				.sorted(Comparator.comparingInt((Rule r) -> r.selector().specificity()).thenComparingInt(Rule::order))
				.toList();
		matching.forEach(r -> values.putAll(r.declarations()));
		values.putAll(node.inlineStyle());
		matching.forEach(r -> values.putAll(r.important()));
		node.declared(values);
		for (SvgNode child : node.children()) {
			apply(child);
		}
	}

	// ---- reading ----

	private void parse(String css) {
		String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
		int i = 0;
		while (i < text.length()) {
			int open = text.indexOf('{', i);
			if (open < 0) {
				break;
			}
			String prelude = text.substring(i, open).trim();
			int close = matchingBrace(text, open);
			String body = text.substring(open + 1, close < 0 ? text.length() : close);
			i = close < 0 ? text.length() : close + 1;
			if (prelude.startsWith("@")) {
				continue; // @font-face, @media, @keyframes: nothing a drawing uses
			}
			Map<String, String> declarations = new LinkedHashMap<>();
			Map<String, String> important = new LinkedHashMap<>();
			for (String declaration : body.split(";")) {
				int colon = declaration.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String property = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = declaration.substring(colon + 1).trim();
				boolean isImportant = value.endsWith("!important");
				if (isImportant) {
					value = value.substring(0, value.length() - "!important".length()).trim();
				}
				if (!DRAWING_PROPERTIES.contains(property) || value.isEmpty() || value.contains("var(")) {
					continue;
				}
				(isImportant ? important : declarations).put(property, value);
			}
			if (declarations.isEmpty() && important.isEmpty()) {
				continue;
			}
			for (String selectorText : splitSelectors(prelude)) {
				Selector selector = selector(selectorText.trim());
				if (selector != null) {
					rules.add(new Rule(selector, rules.size(), declarations, important));
				}
			}
		}
	}

	private static int matchingBrace(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				depth++;
			} else if (c == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** Splits a selector list at commas outside parentheses. */
	private static List<String> splitSelectors(String prelude) {
		List<String> result = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < prelude.length(); i++) {
			char c = prelude.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == ',' && depth == 0) {
				result.add(prelude.substring(start, i));
				start = i + 1;
			}
		}
		result.add(prelude.substring(start));
		return result;
	}

	/** A selector, or null when it uses something a drawing never matches (see the class comment). */
	private static Selector selector(String text) {
		List<Compound> compounds = new ArrayList<>();
		List<Boolean> child = new ArrayList<>();
		int specificity = 0;
		int i = 0;
		boolean nextIsChild = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '>') {
				nextIsChild = true;
				i++;
				continue;
			}
			if (c == '+' || c == '~') {
				return null;
			}
			String element = null;
			List<String> ids = new ArrayList<>();
			List<String> classes = new ArrayList<>();
			List<String> notClasses = new ArrayList<>();
			List<String> notIds = new ArrayList<>();
			if (c == '*') {
				element = "*";
				i++;
			} else if (isNameChar(c)) {
				int[] end = { i };
				element = name(text, end);
				i = end[0];
				specificity += 1;
			}
			while (i < text.length()) {
				c = text.charAt(i);
				int[] end = { i + 1 };
				if (c == '.') {
					classes.add(name(text, end));
					specificity += 100;
				} else if (c == '#') {
					ids.add(name(text, end));
					specificity += 10000;
				} else if (c == ':' && text.startsWith(":not(", i)) {
					int close = text.indexOf(')', i);
					String inner = close < 0 ? "" : text.substring(i + 5, close).trim();
					int[] innerEnd = { 1 };
					if (inner.startsWith(".")) {
						notClasses.add(name(inner, innerEnd));
						specificity += 100;
					} else if (inner.startsWith("#")) {
						notIds.add(name(inner, innerEnd));
						specificity += 10000;
					} else {
						return null;
					}
					if (innerEnd[0] != inner.length()) {
						return null;
					}
					end[0] = close + 1;
				} else if (c == ':' || c == '[') {
					return null;
				} else {
					break;
				}
				i = end[0];
			}
			if (element == null && ids.isEmpty() && classes.isEmpty() && notClasses.isEmpty() && notIds.isEmpty()) {
				return null;
			}
			if (!compounds.isEmpty()) {
				child.add(nextIsChild);
			}
			nextIsChild = false;
			compounds.add(new Compound(element, ids, classes, notClasses, notIds));
		}
		return compounds.isEmpty() ? null : new Selector(compounds, child, specificity);
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '\\' || c > 127;
	}

	/** A name starting at {@code at[0]}, with backslash escapes resolved; {@code at[0]} is left after it. */
	private static String name(String text, int[] at) {
		StringBuilder name = new StringBuilder();
		int i = at[0];
		while (i < text.length() && isNameChar(text.charAt(i))) {
			if (text.charAt(i) == '\\' && i + 1 < text.length()) {
				i++;
			}
			name.append(text.charAt(i));
			i++;
		}
		at[0] = i;
		return name.toString();
	}

	// ---- matching ----

	private static boolean matches(Selector selector, SvgNode node) {
		return matches(selector, selector.compounds().size() - 1, node);
	}

	private static boolean matches(Selector selector, int index, SvgNode node) {
		if (!matches(selector.compounds().get(index), node)) {
			return false;
		}
		if (index == 0) {
			return true;
		}
		boolean child = selector.child().get(index - 1);
		for (SvgNode ancestor = node.parent(); ancestor != null; ancestor = ancestor.parent()) {
			if (matches(selector, index - 1, ancestor)) {
				return true;
			}
			if (child) {
				return false;
			}
		}
		return false;
	}

	private static boolean matches(Compound compound, SvgNode node) {
		if (compound.element() != null && !compound.element().equals("*") && !compound.element().equals(node.name())) {
			return false;
		}
		String id = node.attr("id");
		return compound.ids().stream().allMatch(i -> i.equals(id)) && node.classes().containsAll(compound.classes())
				&& compound.notClasses().stream().noneMatch(node::hasClass)
				&& compound.notIds().stream().noneMatch(i -> i.equals(id));
	}
}
