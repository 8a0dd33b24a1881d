package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.List;

import org.verkstad.diagram.description.Layout;

/** Children in a number of columns; each column as wide as its widest cell, each row as high as its highest. */
final class GridArrangement implements Arrangement {

	@Override
	public Size arrange(Item item, Layout layout) {
		int columns = layout.columnCount();
		List<Double> widths = new ArrayList<>();
		List<Double> heights = new ArrayList<>();
		for (int i = 0; i < item.children.size(); i++) {
			Item child = item.children.get(i);
			int col = i % columns;
			int row = i / columns;
			while (widths.size() <= col) {
				widths.add(0.0);
			}
			while (heights.size() <= row) {
				heights.add(0.0);
			}
			widths.set(col, Math.max(widths.get(col), child.width));
			heights.set(row, Math.max(heights.get(row), child.height));
		}
		double right = 0;
		double y = item.contentY + layout.padding();
		for (int row = 0; row < heights.size(); row++) {
			double x = item.contentX + layout.padding();
			for (int col = 0; col < columns && row * columns + col < item.children.size(); col++) {
				Item child = item.children.get(row * columns + col);
				child.place(x, y);
				child.width = widths.get(col);
				child.height = heights.get(row);
				x += widths.get(col) + layout.gap();
			}
			right = Math.max(right, x - layout.gap());
			y += heights.get(row) + layout.gap();
		}
		return new Size(right + layout.padding(), y - (heights.isEmpty() ? 0 : layout.gap()) + layout.padding());
	}
}
