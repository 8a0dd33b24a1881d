package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Element;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.description.Section;

/** Which nodes and edges a model has, as its description declares them, and the ids they get. */
final class ItemFinder {

	private final Drawing drawing;

	ItemFinder(Drawing drawing) {
		this.drawing = drawing;
	}

	/** Ids of graphical elements: the element's own id when it is unique, else a path in the model. */
	void assignIds() {
		EObject root = drawing.root;
		Map<String, Integer> counts = new HashMap<>();
		List<EObject> everything = new ArrayList<>();
		root.eAllContents().forEachRemaining(everything::add);
		for (EObject e : everything) {
			if (e instanceof Element element && element.getId() != null && !element.getId().isBlank()) {
				counts.merge(element.getId(), 1, Integer::sum);
			}
		}
		for (EObject e : everything) {
			String id = e instanceof Element element ? element.getId() : null;
			if (id == null || id.isBlank() || counts.get(id) > 1 || id.contains("#") || id.contains("/")) {
				id = "e" + EcoreUtil.getRelativeURIFragmentPath(root, e).replace('/', '.');
			}
			drawing.elementIds.put(e, id);
		}
	}

	/** The nodes of the description's top-level mappings, with everything inside them. */
	List<Item> topLevel() {
		return items(drawing.description.nodes(), drawing.root, null, null);
	}

	private List<Item> items(List<NodeMapping> mappings, EObject owner, Section ownerSection, Item parent) {
		List<Item> result = new ArrayList<>();
		for (NodeMapping m : mappings) {
			if (m.series() != null) {
				Item chart = new Item(m, owner, null, (parent == null ? "" : parent.id + "/") + m.id());
				chart.parent = parent;
				drawing.diagram.nodeMappings.put(chart.id, m);
				result.add(chart);
			} else if (m.isSection()) {
				Item section = section(m, owner, parent);
				if (section != null) {
					result.add(section);
				}
			} else {
				result.addAll(elements(m, owner, ownerSection, parent));
			}
		}
		return result;
	}

	/** The node of a part of the owner (a quadrant, a box's question), or null when it is not shown. */
	private Item section(NodeMapping m, EObject owner, Item parent) {
		Section s = m.section();
		if (s.whenParent() != null && !s.whenValue().equals(ModelFeatures.literal(owner, s.whenParent(), true))) {
			return null;
		}
		EReference feature = ModelFeatures.reference(owner, s.feature());
		Item item = new Item(m, owner, new Diagram.Slot(owner, feature, s), (parent == null ? "" : parent.id + "/") + m.id());
		item.parent = parent;
		item.children.addAll(items(m.children(), owner, s, item));
		if (s.hideEmpty() && item.children.isEmpty()) {
			return null;
		}
		register(item);
		return item;
	}

	/** A node for each element of the mapping's class in the owner's feature (or the section's part of it). */
	private List<Item> elements(NodeMapping m, EObject owner, Section ownerSection, Item parent) {
		List<Item> result = new ArrayList<>();
		EClass eClass = drawing.eClass(m.eClass());
		Collection<? extends EObject> candidates = ownerSection != null ? ModelFeatures.sectionContents(owner, ownerSection)
				: ModelFeatures.contents(owner, m.from());
		for (EObject element : candidates) {
			if (!eClass.isInstance(element)) {
				continue;
			}
			Diagram.Slot slot = null;
			if (!m.children().isEmpty() && m.children().get(0).from() != null) {
				slot = new Diagram.Slot(element, ModelFeatures.reference(element, m.children().get(0).from()), null);
			}
			Item item = new Item(m, element, slot, drawing.elementIds.get(element));
			item.parent = parent;
			item.children.addAll(items(m.children(), element, null, item));
			register(item);
			result.add(item);
		}
		return result;
	}

	private void register(Item item) {
		Diagram diagram = drawing.diagram;
		diagram.nodeMappings.put(item.id, item.mapping);
		if (!item.mapping.isSection()) {
			diagram.elements.put(item.id, item.element);
			diagram.ids.put(item.element, item.id);
		}
		if (item.slot != null) {
			diagram.slots.put(item.id, item.slot);
		}
		if (item.parent != null) {
			diagram.parents.put(item.id, item.parent.id);
		}
	}

	/** The elements an edge mapping draws, wherever in the model they are. */
	List<EObject> edgeElements(EdgeMapping e) {
		EClass eClass = drawing.eClass(e.eClass());
		List<EObject> result = new ArrayList<>();
		List<EObject> owners = new ArrayList<>();
		owners.add(drawing.root);
		drawing.root.eAllContents().forEachRemaining(owners::add);
		for (EObject owner : owners) {
			EStructuralFeature feature = owner.eClass().getEStructuralFeature(e.from());
			if (feature instanceof EReference ref && ref.isContainment()) {
				for (EObject value : ModelFeatures.contents(owner, e.from())) {
					if (eClass.isInstance(value)) {
						result.add(value);
					}
				}
			}
		}
		return result;
	}
}
