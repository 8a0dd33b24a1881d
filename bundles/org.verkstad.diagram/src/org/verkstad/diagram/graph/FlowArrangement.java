package org.verkstad.diagram.graph;

import org.verkstad.diagram.description.Layout;

/** Notes of one width, left to right, wrapping at the node's width, in reading order. */
final class FlowArrangement implements Arrangement {

	@Override
	public Size arrange(Item item, Layout layout) {
		double inner = Math.max(layout.minWidth(), layout.width() + 2 * layout.padding()) - 2 * layout.padding();
		int perRow = Math.max(1, (int) ((inner + layout.gap()) / (layout.width() + layout.gap())));
		double y = item.contentY;
		double rowHeight = 0;
		double right = 0;
		for (int i = 0; i < item.children.size(); i++) {
			Item child = item.children.get(i);
			if (i > 0 && i % perRow == 0) {
				y += rowHeight + layout.gap();
				rowHeight = 0;
			}
			child.place(layout.padding() + (i % perRow) * (layout.width() + layout.gap()), y);
			rowHeight = Math.max(rowHeight, child.height);
			right = Math.max(right, child.x + child.width);
		}
		return new Size(Math.max(right + layout.padding(), layout.minWidth()), y + rowHeight + layout.padding());
	}
}
