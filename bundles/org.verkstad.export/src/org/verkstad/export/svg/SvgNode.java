package org.verkstad.export.svg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One element of a drawing, shaped like the SVG element the diagram client puts in the page for it:
 * the same name, classes, attributes and nesting, so that the client's style sheets select the same
 * elements here ({@link StyleSheet}) and the written SVG has the page's structure.
 */
public final class SvgNode {

	private final String name;
	private final SvgNode parent;
	private final List<String> classes = new ArrayList<>();
	private final Map<String, String> attributes = new LinkedHashMap<>();
	/** Inline style the view sets itself (wins over the style sheets, as in the page). */
	private final Map<String, String> style = new LinkedHashMap<>();
	private final List<SvgNode> children = new ArrayList<>();
	private String text;
	/** What the style sheets declare for this element, once resolved. */
	private Map<String, String> declared = Map.of();

	private SvgNode(String name, SvgNode parent) {
		this.name = name;
		this.parent = parent;
	}

	/** A root; {@code parent} is an ancestor that is matched by selectors but not drawn (the page's container), or null. */
	public static SvgNode root(String name, SvgNode context) {
		return new SvgNode(name, context);
	}

	public SvgNode add(String childName) {
		SvgNode child = new SvgNode(childName, this);
		children.add(child);
		return child;
	}

	public SvgNode cls(String... names) {
		for (String n : names) {
			if (n != null && !n.isBlank() && !classes.contains(n)) {
				classes.add(n);
			}
		}
		return this;
	}

	public SvgNode attr(String key, Object value) {
		attributes.put(key, value instanceof Double d ? number(d) : String.valueOf(value));
		return this;
	}

	public SvgNode style(String property, String value) {
		style.put(property, value);
		return this;
	}

	public SvgNode text(String value) {
		this.text = value;
		return this;
	}

	public String name() {
		return name;
	}

	public SvgNode parent() {
		return parent;
	}

	public List<String> classes() {
		return Collections.unmodifiableList(classes);
	}

	public boolean hasClass(String c) {
		return classes.contains(c);
	}

	public String attr(String key) {
		return attributes.get(key);
	}

	public Map<String, String> attributes() {
		return Collections.unmodifiableMap(attributes);
	}

	public Map<String, String> inlineStyle() {
		return Collections.unmodifiableMap(style);
	}

	public List<SvgNode> children() {
		return Collections.unmodifiableList(children);
	}

	public String text() {
		return text;
	}

	/** The element's own style: what the style sheets declare for it, overridden by its inline style. */
	public Map<String, String> declared() {
		return declared;
	}

	void declared(Map<String, String> values) {
		this.declared = values;
	}

	/** Numbers as the page writes them: no trailing ".0", at most three decimals. */
	public static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		String s = String.format(Locale.ROOT, "%.3f", value);
		s = s.replaceAll("0+$", "");
		return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
	}
}
