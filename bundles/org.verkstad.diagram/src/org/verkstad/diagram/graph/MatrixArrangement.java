package org.verkstad.diagram.graph;

import java.util.List;

import org.eclipse.glsp.graph.GLabel;
import org.verkstad.diagram.description.LabelMapping;
import org.verkstad.diagram.description.Layout;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.description.View;

/**
 * A matrix: the elements of the column mapping side by side, their sections lined up as rows (each row as
 * high as its highest cell) with the row titles on the left; the other elements (a persona) in a column
 * before it, and each curve (a journey's feelings) in a band under the column titles, through the columns'
 * values.
 */
final class MatrixArrangement implements Arrangement {

	private static final double ROW_TITLE_WIDTH = 150;
	private static final double CURVE_HEIGHT = 110;
	private static final double ROW_GAP = 4;
	private static final LabelMapping ROW_TITLE = LabelMapping.fixed(12, true, false, View.TEXT, "row-title");

	private final Drawing drawing;

	MatrixArrangement(Drawing drawing) {
		this.drawing = drawing;
	}

	@Override
	public Size arrange(Item root, Layout layout) {
		List<Item> columns = root.children.stream().filter(c -> c.mapping.id().equals(layout.columnsOf())).toList();
		List<Item> curves = root.children.stream().filter(c -> c.mapping.series() != null).toList();
		List<Item> side = root.children.stream().filter(c -> !columns.contains(c) && !curves.contains(c)).toList();
		double y0 = root.contentY;
		double sideWidth = 0;
		double sideY = y0;
		for (Item s : side) {
			s.place(0, sideY);
			sideY += s.height + layout.gap();
			sideWidth = Math.max(sideWidth, s.width + 2 * layout.gap());
		}
		double x0 = sideWidth + ROW_TITLE_WIDTH;
		double header = columns.stream().mapToDouble(c -> c.contentY).max().orElse(40);
		double curveHeight = curves.isEmpty() ? 0 : CURVE_HEIGHT;
		double[] heights = rowHeights(columns);
		double bottom = y0 + header + curveHeight;
		for (int k = 0; k < columns.size(); k++) {
			Item column = columns.get(k);
			column.place(x0 + k * (layout.width() + layout.gap()), y0);
			double y = header + curveHeight;
			for (int i = 0; i < column.children.size(); i++) {
				Item cell = column.children.get(i);
				cell.place(0, y);
				cell.width = layout.width();
				cell.height = heights[i];
				y += heights[i] + ROW_GAP;
			}
			column.width = layout.width();
			column.height = y;
			bottom = Math.max(bottom, y0 + y);
		}
		if (!columns.isEmpty()) {
			double y = y0 + header + curveHeight;
			List<Item> rows = columns.get(0).children;
			for (int i = 0; i < rows.size(); i++) {
				NodeMapping m = rows.get(i).mapping;
				rowTitle(m.id(), m.isSection() ? drawing.texts.declared(m.section().title()) : m.id(), sideWidth, y);
				y += heights[i] + ROW_GAP;
			}
		}
		double right = columns.isEmpty() ? x0 : x0 + columns.size() * (layout.width() + layout.gap()) - layout.gap();
		for (Item curve : curves) {
			curve.place(x0, y0 + header);
			curve.width = Math.max(right - x0, 1);
			curve.height = curveHeight;
			curve.points = points(curve.mapping.series(), columns, layout, curveHeight);
			if (!columns.isEmpty()) {
				rowTitle(curve.mapping.id(), drawing.texts.declared(curve.mapping.series().title()), sideWidth, y0 + header);
			}
		}
		return new Size(Math.max(right, sideWidth), Math.max(bottom, sideY));
	}

	/** Each row as high as its highest cell. */
	private static double[] rowHeights(List<Item> columns) {
		int rows = columns.stream().mapToInt(c -> c.children.size()).max().orElse(0);
		double[] heights = new double[rows];
		for (Item column : columns) {
			for (int i = 0; i < column.children.size(); i++) {
				heights[i] = Math.max(heights[i], column.children.get(i).height);
			}
		}
		return heights;
	}

	private void rowTitle(String id, String text, double x, double y) {
		GLabel title = drawing.texts.label(drawing.rootId() + "#row-" + id, ElementTypes.rowTitle(drawing.description), text,
				ROW_TITLE, ROW_TITLE_WIDTH - 16, 3);
		title.setPosition(NodeSizes.point(x + 4, y + 6));
		drawing.rootLabels.add(title);
	}

	/** The curve through the columns' values: a point over the middle of each column that has one. */
	private static String points(NodeMapping.Series series, List<Item> columns, Layout layout, double height) {
		StringBuilder points = new StringBuilder();
		for (int k = 0; k < columns.size(); k++) {
			Object value = columns.get(k).element.eGet(columns.get(k).element.eClass().getEStructuralFeature(series.feature()));
			if (value instanceof Number number) {
				double share = (Math.max(series.min(), Math.min(series.max(), number.doubleValue())) - series.min())
						/ (series.max() - series.min());
				double px = k * (layout.width() + layout.gap()) + layout.width() / 2;
				double py = 12 + (1 - share) * (height - 24);
				points.append(points.length() == 0 ? "" : " ").append(Math.round(px)).append(',').append(Math.round(py));
			}
		}
		return points.toString();
	}
}
