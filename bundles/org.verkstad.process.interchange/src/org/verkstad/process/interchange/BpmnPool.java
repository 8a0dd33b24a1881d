package org.verkstad.process.interchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Activity;
import org.operaton.bpm.model.bpmn.instance.Artifact;
import org.operaton.bpm.model.bpmn.instance.Association;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.ComplexGateway;
import org.operaton.bpm.model.bpmn.instance.DataAssociation;
import org.operaton.bpm.model.bpmn.instance.DataObject;
import org.operaton.bpm.model.bpmn.instance.DataObjectReference;
import org.operaton.bpm.model.bpmn.instance.DataStoreReference;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.EventBasedGateway;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Group;
import org.operaton.bpm.model.bpmn.instance.InclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.operaton.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.operaton.bpm.model.bpmn.instance.ItemAwareElement;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.LaneSet;
import org.operaton.bpm.model.bpmn.instance.ParallelGateway;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.SubProcess;
import org.operaton.bpm.model.bpmn.instance.Task;
import org.operaton.bpm.model.bpmn.instance.TextAnnotation;
import org.verkstad.process.interchange.Sketch.Kind;

/** One pool's process read into its sketch, for {@link BpmnSource}. */
final class BpmnPool {
	private final Sketch sketch;
	/** Lanes by the ids of the nodes they hold. */
	private final Map<String, String> laneOf = new HashMap<>();
	/** A flattened sub-process's inner start and end events: flows through them are joined. */
	private final Map<String, String> entry = new HashMap<>();
	private final Map<String, List<String>> exits = new HashMap<>();
	private final List<SequenceFlow> flows = new ArrayList<>();
	/** Gateways that only bring ways together (several in, one out): left out, their ways go straight on. */
	private final Map<String, String> merges = new HashMap<>();
	/** The data stores and objects carried over, each counted once however many activities use it. */
	private final Set<String> carriedData = new HashSet<>();
	private final List<Artifact> artifacts = new ArrayList<>();

	private final BpmnSource reader;
	private final Tally tally;
	private final BpmnModelInstance bpmn;

	BpmnPool(BpmnSource reader, Sketch sketch) {
		this.reader = reader;
		this.sketch = sketch;
		this.tally = reader.tally;
		this.bpmn = reader.bpmn;
	}

	void read(Process process) {
		for (LaneSet set : process.getLaneSets()) {
			lanes(set, "");
		}
		sketch.lanes.sort((a, b) -> a.box() == null || b.box() == null ? 0
				: Double.compare(reader.vertical ? a.box().x() : a.box().y(), reader.vertical ? b.box().x() : b.box().y()));
		artifacts.addAll(process.getArtifacts());
		elements(process.getFlowElements(), null);
		for (SequenceFlow flow : flows) {
			flow(flow);
		}
		for (Artifact artifact : artifacts) {
			artifact(artifact);
		}
	}

	private void lanes(LaneSet set, String path) {
		for (Lane lane : set.getLanes()) {
			String name = path + BpmnSource.name(lane.getName(), lane.getId());
			LaneSet children = lane.getChildLaneSet();
			if (children != null && !children.getLanes().isEmpty()) {
				tally.note(reader.line(lane), "bpmn.nestedLane", name);
				lanes(children, name + " / ");
				lane.getFlowNodeRefs().forEach(n -> laneOf.putIfAbsent(n.getId(), lane.getId()));
				if (lane.getFlowNodeRefs().stream().anyMatch(n -> lane.getId().equals(laneOf.get(n.getId())))) {
					sketch.lanes.add(new Sketch.Lane(lane.getId(), name, reader.shapes.get(lane.getId())));
					tally.carried("kind.lane");
				}
				continue;
			}
			sketch.lanes.add(new Sketch.Lane(lane.getId(), name, reader.shapes.get(lane.getId())));
			tally.carried("kind.lane");
			lane.getFlowNodeRefs().forEach(n -> laneOf.put(n.getId(), lane.getId()));
		}
	}

