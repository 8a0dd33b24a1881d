package org.verkstad.diagram.description;

/**
 * How a node arranges its children. Each kind is one generic algorithm in
 * {@link org.verkstad.diagram.layout.DiagramLayout}, so descriptions combine them instead of
 * programming layouts.
 *
 * @param kind      {@code free}: children where the user put them (the layout file), placed by ELK when
 *                  missing; {@code bands}: full-width bands stacked top to bottom (swimlanes);
 *                  {@code stack}: children of one width stacked top to bottom (sticky notes);
 *                  {@code grid}: children in {@code columns} columns, rows as high as their highest
 *                  cell; {@code matrix}: the children of mapping {@code columns} side by side whose
 *                  sections line up as rows, with row titles on the left
 * @param columns   the number of grid columns, or for {@code matrix} the id of the column mapping
 * @param width     the width of a {@code stack}'s children and of a {@code grid}'s or {@code matrix}'s columns
 * @param gap       space between children
 * @param padding   space between the node's border and its children
 * @param minWidth  the node's smallest width
 * @param minHeight the node's smallest height
 */
public record Layout(String kind, String columns, int width, int gap, int padding, int minWidth, int minHeight) {

	public static final Layout NONE = new Layout("none", null, 0, 0, 0, 0, 0);

	public boolean is(String name) {
		return name.equals(kind);
	}

	public int columnCount() {
		return columns == null ? 1 : Integer.parseInt(columns);
	}
}
