package org.verkstad.diagram.description;

import java.util.List;

/**
 * Either elements of class {@code eClass} found in feature {@code from} of the parent's element, one node
 * each, or (with {@code section}) one node standing for a part of the parent element.
 *
 * @param view      the client view drawing the node (rounded, circle, diamond, note, lane, frame, curve, …)
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
 * @param series    for a {@code curve}: the attribute of the parent's column elements it plots, as
 *                  {@code "feature min max"} (e.g. {@code "emotion -2 2"})
 */
public record NodeMapping(String id, String eClass, String from, Section section, String view, int width, int height,
		LabelMapping label, List<LabelMapping> details, List<StyleRule> styles, StyleRule marker, String tool,
		boolean movable, boolean resizable, Layout layout, List<NodeMapping> children, String childrenOf, String series, String css) {

	public NodeMapping {
		details = details == null ? List.of() : List.copyOf(details);
		styles = styles == null ? List.of() : List.copyOf(styles);
		children = children == null ? List.of() : List.copyOf(children);
		layout = layout == null ? Layout.NONE : layout;
	}

	public boolean isSection() {
		return section != null;
	}

	void collect(List<NodeMapping> all) {
		all.add(this);
		children.forEach(c -> c.collect(all));
	}
}