	/** Flow elements, those of an expanded sub-process into the sub-process's lane. */
	private void elements(Collection<FlowElement> elements, String lane) {
		for (FlowElement element : elements) {
			String in = laneOf.getOrDefault(element.getId(), lane);
			if (element instanceof SequenceFlow flow) {
				flows.add(flow);
			} else if (element instanceof SubProcess sub && !sub.getFlowElements().isEmpty()
					&& reader.expanded.getOrDefault(sub.getId(), Boolean.TRUE)) {
				tally.carried("kind.subProcess");
				tally.note(reader.line(sub), "bpmn.flattened", BpmnSource.name(sub.getName(), sub.getId()));
				artifacts.addAll(sub.getArtifacts());
				for (FlowElement inner : sub.getFlowElements()) {
					if (inner instanceof StartEvent) {
						tally.left("kind.startEvent");
						entry.put(sub.getId(), inner.getId());
					} else if (inner instanceof EndEvent) {
						tally.left("kind.endEvent");
						exits.computeIfAbsent(sub.getId(), k -> new ArrayList<>()).add(inner.getId());
					}
				}
				elements(sub.getFlowElements().stream().filter(e -> !(e instanceof StartEvent) && !(e instanceof EndEvent)).toList(), in);
				// flows to the inner start's successors and from the inner ends' predecessors are joined later
				sub.getFlowElements().stream().filter(e -> e instanceof StartEvent || e instanceof EndEvent)
						.forEach(e -> laneOf.put(e.getId(), in));
			} else if (element instanceof FlowNode node) {
				node(node, in);
			} else if (element instanceof DataObjectReference || element instanceof DataStoreReference) {
				// counted with the activities they are associated with
				if (!associated((ItemAwareElement) element)) {
					tally.left(element instanceof DataStoreReference ? "kind.dataStore" : "kind.dataObject");
				}
			} else if (!(element instanceof DataObject)) {
				tally.left("kind.other");
				tally.note(reader.line(element), "bpmn.notCarried", element.getElementType().getTypeName(), BpmnSource.name(element.getName(), element.getId()));
			}
		}
	}

	private boolean associated(ItemAwareElement data) {
		for (DataAssociation a : bpmn.getModelElementsByType(DataAssociation.class)) {
			if (a.getTarget() == data || a.getSources().contains(data)) {
				return true;
			}
		}
		return false;
	}

