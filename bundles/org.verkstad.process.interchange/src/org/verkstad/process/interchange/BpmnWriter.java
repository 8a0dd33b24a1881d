package org.verkstad.process.interchange;

import java.util.HashMap;
import java.util.Map;

import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.Collaboration;
import org.operaton.bpm.model.bpmn.instance.Definitions;
import org.operaton.bpm.model.bpmn.instance.Documentation;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.LaneSet;
import org.operaton.bpm.model.bpmn.instance.ParallelGateway;
import org.operaton.bpm.model.bpmn.instance.Participant;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.Task;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.dc.Bounds;
import org.operaton.bpm.model.bpmn.instance.di.Waypoint;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.layout.Box;

/**
 * A {@link Sketch} of a process map as BPMN 2.0, through Operaton's BPMN model API: a collaboration with
 * one pool, its lanes, the nodes and flows, and BPMN-DI from the map's diagram (shapes where the editor
 * draws them, flows along its routes), with Verkstad's own data in extension elements
 * ({@link VerkstadData}). The result is checked against the BPMN 2.0 schema before it is returned.
 */
final class BpmnWriter {

	/** Room added on each side of a label's box (px). */
	private static final double LABEL_ROOM = 10;

	private final Sketch sketch;
	private final BpmnModelInstance bpmn = Bpmn.createEmptyModel();
	private final Map<String, FlowNode> nodes = new HashMap<>();
	private BpmnPlane plane;

	private BpmnWriter(Sketch sketch) {
		this.sketch = sketch;
	}

	static String write(Sketch sketch, String version) {
		return new BpmnWriter(sketch).write(version);
	}

	private String write(String version) {
		Definitions definitions = bpmn.newInstance(Definitions.class, "Definitions_" + sketch.id);
		definitions.setTargetNamespace("https://verkstad.org/2026/process/" + sketch.id);
		definitions.setExporter(VerkstadData.EXPORTER);
		definitions.setExporterVersion(version);
		bpmn.setDefinitions(definitions);
		definitions.getDomElement().registerNamespace(VerkstadData.PREFIX, VerkstadData.NAMESPACE);
		Collaboration collaboration = bpmn.newInstance(Collaboration.class, "Collaboration_" + sketch.id);
		definitions.addChildElement(collaboration);
		Process process = bpmn.newInstance(Process.class, sketch.id);
		process.setName(sketch.name);
		process.setExecutable(false);
		definitions.addChildElement(process);
		document(process, sketch.description);
		VerkstadData.write(process, sketch.data);
		Participant participant = bpmn.newInstance(Participant.class, "Participant_" + sketch.id);
		participant.setName(sketch.name);
		participant.setProcess(process);
		collaboration.addChildElement(participant);

		BpmnDiagram diagram = bpmn.newInstance(BpmnDiagram.class, "Diagram_" + sketch.id);
		definitions.addChildElement(diagram);
		plane = bpmn.newInstance(BpmnPlane.class, "Plane_" + sketch.id);
		plane.setBpmnElement(collaboration);
		diagram.setBpmnPlane(plane);
		shape(participant, pool(), true);

		for (Sketch.Node n : sketch.nodes.values()) {
			Class<? extends FlowNode> type = switch (n.kind) {
			case ACTIVITY -> Task.class;
			case START -> StartEvent.class;
			case END -> EndEvent.class;
			case DECISION -> ExclusiveGateway.class;
			case PARALLEL -> ParallelGateway.class;
			};
			FlowNode node = bpmn.newInstance(type, n.id);
			node.setName(n.name);
			process.addChildElement(node);
			document(node, n.description);
			VerkstadData.write(node, n.data);
			nodes.put(n.id, node);
		}
		if (!sketch.lanes.isEmpty()) {
			LaneSet set = bpmn.newInstance(LaneSet.class, "LaneSet_" + sketch.id);
			process.addChildElement(set);
			for (Sketch.Lane l : sketch.lanes) {
				Lane lane = bpmn.newInstance(Lane.class, l.id());
				lane.setName(l.name());
				set.addChildElement(lane);
				sketch.nodes.values().stream().filter(n -> l.id().equals(n.lane)).forEach(n -> lane.getFlowNodeRefs().add(nodes.get(n.id)));
				if (l.box() != null) {
					double inset = DiagramBuilder.LANE_HEADER - SketchBuilder.BPMN_LANE_HEADER;
					shape(lane, new Box(l.box().x() + inset, l.box().y(), l.box().width() - inset, l.box().height()), true);
				}
			}
		}
		for (Sketch.Node n : sketch.nodes.values()) {
			if (n.box != null) {
				BpmnShape shape = shape(nodes.get(n.id), n.box, false);
				if (n.label != null) {
					shape.setBpmnLabel(label(n.id, n.label));
				}
			}
		}
		for (Sketch.Flow f : sketch.flows) {
			SequenceFlow flow = bpmn.newInstance(SequenceFlow.class, f.id);
			process.addChildElement(flow);
			FlowNode source = nodes.get(f.source);
			FlowNode target = nodes.get(f.target);
			flow.setSource(source);
			flow.setTarget(target);
			source.getOutgoing().add(flow);
			target.getIncoming().add(flow);
			flow.setName(f.condition);
			document(flow, f.description);
			VerkstadData.write(flow, f.data);
			if (f.points.size() >= 2) {
				BpmnEdge edge = bpmn.newInstance(BpmnEdge.class, f.id + "_di");
				edge.setBpmnElement(flow);
				for (double[] p : f.points) {
					Waypoint w = bpmn.newInstance(Waypoint.class);
					w.setX(p[0]);
					w.setY(p[1]);
					edge.getWaypoints().add(w);
				}
				if (f.label != null) {
					edge.setBpmnLabel(label(f.id, f.label));
				}
				plane.addChildElement(edge);
			}
		}
		Bpmn.validateModel(bpmn);
		return Bpmn.convertToString(bpmn);
	}

