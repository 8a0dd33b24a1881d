package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.glsp.graph.GGraph;
import org.verkstad.core.Element;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.description.Section;
import org.verkstad.diagram.layout.Box;

/**
 * A drawn diagram and what its graphical elements stand for, so that an edit on the drawing finds the
 * model element, feature or section it changes.
 */
public final class Diagram {

	/** Where new elements of a node go: into {@code feature} of {@code owner}, with the section's value set. */
	public record Slot(EObject owner, EReference feature, Section section) {
	}

	/** The attribute a label shows. */
	public record LabelTarget(EObject element, EAttribute attribute) {
	}

	final GGraph graph;
	final Map<String, EObject> elements = new HashMap<>();
	final Map<EObject, String> ids = new HashMap<>();
	final Map<String, NodeMapping> nodeMappings = new HashMap<>();
	final Map<String, EdgeMapping> edgeMappings = new HashMap<>();
	final Map<String, LabelTarget> labels = new HashMap<>();
	final Map<String, Slot> slots = new LinkedHashMap<>();
	final Map<String, Box> absolute = new LinkedHashMap<>();
	final Map<String, String> parents = new HashMap<>();

	Diagram(GGraph graph) {
		this.graph = graph;
	}

	public GGraph graph() {
		return graph;
	}

	/** The model element a node or edge stands for, or null. */
	public EObject element(String id) {
		return elements.get(id);
	}

	/** The id of the node or edge of a model element, or null when it is not drawn. */
	public String idOf(EObject element) {
		return ids.get(element);
	}

	/** The ids of the nodes and edges of a model's elements, given by the elements' ids, in the model's order; those not drawn left out. */
	public List<String> idsOf(EObject model, Collection<String> elementIds) {
		Set<String> wanted = new HashSet<>(elementIds);
		List<String> found = new ArrayList<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Element element && wanted.contains(element.getId())) {
				String id = ids.get(element);
				if (id != null) {
					found.add(id);
				}
			}
		});
		return found;
	}

	/** The ids of the model elements drawn by nodes and edges (given by their ids, or the ids of their labels), each once. */
	public List<String> elementIds(List<String> drawnIds) {
		List<String> found = new ArrayList<>();
		for (String id : drawnIds) {
			int label = id.indexOf('#');
			if (elements.get(label < 0 ? id : id.substring(0, label)) instanceof Element element && element.getId() != null
					&& !found.contains(element.getId())) {
				found.add(element.getId());
			}
		}
		return found;
	}

	public NodeMapping nodeMapping(String id) {
		return nodeMappings.get(id);
	}

	public EdgeMapping edgeMapping(String id) {
		return edgeMappings.get(id);
	}

	/** Every edge by id, with its mapping. */
	public Map<String, EdgeMapping> edgeMappings() {
		return Collections.unmodifiableMap(edgeMappings);
	}

	public LabelTarget label(String id) {
		return labels.get(id);
	}

	/** The container slot of a node that holds other nodes (a lane, a quadrant, a section), or null. */
	public Slot slot(String id) {
		return slots.get(id);
	}

	public Map<String, Slot> slots() {
		return slots;
	}

	/** A node's box in diagram coordinates. */
	public Box absolute(String id) {
		return absolute.get(id);
	}

	/** The id of the node a node is drawn in (null for the diagram itself). */
	public String parent(String id) {
		return parents.get(id);
	}
}
