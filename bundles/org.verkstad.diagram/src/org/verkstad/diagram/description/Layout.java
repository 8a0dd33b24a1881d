package org.verkstad.diagram.description;

/**
 * How a node arranges its children: one of the generic {@link LayoutKind}s, so that descriptions combine
 * them instead of programming layouts.
 *
 * @param kind      how the children are arranged
 * @param columns   the number of a {@code grid}'s columns (1 when 0)
 * @param columnsOf for a {@code matrix}: the id of the mapping whose elements are its columns
 * @param width     the width of a {@code stack}'s or {@code flow}'s children and of a {@code grid}'s or
 *                  {@code matrix}'s columns
 * @param gap       space between children
 * @param padding   space between the node's border and its children
 * @param minWidth  the node's smallest width
 * @param minHeight the node's smallest height
 */
public record Layout(LayoutKind kind, int columns, String columnsOf, int width, int gap, int padding, int minWidth,
		int minHeight) {

	public static final Layout NONE = new Layout(LayoutKind.NONE, 0, null, 0, 0, 0, 0, 0);

	public Layout {
		kind = kind == null ? LayoutKind.NONE : kind;
	}

	public boolean is(LayoutKind other) {
		return kind == other;
	}

	public int columnCount() {
		return Math.max(1, columns);
	}
}