	/** The pool around the lanes (their title strips narrowed to BPMN's), or around the nodes' section. */
	private Box pool() {
		double inset = DiagramBuilder.LANE_HEADER - SketchBuilder.BPMN_LANE_HEADER;
		double x1 = Double.MAX_VALUE;
		double y1 = Double.MAX_VALUE;
		double x2 = -Double.MAX_VALUE;
		double y2 = -Double.MAX_VALUE;
		for (Sketch.Lane l : sketch.lanes) {
			if (l.box() != null) {
				x1 = Math.min(x1, l.box().x() + inset - SketchBuilder.BPMN_LANE_HEADER);
				y1 = Math.min(y1, l.box().y());
				x2 = Math.max(x2, l.box().x() + l.box().width());
				y2 = Math.max(y2, l.box().y() + l.box().height());
			}
		}
		if (x1 == Double.MAX_VALUE) {
			Box p = sketch.pool != null ? sketch.pool : new Box(0, 0, 600, 200);
			return new Box(p.x() + inset, p.y(), p.width() - inset, p.height());
		}
		return new Box(x1, y1, x2 - x1, y2 - y1);
	}

	/**
	 * Where a name or a condition is drawn: BPMN tools put it there too. A little wider on each side,
	 * centred where it was: their fonts are a little wider than Verkstad's, and a text that does not fit
	 * its label's width is broken into lines ("J / a"). Its id comes from its element's, as every id here
	 * does: the same map is written as the same file.
	 */
	private BpmnLabel label(String elementId, Box box) {
		BpmnLabel label = bpmn.newInstance(BpmnLabel.class, elementId + "_label");
		label.setBounds(bounds(new Box(box.x() - LABEL_ROOM, box.y(), box.width() + 2 * LABEL_ROOM, box.height())));
		return label;
	}

	private Bounds bounds(Box box) {
		Bounds bounds = bpmn.newInstance(Bounds.class);
		bounds.setX(box.x());
		bounds.setY(box.y());
		bounds.setWidth(box.width());
		bounds.setHeight(box.height());
		return bounds;
	}

	private BpmnShape shape(BaseElement element, Box box, boolean horizontal) {
		BpmnShape shape = bpmn.newInstance(BpmnShape.class, element.getId() + "_di");
		shape.setBpmnElement(element);
		if (horizontal) {
			shape.setHorizontal(true);
		}
		shape.setBounds(bounds(box));
		plane.addChildElement(shape);
		return shape;
	}

	private void document(BaseElement element, String text) {
		if (text != null && !text.isBlank()) {
			Documentation documentation = bpmn.newInstance(Documentation.class, element.getId() + "_documentation");
			documentation.setTextContent(text);
			element.getDocumentations().add(documentation);
		}
	}
}