	private void node(FlowNode node, String lane) {
		String name = node.getName() == null ? null : node.getName().strip();
		Sketch.Node made;
		if (node instanceof BoundaryEvent boundary) {
			tally.carried("kind.boundaryEvent");
			tally.note(reader.line(node), "bpmn.boundary", BpmnSource.name(name, node.getId()),
					boundary.getAttachedTo() == null ? "?" : BpmnSource.name(boundary.getAttachedTo().getName(), boundary.getAttachedTo().getId()));
			return;
		}
		if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway || node instanceof ComplexGateway)
				&& count(node, false) >= 2 && count(node, true) == 1) {
			merges.put(node.getId(), BpmnSource.name(name, node.getId()));
			tally.carried("kind.gateway");
			tally.note(reader.line(node), "bpmn.merge", BpmnSource.name(name, node.getId()));
			return;
		}
		if (node instanceof Task || node instanceof CallActivity || node instanceof SubProcess) {
			made = new Sketch.Node(node.getId(), Kind.ACTIVITY, name);
			if (node instanceof SubProcess sub && !sub.getFlowElements().isEmpty()) {
				long inside = sub.getFlowElements().size();
				for (int i = 0; i < inside; i++) {
					tally.left("kind.insideCollapsed");
				}
				tally.note(reader.line(node), "bpmn.collapsed", BpmnSource.name(name, node.getId()), inside);
			}
			tally.carried(node instanceof SubProcess ? "kind.subProcess" : "kind.task");
			if (node instanceof SubProcess || node instanceof CallActivity) {
				made.notes.add(BpmnInterchange.MESSAGES.get(tally.locale(), "bpmn.subProcessNote"));
			}
			data((Activity) node, made);
		} else if (node instanceof StartEvent) {
			made = new Sketch.Node(node.getId(), Kind.START, name);
			tally.carried("kind.startEvent");
		} else if (node instanceof EndEvent) {
			made = new Sketch.Node(node.getId(), Kind.END, name);
			tally.carried("kind.endEvent");
		} else if (node instanceof ParallelGateway) {
			made = new Sketch.Node(node.getId(), Kind.PARALLEL, name);
			tally.carried("kind.parallelGateway");
		} else if (node instanceof ExclusiveGateway || node instanceof InclusiveGateway || node instanceof EventBasedGateway
				|| node instanceof ComplexGateway) {
			made = new Sketch.Node(node.getId(), Kind.DECISION, name);
			tally.carried("kind.gateway");
			if (!(node instanceof ExclusiveGateway)) {
				tally.note(reader.line(node), "bpmn.gatewayAsDecision", BpmnSource.name(name, node.getId()), node.getElementType().getTypeName());
			}
		} else if (node instanceof IntermediateCatchEvent || node instanceof IntermediateThrowEvent) {
			made = new Sketch.Node(node.getId(), Kind.ACTIVITY, name);
			made.notes.add(BpmnInterchange.MESSAGES.get(tally.locale(), "bpmn.eventNote", node.getElementType().getTypeName()));
			tally.carried("kind.intermediateEvent");
		} else {
			tally.left("kind.other");
			tally.note(reader.line(node), "bpmn.notCarried", node.getElementType().getTypeName(), BpmnSource.name(name, node.getId()));
			return;
		}
		made.description = BpmnSource.documentation(node);
		made.lane = lane;
		made.box = reader.shapes.get(node.getId());
		made.data.addAll(VerkstadData.read(node.getExtensionElements()));
		sketch.add(made);
	}

	/** Data stores and objects associated with an activity: its systems and documents. */
	private void data(Activity activity, Sketch.Node made) {
		List<ItemAwareElement> items = new ArrayList<>();
		activity.getDataInputAssociations().forEach(a -> items.addAll(a.getSources()));
		activity.getDataOutputAssociations().forEach(a -> items.add(a.getTarget()));
		for (ItemAwareElement item : items) {
			if (item instanceof DataStoreReference store && store.getName() != null && !made.systems.contains(store.getName().strip())) {
				made.systems.add(store.getName().strip());
				if (carriedData.add(store.getId())) {
					tally.carried("kind.dataStore");
				}
			} else if (item instanceof DataObjectReference object && object.getName() != null
					&& !made.documents.contains(object.getName().strip())) {
				made.documents.add(object.getName().strip());
				if (carriedData.add(object.getId())) {
					tally.carried("kind.dataObject");
				}
			}
		}
	}

	private void flow(SequenceFlow flow) {
		FlowNode source = flow.getSource();
		FlowNode target = flow.getTarget();
		if (source == null || target == null) {
			tally.left("kind.sequenceFlow");
			tally.note(reader.line(flow), "bpmn.flowEnds", flow.getId());
			return;
		}
		String condition = flow.getName() == null || flow.getName().isBlank() ? null : flow.getName().strip();
		String expression = flow.getConditionExpression() == null ? null : flow.getConditionExpression().getTextContent();
		String description = BpmnSource.documentation(flow);
		if (expression != null && !expression.isBlank()) {
			if (condition == null) {
				condition = expression.strip();
			} else {
				description = description == null ? expression.strip() : description + "\n\n" + expression.strip();
			}
		}
		if (merges.containsKey(source.getId())) {
			tally.carried("kind.sequenceFlow");
			return; // the ways into it were led on to where it leads
		}
		if (condition == null && source instanceof EventBasedGateway) {
			condition = BpmnSource.name(target.getName(), target.getId()); // the event that decides
		}
		List<String> from = List.of(source.getId());
		List<String> to = List.of(through(target.getId(), 0));
		if (source instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
			from = List.of(boundary.getAttachedTo().getId());
			if (condition == null) {
				condition = BpmnSource.name(boundary.getName(), boundary.getId());
			}
		} else if (exits.containsKey(source.getId())) {
			from = exits.get(source.getId()).stream().flatMap(end -> predecessors(end).stream()).toList();
		} else if (source instanceof EndEvent && !sketch.nodes.containsKey(source.getId())) {
			tally.left("kind.sequenceFlow");
			return; // an inner end: joined through from its sub-process's outgoing flow
		}
		if (entry.containsKey(target.getId())) {
			to = successors(entry.get(target.getId()));
		} else if (target instanceof StartEvent && !sketch.nodes.containsKey(target.getId())) {
			return; // never happens in valid BPMN: a start event has no incoming flow
		}
		if (source instanceof StartEvent && !sketch.nodes.containsKey(source.getId())
				|| target instanceof EndEvent && !sketch.nodes.containsKey(target.getId())) {
			tally.left("kind.sequenceFlow");
			return; // to or from a flattened sub-process's start or end: joined through it
		}
		tally.carried("kind.sequenceFlow");
		boolean first = true;
		for (String f : from) {
			for (String t : to) {
				if (sketch.nodes.containsKey(f) && sketch.nodes.containsKey(t)) {
					Sketch.Flow made = new Sketch.Flow(first ? flow.getId() : flow.getId() + "-" + f + "-" + t, f, t, condition);
					made.description = description;
					made.data.addAll(VerkstadData.read(flow.getExtensionElements()));
					sketch.flows.add(made);
					first = false;
				}
			}
		}
	}

	/** Where a way into a merging gateway goes on to (through merges after merges). */
	private String through(String node, int depth) {
		if (!merges.containsKey(node) || depth > merges.size()) {
			return node;
		}
		List<String> next = successors(node);
		return next.isEmpty() ? node : through(next.get(0), depth + 1);
	}

	/** The sequence flows out of ({@code out}) or into a node, in the whole file (a file need not list them on the node). */
	private long count(FlowNode node, boolean out) {
		return bpmn.getModelElementsByType(SequenceFlow.class).stream()
				.filter(f -> (out ? f.getSource() : f.getTarget()) != null && (out ? f.getSource() : f.getTarget()).getId().equals(node.getId()))
				.count();
	}

	private List<String> successors(String node) {
		return flows.stream().filter(f -> f.getSource() != null && f.getTarget() != null && f.getSource().getId().equals(node))
				.map(f -> f.getTarget().getId()).toList();
	}

	private List<String> predecessors(String node) {
		return flows.stream().filter(f -> f.getSource() != null && f.getTarget() != null && f.getTarget().getId().equals(node))
				.map(f -> f.getSource().getId()).toList();
	}

	private void artifact(Artifact artifact) {
		if (artifact instanceof TextAnnotation annotation) {
			String text = annotation.getText() == null ? null : annotation.getText().getTextContent();
			if (text == null || text.isBlank()) {
				return;
			}
			List<String> targets = new ArrayList<>();
			for (Association association : bpmn.getModelElementsByType(Association.class)) {
				BaseElement other = association.getSource() == annotation ? association.getTarget()
						: association.getTarget() == annotation ? association.getSource() : null;
				if (other != null) {
					targets.add(other.getId());
				}
			}
			Sketch.Node node = targets.stream().map(sketch.nodes::get).filter(n -> n != null).findFirst().orElse(null);
			(node == null ? sketch.notes : node.notes).add(text.strip());
			tally.carried("kind.textAnnotation");
		} else if (artifact instanceof Group) {
			tally.left("kind.group");
		} else if (!(artifact instanceof Association)) {
			tally.left("kind.other");
		}
	}
}
