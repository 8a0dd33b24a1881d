package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.CorePackage;
import org.verkstad.core.validation.Constraints;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.ModelConstraints;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.Ids;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.LayoutKind;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.ModelFeatures;
import org.verkstad.diagram.layout.Box;

/**
 * The edits a diagram allows, on the model and its layout, as its description declares them. Each
 * method either makes the whole edit or throws {@link EditRefused} before changing anything it
 * could not finish (the caller records the changes, see {@link ModelEdit}).
 */
public final class DiagramEditor {

	private final VerkstadModelState state;

	public DiagramEditor(VerkstadModelState state) {
		this.state = state;
	}

	private DiagramDescription description() {
		return state.description();
	}

	private Diagram diagram() {
		return state.diagram();
	}

	private DropTargets drops() {
		return new DropTargets(diagram());
	}

	private Map<String, Box> boxes() {
		return state.layout().diagram(description().type());
	}

	// ---- create

	/**
	 * Creates an element of a node mapping at a point of the diagram (absolute coordinates), in the
	 * container given or else the innermost one at the point that can hold it. Returns its element.
	 */
	public EObject createNode(String mappingId, String containerId, double x, double y) {
		NodeMapping mapping = description().node(mappingId).filter(m -> !m.isSection())
				.orElseThrow(() -> new EditRefused("edit.unknownType", mappingId));
		String target = containerId != null && drops().accepts(containerId, mapping) ? containerId : drops().containerAt(mapping, x, y, null);
		EClass eClass = eClass(mapping.eClass());
		Element element = (Element) EcoreUtil.create(eClass);
		// named in the model's language (a Swedish model gets "Aktivitet" also in an English workbench)
		element.setName(Labels.capitalised(Labels.kind(eClass, Languages.ofModel(state.model(), state.locale()))));
		element.setId(Ids.newId(element, state.model(), ids()));
		Diagram.Slot slot = target == null ? null : diagram().slot(target);
		if (target != null && slot != null) {
			Slots.insert(slot, element, -1);
		} else if (description().nodes().contains(mapping)) {
			Slots.insert(new Diagram.Slot(state.model(), ModelFeatures.reference(state.model(), mapping.from()), null), element, -1);
		} else {
			throw new EditRefused("edit.noPlace", Labels.kind(eClass, state.locale()));
		}
		if (target != null) {
			NodeMapping container = diagram().nodeMapping(target);
			Box at = diagram().absolute(target);
			if (container.layout().is(LayoutKind.FREE)) {
				boxes().put(element.getId(), new Box(Math.max(0, x - at.x()), Math.max(0, y - at.y()), mapping.width(), mapping.height()));
			} else if (container.layout().is(LayoutKind.STACK) || container.layout().is(LayoutKind.FLOW)) {
				Slots.move(slot, element, drops().stackIndex(target, slot, element, x, y), state.locale());
			}
		}
		return element;
	}

