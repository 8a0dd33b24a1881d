package org.verkstad.diagram.description;

import java.util.Locale;

import com.google.gson.annotations.SerializedName;

/**
 * The client's fixed vocabulary of views: a description picks one for each kind of element, and the page
 * draws it (the client registers one view per name, di.config.ts; the page is told this list and refuses
 * to start when it lacks one). Written in descriptions and sent to the client by its lower-case name.
 */
public enum View {
	/** The diagram itself. */
	@SerializedName("graph") GRAPH(Shape.GRAPH),
	@SerializedName("rect") RECT(Shape.NODE),
	@SerializedName("rounded") ROUNDED(Shape.NODE),
	/** A start or end event: its name is drawn under it. */
	@SerializedName("circle") CIRCLE(Shape.NODE),
	/** A decision: its name is drawn under it. */
	@SerializedName("diamond") DIAMOND(Shape.NODE),
	/** A sticky note with a folded corner. */
	@SerializedName("note") NOTE(Shape.NODE),
	/** A swimlane: a title strip on the left, its nodes to the right. */
	@SerializedName("lane") LANE(Shape.NODE),
	/** A titled frame around its children. */
	@SerializedName("frame") FRAME(Shape.NODE),
	/** A line through values (a journey's emotion curve). */
	@SerializedName("curve") CURVE(Shape.NODE),
	@SerializedName("text") TEXT(Shape.LABEL),
	@SerializedName("badge") BADGE(Shape.LABEL),
	/** A symbol (16×16) with its text as the tooltip. */
	@SerializedName("icon") ICON(Shape.LABEL),
	@SerializedName("arrow") ARROW(Shape.EDGE),
	@SerializedName("line") LINE(Shape.EDGE);

	/** What a view draws, which decides the GLSP element it is. */
	public enum Shape {
		GRAPH, NODE, LABEL, EDGE
	}

	private final Shape shape;

	View(Shape shape) {
		this.shape = shape;
	}

	public Shape shape() {
		return shape;
	}

	/** The name descriptions and the client use. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether a node of this view has its name drawn under it rather than inside. */
	public boolean nameOutside() {
		return this == CIRCLE || this == DIAMOND;
	}
}
