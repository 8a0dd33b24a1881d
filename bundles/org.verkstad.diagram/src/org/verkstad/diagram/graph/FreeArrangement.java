package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.Layout;
import org.verkstad.diagram.description.LayoutKind;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.FreePlacement;
import org.verkstad.diagram.layout.TextMetrics;

/**
 * Children where the user put them (the layout file); those without a place are placed by
 * {@link FreePlacement} along the flows between them, and the place is recorded in the layout file so
 * that it stays put when others move.
 */
final class FreeArrangement implements Arrangement {

	/** Places the children of every free container: from the layout file, the others by {@link FreePlacement}. */
	static void placeAll(List<Item> all, Drawing drawing, ItemFinder finder, NodeSizes sizes) {
		List<Item> free = new ArrayList<>();
		for (Item item : all) {
			if (item.parent != null && item.parent.mapping.layout().is(LayoutKind.FREE)) {
				Box saved = drawing.boxes.get(item.id);
				if (saved != null) {
					item.place(saved.x(), saved.y());
				}
				free.add(item);
			}
		}
		for (Item container : all) {
			if (container.mapping.layout().is(LayoutKind.FREE)) {
				sizes.offsets(container);
			}
		}
		if (free.stream().allMatch(i -> i.placed)) {
			return;
		}
		FreePlacement.place(free, flows(free, drawing, finder));
		for (Item item : free) {
			drawing.boxes.put(item.id, new Box(item.x, item.y, item.width, item.height));
		}
	}

	/** The flows between free nodes, each with the width of its condition (room is made for it). */
	private static List<FreePlacement.Flow> flows(List<Item> free, Drawing drawing, ItemFinder finder) {
		List<FreePlacement.Flow> flows = new ArrayList<>();
		Map<EObject, Item> byElement = new HashMap<>();
		free.forEach(i -> byElement.put(i.element, i));
		for (EdgeMapping e : drawing.description.edges()) {
			for (EObject edge : finder.edgeElements(e)) {
				Item source = byElement.get(ModelFeatures.end(edge, e.source()));
				Item target = byElement.get(ModelFeatures.end(edge, e.target()));
				if (source != null && target != null) {
					String condition = e.label() == null ? "" : drawing.texts.text(edge, e.label());
					flows.add(new FreePlacement.Flow(source, target, condition.isBlank() ? 0
							: Math.min(GraphWriter.EDGE_LABEL_WIDTH, TextMetrics.width(condition, e.label().size(), e.label().bold()) + 2)));
				}
			}
		}
		return flows;
	}

	@Override
	public Size arrange(Item item, Layout layout) {
		double right = 0;
		double bottom = 0;
		for (Item child : item.children) {
			double outsideWidth = child.nameOutside() ? (NodeSizes.OUTSIDE_LABEL_WIDTH + child.width) / 2 : child.width;
			right = Math.max(right, child.x + Math.max(child.width, outsideWidth));
			bottom = Math.max(bottom, child.y + child.height + Math.max(child.nameOutside() ? 16 : 0, child.below()));
		}
		return new Size(right + layout.padding(), bottom + layout.padding());
	}
}
