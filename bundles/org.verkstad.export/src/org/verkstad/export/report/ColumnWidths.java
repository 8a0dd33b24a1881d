package org.verkstad.export.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.verkstad.export.report.CourseReport.Table;

/**
 * How wide a report table's columns are, by what they hold (the PDF and the DOCX writer share it): each
 * at least its longest word, so that no word is broken where the page allows (a header's word at most
 * its share of the page, a cell's at most a quarter), the rest of the page shared by the columns'
 * longest lines (up to a third of the page each).
 */
final class ColumnWidths {

	/** The width of a text in the table's font, padding included, in the writer's unit. */
	interface Measure {
		double width(String text, boolean header) throws IOException;
	}

	private ColumnWidths() {
	}

	static double[] of(Table table, int columns, double page, double narrowest, Measure measure) throws IOException {
		double[] natural = new double[columns];
		double[] least = new double[columns];
		List<List<String>> all = new ArrayList<>(table.rows());
		if (!table.header().isEmpty()) {
			all.add(table.header());
		}
		for (List<String> r : all) {
			boolean header = r == table.header();
			for (int c = 0; c < columns && c < r.size(); c++) {
				for (String line : r.get(c).split("\n")) {
					natural[c] = Math.max(natural[c], Math.min(measure.width(line, header), page / 3));
					// a header's long word may break where the table is crowded; the cells' words should not
					double cap = header ? page / columns : page / 4;
					for (String word : line.split("\\s+")) {
						least[c] = Math.max(least[c], Math.min(measure.width(word, header), cap));
					}
				}
			}
		}
		double leastSum = 0;
		double extraSum = 0;
		for (int c = 0; c < columns; c++) {
			least[c] = Math.max(least[c], narrowest);
			natural[c] = Math.max(natural[c], least[c]);
			leastSum += least[c];
			extraSum += natural[c] - least[c];
		}
		double[] widths = new double[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = leastSum >= page || extraSum <= 0 ? least[c] * page / leastSum
					: least[c] + (natural[c] - least[c]) / extraSum * (page - leastSum);
		}
		return widths;
	}
}