	/** Creates an element of an edge mapping between the elements of two nodes. */
	public EObject createEdge(String mappingId, String sourceId, String targetId) {
		EdgeMapping mapping = description().edge(mappingId).orElseThrow(() -> new EditRefused("edit.unknownType", mappingId));
		EObject source = existing(sourceId);
		EObject target = existing(targetId);
		EClass eClass = eClass(mapping.eClass());
		EObject edge = EcoreUtil.create(eClass);
		EObject owner = "container".equals(mapping.source()) ? source : state.model();
		EReference feature = ModelFeatures.reference(owner, mapping.from());
		if (!feature.getEReferenceType().isSuperTypeOf(eClass)) {
			throw new EditRefused("edit.cannotConnect", label(source), label(target));
		}
		if (!"container".equals(mapping.source())) {
			setEnd(edge, mapping.source(), source, target);
		}
		setEnd(edge, mapping.target(), target, source);
		if (mapping.set() != null) {
			for (String assignment : mapping.set().split(",")) {
				String[] parts = assignment.trim().split("=", 2);
				EAttribute attribute = ModelFeatures.attribute(edge, parts[0]);
				edge.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), parts[1]));
			}
		}
		if (edge instanceof Element element) {
			element.setId(Ids.newId(element, state.model(), ids()));
		}
		Slots.add(owner, feature, edge, -1);
		return edge;
	}

	private void setEnd(EObject edge, String featureName, EObject end, EObject other) {
		EStructuralFeature feature = edge.eClass().getEStructuralFeature(featureName);
		if (!(feature instanceof EReference reference) || !reference.getEReferenceType().isInstance(end)) {
			throw new EditRefused("edit.cannotConnect", label(end), label(other));
		}
		edge.eSet(feature, end);
	}

	/** Refuses the change when the template the model was made from locks the element. */
	private static void refuseIfLocked(EObject element, ModelConstraints.Change change) {
		Finding refusal = Constraints.refusal(element, change);
		if (refusal != null) {
			throw new EditRefused(refusal);
		}
	}

	// ---- delete

	/** Deletes the elements of nodes and edges, with the edges that would lose an end. */
	public void delete(Collection<String> ids) {
		Set<EObject> doomed = new LinkedHashSet<>();
		for (String id : ids) {
			EObject element = diagram().element(id);
			if (element != null && element != state.model()) {
				doomed.add(element);
			}
		}
		if (doomed.isEmpty()) {
			return;
		}
		Set<EObject> inside = new HashSet<>();
		for (EObject element : doomed) {
			inside.add(element);
			element.eAllContents().forEachRemaining(inside::add);
		}
		for (EObject element : inside) {
			refuseIfLocked(element, ModelConstraints.Change.DELETE);
		}
		for (Map.Entry<String, EdgeMapping> edge : diagram().edgeMappings().entrySet()) {
			EObject element = diagram().element(edge.getKey());
			EdgeMapping m = edge.getValue();
			if (inside.contains(ModelFeatures.end(element, m.source())) || inside.contains(ModelFeatures.end(element, m.target()))) {
				doomed.add(element);
			}
		}
		for (EObject element : doomed) {
			if (element.eContainer() == null) {
				continue;
			}
			List<EObject> gone = new ArrayList<>();
			gone.add(element);
			element.eAllContents().forEachRemaining(gone::add);
			for (EObject object : gone) {
				removeReferences(object);
				String id = diagram().idOf(object);
				if (id != null) {
					boxes().remove(id);
				}
			}
			EcoreUtil.remove(element);
		}
	}

	/** References to the object from elsewhere in its file are removed (a strategy's items, a link's target). */
	@SuppressWarnings("unchecked")
	private void removeReferences(EObject object) {
		for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(object, state.model().eResource())) {
			EStructuralFeature feature = setting.getEStructuralFeature();
			if (!feature.isChangeable() || feature.isDerived()) {
				continue;
			}
			EObject holder = setting.getEObject();
			if (feature.isMany()) {
				((List<EObject>) holder.eGet(feature)).remove(object);
			} else if (holder.eClass() == CorePackage.Literals.LINK) {
				EcoreUtil.remove(holder);
			} else {
				holder.eUnset(feature);
			}
		}
	}

	// ---- move and resize

	/**
	 * Moves (and resizes) a node: {@code x, y} relative to the node it is drawn in, as the client sends
	 * them. Dropped over another container that can hold it, the element moves there in the model (into
	 * another lane, quadrant or section); in a stack its place in the list follows the drop.
	 */
	public void move(String id, double x, double y, double width, double height) {
		EObject element = existing(id);
		NodeMapping mapping = diagram().nodeMapping(id);
		String parent = diagram().parent(id);
		if (mapping == null || mapping.isSection()) {
			throw new EditRefused("edit.notMovable", label(element));
		}
		Box parentBox = parent == null ? new Box(0, 0, 0, 0) : diagram().absolute(parent);
		Box old = diagram().absolute(id);
		double w = mapping.resizable() && width > 0 ? width : old.width();
		double h = mapping.resizable() && height > 0 ? height : old.height();
		double absX = parentBox.x() + x;
		double absY = parentBox.y() + y;
		String target = drops().containerAt(mapping, absX + w / 2, absY + h / 2, id);
		if (target == null) {
			target = parent;
		}
		if (target == null) {
			throw new EditRefused("edit.notMovable", label(element));
		}
		Diagram.Slot slot = diagram().slot(target);
		NodeMapping container = diagram().nodeMapping(target);
		boolean stacked = container.layout().is(LayoutKind.STACK) || container.layout().is(LayoutKind.FLOW);
		int index = stacked ? drops().stackIndex(target, slot, element, absX + w / 2, absY + h / 2) : -1;
		int from = Slots.list(slot).indexOf(element);
		boolean reordered = stacked && index != from && index != from + 1; // see move(slot, element, index)
		if (!target.equals(parent) || reordered) {
			refuseIfLocked(element, ModelConstraints.Change.MOVE);
		}
		if (!target.equals(parent)) {
			Slots.move(slot, element, -1, state.locale());
		}
		Box at = diagram().absolute(target);
		if (container.layout().is(LayoutKind.FREE)) {
			boxes().put(id, new Box(Math.max(0, absX - at.x()), Math.max(0, absY - at.y()), w, h));
		} else if (stacked) {
			Slots.move(slot, element, index, state.locale());
		}
	}

	// ---- connect, rename, layout

	/** Gives an edge a new source and/or target node. */
	public void reconnect(String edgeId, String sourceId, String targetId) {
		EObject edge = existing(edgeId);
		EdgeMapping mapping = diagram().edgeMapping(edgeId);
		EObject source = existing(sourceId);
		EObject target = existing(targetId);
		if ("container".equals(mapping.source())) {
			if (edge.eContainer() != source) {
				EReference feature = ModelFeatures.reference(source, mapping.from());
				Slots.add(source, feature, edge, -1);
			}
		} else {
			setEnd(edge, mapping.source(), source, target);
		}
		setEnd(edge, mapping.target(), target, source);
	}

	/** Sets the text a label shows. An element's name cannot be empty; another text left empty is removed. */
	public void rename(String labelId, String text) {
		Diagram.LabelTarget target = diagram().label(labelId);
		if (target == null || target.attribute() == null) {
			throw new EditRefused("edit.notEditable");
		}
		String value = text == null ? "" : text.strip();
		if (target.attribute() == CorePackage.Literals.ELEMENT__NAME
				&& !value.equals(target.element().eGet(target.attribute()))) {
			refuseIfLocked(target.element(), ModelConstraints.Change.RENAME);
		}
		if (value.isEmpty()) {
			if (target.attribute() == CorePackage.Literals.ELEMENT__NAME) {
				throw new EditRefused("edit.emptyName", label(target.element()));
			}
			target.element().eUnset(target.attribute());
			return;
		}
		EClassifier type = target.attribute().getEAttributeType();
		if (type instanceof EEnum || type.getInstanceClass() != String.class) {
			throw new EditRefused("edit.notEditable");
		}
		target.element().eSet(target.attribute(), value);
	}

	/** Forgets where the freely placed nodes are, so that the next drawing lays them all out anew. */
	public void layoutAll() {
		for (String id : new ArrayList<>(boxes().keySet())) {
			String parent = diagram().parent(id);
			if (parent != null && diagram().nodeMapping(parent) != null
					&& diagram().nodeMapping(parent).layout().is(LayoutKind.FREE)) {
				boxes().remove(id);
			}
		}
	}

	// ---- helpers

	private EObject existing(String id) {
		EObject element = id == null ? null : diagram().element(id);
		if (element == null) {
			throw new EditRefused("edit.gone");
		}
		return element;
	}

	private Set<String> ids() {
		return Ids.taken(state.model());
	}

	private EClass eClass(String name) {
		return ModelFeatures.eClass(state.model(), name);
	}

	private String label(EObject element) {
		return Labels.of(element, state.locale());
	}
}
