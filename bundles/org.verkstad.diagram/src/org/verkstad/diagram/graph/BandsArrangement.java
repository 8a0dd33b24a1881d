package org.verkstad.diagram.graph;

import org.verkstad.diagram.description.Layout;

/** Full-width bands stacked top to bottom (swimlanes), all as wide as the widest. */
final class BandsArrangement implements Arrangement {

	@Override
	public Size arrange(Item item, Layout layout) {
		double y = item.contentY;
		double width = item.children.stream().mapToDouble(c -> c.width).max().orElse(0);
		for (Item child : item.children) {
			child.place(item.contentX, y);
			child.width = Math.max(width, layout.minWidth());
			y += child.height + layout.gap();
		}
		return new Size(item.contentX + Math.max(width, layout.minWidth()), y);
	}
}
