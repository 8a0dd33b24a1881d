package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GLabel;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.layout.FreePlacement;

/** A node being made: its mapping, what it stands for, its children and its box relative to its parent. */
final class Item implements FreePlacement.Node {

	final NodeMapping mapping;
	final EObject element;
	final Diagram.Slot slot;
	final String id;
	final List<Item> children = new ArrayList<>();
	final List<GLabel> labels = new ArrayList<>();
	Item parent;
	double x;
	double y;
	double width;
	double height;
	/** Where the children start inside it (right of a lane's title strip, under a frame's title). */
	double contentX;
	double contentY;
	/** A frame's title band (its children start the frame's padding below it). */
	double headerHeight;
	boolean placed;
	/** A curve's points, "x,y x,y …". */
	String points;

	Item(NodeMapping mapping, EObject element, Diagram.Slot slot, String id) {
		this.mapping = mapping;
		this.element = element;
		this.slot = slot;
		this.id = id;
	}

	/** Whether it holds other nodes: a section, or a mapping with children. */
	boolean isContainer() {
		return !mapping.children().isEmpty() || mapping.isSection();
	}

	/** Whether its name is drawn under it (a start's, an end's, a decision's). */
	boolean nameOutside() {
		return mapping.view() != null && mapping.view().nameOutside();
	}

	@Override
	public Object container() {
		return parent;
	}

	@Override
	public double originX() {
		return parent == null ? 0 : parent.contentX;
	}

	@Override
	public double originY() {
		return parent == null ? 0 : parent.contentY;
	}

	@Override
	public double width() {
		return width;
	}

	@Override
	public double height() {
		return height;
	}

	@Override
	public double x() {
		return x;
	}

	@Override
	public double y() {
		return y;
	}

	@Override
	public boolean placed() {
		return placed;
	}

	@Override
	public double below() {
		GLabel text = outsideText();
		return text == null ? 0 : text.getPosition().getY() + text.getSize().getHeight() - height;
	}

	@Override
	public double textWidth() {
		GLabel text = outsideText();
		return text == null ? 0 : text.getSize().getWidth();
	}

	/** The node's name drawn under it, or null. */
	private GLabel outsideText() {
		if (!nameOutside()) {
			return null;
		}
		return labels.stream().filter(l -> l.getId().equals(id + "#label") && l.getPosition() != null && l.getSize() != null
				&& l.getText() != null && !l.getText().isBlank()).findFirst().orElse(null);
	}

	@Override
	public void place(double newX, double newY) {
		x = newX;
		y = newY;
		placed = true;
	}

	/** Adds it and everything inside it to a list, parents first. */
	void flatten(List<Item> all) {
		all.add(this);
		children.forEach(c -> c.flatten(all));
	}
}
