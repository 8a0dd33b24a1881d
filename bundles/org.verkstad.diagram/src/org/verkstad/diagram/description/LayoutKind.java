package org.verkstad.diagram.description;

import com.google.gson.annotations.SerializedName;

/** The generic ways a node arranges its children (see {@link Layout}); descriptions combine them. */
public enum LayoutKind {
	/** Children are leaves: the node is as large as its texts need. */
	@SerializedName("none") NONE,
	/** Where the user put them (the layout file), placed by ELK when missing. */
	@SerializedName("free") FREE,
	/** Full-width bands stacked top to bottom (swimlanes). */
	@SerializedName("bands") BANDS,
	/** Children of one width stacked top to bottom. */
	@SerializedName("stack") STACK,
	/** Children of one width left to right, wrapping at the node's width. */
	@SerializedName("flow") FLOW,
	/** Children in a number of columns, rows as high as their highest cell. */
	@SerializedName("grid") GRID,
	/** The children of one mapping side by side, their sections lined up as rows with titles on the left. */
	@SerializedName("matrix") MATRIX
}
