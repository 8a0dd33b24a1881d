package org.verkstad.diagram.server;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.layout.Box;

/** Where a node dropped at a point goes: the innermost container that can hold it, and its place among its siblings. */
final class DropTargets {

	private final Diagram diagram;

	DropTargets(Diagram diagram) {
		this.diagram = diagram;
	}

	/**
	 * Where in the feature of a stack or flow an element dropped at ({@code x}, {@code y}) goes: after every
	 * sibling that comes before the point in reading order (rows top to bottom, left to right in a row).
	 */
	int stackIndex(String container, Diagram.Slot slot, EObject element, double x, double y) {
		List<EObject> list = Slots.list(slot);
		int index = 0;
		for (EObject sibling : list) {
			String siblingId = diagram.idOf(sibling);
			if (sibling == element || siblingId == null || !container.equals(diagram.parent(siblingId))) {
				continue;
			}
			Box box = diagram.absolute(siblingId);
			boolean sameRow = y >= box.y() && y <= box.y() + box.height();
			if (sameRow ? box.centerX() < x : box.centerY() < y) {
				index = list.indexOf(sibling) + 1;
			}
		}
		return index;
	}

	/** The innermost container at a point that can hold elements of the mapping. */
	String containerAt(NodeMapping mapping, double x, double y, String except) {
		String best = null;
		double bestArea = Double.MAX_VALUE;
		for (String container : diagram.slots().keySet()) {
			Box box = diagram.absolute(container);
			if (box == null || container.equals(except) || isInside(container, except) || !box.contains(x, y)
					|| !accepts(container, mapping)) {
				continue;
			}
			double area = box.width() * box.height();
			if (area < bestArea) {
				best = container;
				bestArea = area;
			}
		}
		return best;
	}

	private boolean isInside(String id, String ancestor) {
		if (ancestor == null) {
			return false;
		}
		for (String p = diagram.parent(id); p != null; p = diagram.parent(p)) {
			if (p.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	boolean accepts(String container, NodeMapping mapping) {
		NodeMapping m = diagram.nodeMapping(container);
		return m != null && m.children().stream().anyMatch(c -> c.id().equals(mapping.id()));
	}
}
