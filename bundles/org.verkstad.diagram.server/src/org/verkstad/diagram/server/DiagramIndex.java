package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;

/**
 * GLSP's index of a drawn diagram, as a plain map. GLSP's own index is an EMF cross-reference adapter
 * attached to every element, which for a 3,000-element map costs a third of the server's time per
 * move. The diagram is rebuilt after every edit and never changed in place, so a map made once per
 * drawing is all the index has to be. Edges by source and target are found when first asked for.
 */
final class DiagramIndex implements GModelIndex {

	private final GModelElement root;
	private final Map<String, GModelElement> byId = new HashMap<>();
	private Map<String, List<GEdge>> incoming;
	private Map<String, List<GEdge>> outgoing;

	DiagramIndex(GModelElement root) {
		this.root = root;
		add(root);
	}

	private void add(GModelElement element) {
		byId.put(element.getId(), element);
		for (GModelElement child : element.getChildren()) {
			add(child);
		}
	}

	/** Every element by id, for comparing one drawing with the next. */
	Map<String, GModelElement> elements() {
		return Collections.unmodifiableMap(byId);
	}

	@Override
	public Optional<GModelElement> get(String elementId) {
		return Optional.ofNullable(byId.get(elementId));
	}

	@Override
	public Set<GModelElement> getAll(Collection<String> elementIds) {
		Set<GModelElement> result = new LinkedHashSet<>();
		for (String id : elementIds) {
			GModelElement element = byId.get(id);
			if (element != null) {
				result.add(element);
			}
		}
		return result;
	}

	@Override
	public Collection<GEdge> getIncomingEdges(GModelElement node) {
		indexEdges();
		return incoming.getOrDefault(node.getId(), List.of());
	}

	@Override
	public Collection<GEdge> getOutgoingEdges(GModelElement node) {
		indexEdges();
		return outgoing.getOrDefault(node.getId(), List.of());
	}

	private void indexEdges() {
		if (incoming == null) {
			incoming = new HashMap<>();
			outgoing = new HashMap<>();
			for (GModelElement element : byId.values()) {
				if (element instanceof GEdge edge) {
					incoming.computeIfAbsent(edge.getTargetId(), k -> new ArrayList<>()).add(edge);
					outgoing.computeIfAbsent(edge.getSourceId(), k -> new ArrayList<>()).add(edge);
				}
			}
		}
	}

	@Override
	public Set<String> allIds() {
		return Collections.unmodifiableSet(byId.keySet());
	}

	@Override
	public GModelElement getRoot() {
		return root;
	}

	@Override
	public int getCounter(EClass eClass, Function<Integer, String> idProvider) {
		int i = getTypeCount(eClass);
		while (byId.containsKey(idProvider.apply(i))) {
			i++;
		}
		return i;
	}

	@Override
	public int getTypeCount(EClass eClass) {
		return (int) byId.values().stream().filter(e -> e.eClass() == eClass).count();
	}

	@Override
	public void clear() {
		// a drawing's index is dropped with the drawing
	}
}
