package org.verkstad.diagram.description;

import java.util.List;

/**
 * Either elements of class {@code eClass} found in feature {@code from} of the parent's element, one node
 * each, or (with {@code section}) one node standing for a part of the parent element.
 *
 * @param view      the client view drawing the node
 * @param width     default width; an element keeps the size the user gave it
 * @param height    default height
 * @param label     the node's title text
 * @param details   further texts under the title (badges)
 * @param styles    css classes from the element's data
 * @param marker    a warning badge shown when the element's many-valued feature {@code ifAny} is not empty
 * @param tool      message key of the palette tool creating such elements, or null for none
 * @param movable   whether the user moves it freely (positions are kept in the layout file)
 * @param resizable whether the user resizes it
 * @param layout    how its children are arranged
 * @param children  the mappings inside it
 * @param childrenOf the id of another mapping whose children this one has too (a "no lane" band holds the
 *                  same kinds of node as a lane)
 * @param series    for a {@code curve}: what it plots
 * @param css       further css classes of the node
 * @param glyph     a contributed icon drawn in the middle of the shape (a parallel split's plus), or null
 */
public record NodeMapping(String id, String eClass, String from, Section section, View view, int width, int height,
		LabelMapping label, List<LabelMapping> details, List<StyleRule> styles, StyleRule marker, String tool,
		boolean movable, boolean resizable, Layout layout, List<NodeMapping> children, String childrenOf, Series series, String css, String glyph) {

	public NodeMapping {
		details = details == null ? List.of() : List.copyOf(details);
		styles = styles == null ? List.of() : List.copyOf(styles);
		children = children == null ? List.of() : List.copyOf(children);
		layout = layout == null ? Layout.NONE : layout;
	}

	/**
	 * A curve through the values of an attribute of the columns' elements (a journey's feelings).
	 *
	 * @param feature the attribute plotted
	 * @param min     the value at the bottom
	 * @param max     the value at the top
	 * @param title   message key of its row's title
	 */
	public record Series(String feature, double min, double max, String title) {
	}

	/** The diagram itself, as the node holding the top-level mappings. */
	public static NodeMapping root(Layout layout, List<NodeMapping> nodes) {
		return new NodeMapping("root", null, null, null, View.GRAPH, 0, 0, null, null, null, null, null, false, false, layout,
				nodes, null, null, null, null);
	}

	/** This mapping with other children (those of the mapping its {@code childrenOf} names). */
	public NodeMapping withChildren(List<NodeMapping> newChildren) {
		return new NodeMapping(id, eClass, from, section, view, width, height, label, details, styles, marker, tool, movable,
				resizable, layout, newChildren, null, series, css, glyph);
	}

	/** Whether it is a plain node: neither a section nor a curve. */
	public boolean isElement() {
		return section == null && series == null;
	}

	public boolean isSection() {
		return section != null;
	}

	void collect(List<NodeMapping> all) {
		all.add(this);
		children.forEach(c -> c.collect(all));
	}
}
