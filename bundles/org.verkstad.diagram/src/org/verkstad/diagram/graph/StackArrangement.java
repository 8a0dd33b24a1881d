package org.verkstad.diagram.graph;

import org.verkstad.diagram.description.Layout;

/** Children of one width stacked top to bottom. */
final class StackArrangement implements Arrangement {

	@Override
	public Size arrange(Item item, Layout layout) {
		double y = item.contentY;
		double right = 0;
		for (Item child : item.children) {
			child.place(layout.padding(), y);
			y += child.height + layout.gap();
			right = Math.max(right, child.x + child.width);
		}
		right = Math.max(right, layout.padding() + layout.width()) + layout.padding();
		return new Size(right, y - (item.children.isEmpty() ? 0 : layout.gap()) + layout.padding());
	}
}
