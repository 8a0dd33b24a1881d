package org.verkstad.process.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.graph.DiagramRoutes;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.diagram.layout.ManhattanRoutes.Point;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.Parallel;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ProcessPackage;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;

/**
 * A process map as a {@link Sketch} for {@link BpmnWriter}: its lanes, nodes and flows where its diagram
 * draws them (the layout file beside the model, else the automatic layout; flows along the routes the
 * editor draws), and everything BPMN has no place for as {@link VerkstadData}.
 */
final class ModelSketch {

	/** What BPMN itself carries: ids, names, descriptions (documentation), the lanes, nodes and flows. */
	private static final Set<EStructuralFeature> MAPPED = Set.of(CorePackage.Literals.ELEMENT__ID, CorePackage.Literals.ELEMENT__NAME,
			CorePackage.Literals.ELEMENT__DESCRIPTION, ProcessPackage.Literals.PROCESS_MODEL__LANES, ProcessPackage.Literals.PROCESS_MODEL__NODES,
			ProcessPackage.Literals.PROCESS_MODEL__FLOWS, ProcessPackage.Literals.LANE__NODES, ProcessPackage.Literals.SEQUENCE_FLOW__SOURCE,
			ProcessPackage.Literals.SEQUENCE_FLOW__TARGET, ProcessPackage.Literals.SEQUENCE_FLOW__CONDITION);

	private ModelSketch() {
	}

	static Sketch of(Path modelFile, ProcessModel model, Locale locale) {
		DiagramDescription description = Descriptions.byType(SketchBuilder.DIAGRAM).orElseThrow();
		Diagram diagram = DiagramBuilder.build(description, model, LayoutFile.read(modelFile), locale);
		Map<String, List<Point>> routes = DiagramRoutes.manhattan(diagram, description);
		Map<String, Box> texts = DiagramRoutes.outsideTexts(diagram, routes);
		Function<EObject, String> names = target -> name(model, target);
		Sketch sketch = new Sketch();
		sketch.own = true;
		sketch.id = model.getId();
		sketch.name = model.getName();
		sketch.description = model.getDescription();
		sketch.data.addAll(VerkstadData.of(model, MAPPED, names));
		for (Lane lane : model.getLanes()) {
			sketch.lanes.add(new Sketch.Lane(lane.getId(), lane.getName(), diagram.absolute(diagram.idOf(lane))));
			lane.getNodes().forEach(node -> node(sketch, diagram, texts, node, lane.getId(), names));
		}
		model.getNodes().forEach(node -> node(sketch, diagram, texts, node, null, names));
		for (SequenceFlow flow : model.getFlows()) {
			if (flow.getSource() == null || flow.getTarget() == null) {
				continue;
			}
			Sketch.Flow made = new Sketch.Flow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(), flow.getCondition());
			made.description = flow.getDescription();
			made.data.addAll(VerkstadData.of(flow, MAPPED, names));
			made.label = texts.get(diagram.idOf(flow));
			List<Point> route = routes.get(diagram.idOf(flow));
			if (route != null) {
				route.forEach(p -> made.points.add(new double[] { p.x(), p.y() }));
			}
			sketch.flows.add(made);
		}
		return sketch;
	}

	private static void node(Sketch sketch, Diagram diagram, Map<String, Box> texts, FlowNode node, String lane,
			Function<EObject, String> names) {
		Sketch.Kind kind = node instanceof Activity ? Sketch.Kind.ACTIVITY : node instanceof StartEvent ? Sketch.Kind.START
				: node instanceof EndEvent ? Sketch.Kind.END : node instanceof Decision ? Sketch.Kind.DECISION
						: node instanceof Parallel ? Sketch.Kind.PARALLEL : null;
		if (kind == null) {
			return;
		}
		Sketch.Node made = sketch.add(new Sketch.Node(node.getId(), kind, node.getName()));
		made.description = node.getDescription();
		made.lane = lane;
		String id = diagram.idOf(node);
		made.box = id == null ? null : diagram.absolute(id);
		made.label = id == null ? null : texts.get(id);
		if (lane == null && id != null && sketch.pool == null && diagram.parent(id) != null) {
			// no lanes: the section the nodes are drawn in stands for the pool
			sketch.pool = diagram.absolute(diagram.parent(id));
		}
		made.data.addAll(VerkstadData.of(node, MAPPED, names));
	}

	/** How the text format names a referenced element: its id in this map, else the map's id and its id. */
	private static String name(Model model, EObject target) {
		EObject resolved = target.eIsProxy() ? EcoreUtil.resolve(target, model) : target;
		if (!(resolved instanceof Element element)) {
			return "";
		}
		if (EcoreUtil.isAncestor(model, resolved)) {
			return element.getId();
		}
		EObject root = EcoreUtil.getRootContainer(resolved);
		return root == resolved || !(root instanceof Model other) ? element.getId() : other.getId() + "." + element.getId();
	}
}
