package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GEdgePlacement;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GraphFactory;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.View;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.EdgeGeometry;
import org.verkstad.diagram.layout.FlowRoutes;
import org.verkstad.diagram.layout.ManhattanRoutes;
import org.verkstad.diagram.layout.ManhattanRoutes.AnchorKind;
import org.verkstad.diagram.layout.ManhattanRoutes.Point;
import org.verkstad.diagram.layout.ManhattanRoutes.Shape;

/** The routes the diagram client draws for the edges of a built {@link Diagram} (see {@link ManhattanRoutes}). */
public final class DiagramRoutes {

	/** The router kind of edges routed at right angles (an edge mapping's {@code router}). */
	public static final String MANHATTAN = "manhattan";

	private DiagramRoutes() {
	}

	/**
	 * The points of every edge routed at right angles, by edge id in the order of the diagram, in diagram
	 * coordinates (the edges are the diagram's children, as {@link DiagramBuilder} makes them). The ends
	 * are taken from the GModel as the client gets it: positions relative to the node drawn in, sizes,
	 * and the type's view for the anchor kind. Other edges (the client draws them as straight lines
	 * between their ends' outlines) and edges with an end that is not a node are left out.
	 */
	public static Map<String, List<Point>> manhattan(Diagram diagram, DiagramDescription description) {
		Map<String, ElementTypes.ClientType> types = ElementTypes.of(description);
		Map<String, GNode> nodes = new HashMap<>();
		List<GEdge> edges = new ArrayList<>();
		collect(diagram, nodes, edges);
		Map<String, List<Point>> routes = new LinkedHashMap<>();
		// the client counts an edge from a node to itself among that node's edges to itself, in the diagram's order
		Map<String, Integer> loops = new HashMap<>();
		for (GEdge edge : edges) {
			GNode source = nodes.get(edge.getSourceId());
			GNode target = nodes.get(edge.getTargetId());
			int selfEdge = source != null && source == target ? loops.merge(source.getId(), 1, Integer::sum) - 1 : -1;
			if (!MANHATTAN.equals(edge.getRouterKind()) || source == null || target == null) {
				continue;
			}
			List<Point> routingPoints = new ArrayList<>();
			for (GPoint point : edge.getRoutingPoints()) {
				routingPoints.add(new Point(point.getX(), point.getY()));
			}
			routes.put(edge.getId(), ManhattanRoutes.route(shape(types, source), shape(types, target),
					routingPoints, selfEdge));
		}
		return routes;
	}

	/** The diagram's nodes by id and its edges, in the diagram's order. */
	private static void collect(Diagram diagram, Map<String, GNode> nodes, List<GEdge> edges) {
		diagram.graph().eAllContents().forEachRemaining(element -> {
			if (element instanceof GNode node) {
				nodes.put(node.getId(), node);
			} else if (element instanceof GEdge edge) {
				edges.add(edge);
			}
		});
	}

	/**
	 * Routes the diagram's edges with {@code "router": "manhattan"} around its boxes ({@link FlowRoutes}):
	 * each edge gets its route's corners as routing points, which the client's Manhattan router draws
	 * through, and its label the place along it where it lies on nothing else.
	 */
	static void plan(Diagram diagram, DiagramDescription description) {
		Map<String, ElementTypes.ClientType> types = ElementTypes.of(description);
		Map<String, GNode> nodes = new HashMap<>();
		List<GEdge> edges = new ArrayList<>();
		collect(diagram, nodes, edges);
		edges.removeIf(edge -> !MANHATTAN.equals(edge.getRouterKind()));
		if (edges.isEmpty()) {
			return;
		}
		Map<String, FlowRoutes.Node> ends = new LinkedHashMap<>();
		List<FlowRoutes.Flow> flows = new ArrayList<>();
		Map<String, GLabel> labels = new HashMap<>();
		for (GEdge edge : edges) {
			for (String id : List.of(edge.getSourceId(), edge.getTargetId())) {
				GNode node = nodes.get(id);
				if (node != null && !ends.containsKey(id)) {
					Shape shape = shape(types, node);
					ends.put(id, new FlowRoutes.Node(id, shape, texts(node, shape.box())));
				}
			}
			GLabel label = edge.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
					.filter(l -> l.getText() != null && !l.getText().isBlank() && l.getSize() != null).findFirst().orElse(null);
			if (label != null) {
				labels.put(edge.getId(), label);
			}
			flows.add(new FlowRoutes.Flow(edge.getId(), edge.getSourceId(), edge.getTargetId(),
					label == null ? 0 : label.getSize().getWidth(), label == null ? 0 : label.getSize().getHeight()));
		}
		Map<String, FlowRoutes.Route> routes = FlowRoutes.route(new ArrayList<>(ends.values()), flows);
		for (GEdge edge : edges) {
			FlowRoutes.Route route = routes.get(edge.getId());
			if (route == null) {
				continue;
			}
			edge.getRoutingPoints().clear();
			for (Point corner : route.corners()) {
				GPoint point = GraphFactory.eINSTANCE.createGPoint();
				point.setX(corner.x());
				point.setY(corner.y());
				edge.getRoutingPoints().add(point);
			}
			GLabel label = labels.get(edge.getId());
			if (label != null && label.getEdgePlacement() != null) {
				label.getEdgePlacement().setPosition(route.labelPosition());
				label.getEdgePlacement().setSide(route.labelSide());
				label.getEdgePlacement().setOffset(route.labelOffset());
			}
		}
	}

	/** The boxes of the texts drawn outside a node (a decision's question below it), in diagram coordinates. */
	static List<Box> texts(GNode node, Box box) {
		List<Box> texts = new ArrayList<>();
		for (GModelElement child : node.getChildren()) {
			if (child instanceof GLabel label && outside(label, box)) {
				texts.add(labelBox(label, box));
			}
		}
		return texts;
	}

	/** Whether a label of a node is drawn outside the node's box (a start's, an end's or a decision's name). */
	/**
	 * Where the texts are that are not inside a box: each edge's label along its route (as the client
	 * places it) and each name drawn outside its node (a start's, a decision's), by the id of the edge or
	 * node, in diagram coordinates. (A BPMN file's label bounds are these.)
	 */
	public static Map<String, Box> outsideTexts(Diagram diagram, Map<String, List<Point>> routes) {
		Map<String, Box> texts = new LinkedHashMap<>();
		diagram.graph().eAllContents().forEachRemaining(element -> {
			Box box = element instanceof GNode node ? diagram.absolute(node.getId()) : null;
			for (GModelElement child : element instanceof GNode || element instanceof GEdge ? ((GModelElement) element).getChildren()
					: List.<GModelElement>of()) {
				if (child instanceof GLabel label && box != null && outside(label, box)) {
					texts.putIfAbsent(((GModelElement) element).getId(), labelBox(label, box));
				} else if (child instanceof GLabel label && element instanceof GEdge edge) {
					Box at = edgeLabelBox(label, routes.get(edge.getId()));
					if (at != null) {
						texts.putIfAbsent(edge.getId(), at);
					}
				}
			}
		});
		return texts;
	}

	/** The box of an edge's label along the edge's route as the client places it, or null (no text, no route). */
	static Box edgeLabelBox(GLabel label, List<Point> route) {
		if (label.getSize() == null || label.getText() == null || label.getText().isBlank() || route == null) {
			return null;
		}
		GEdgePlacement placement = label.getEdgePlacement();
		return EdgeGeometry.labelBox(route, placement == null ? 0.5 : placement.getPosition(),
				placement == null || placement.getSide() == null ? "top" : placement.getSide(), placement == null ? 7 : placement.getOffset(),
				label.getSize().getWidth(), label.getSize().getHeight());
	}

	static boolean outside(GLabel label, Box node) {
		GPoint at = label.getPosition();
		if (at == null || label.getSize() == null || label.getText() == null || label.getText().isBlank()) {
			return false;
		}
		double touch = 2;
		return at.getY() >= node.height() - touch || at.getY() + label.getSize().getHeight() <= touch || at.getX() >= node.width() - touch
				|| at.getX() + label.getSize().getWidth() <= touch;
	}

	/** A label's box in diagram coordinates, from its node's box. */
	static Box labelBox(GLabel label, Box node) {
		GPoint at = label.getPosition();
		return new Box(node.x() + at.getX(), node.y() + at.getY(), label.getSize().getWidth(), label.getSize().getHeight());
	}

	/**
	 * A node as the client has it: its position and size from the GModel, relative to the node it is
	 * drawn in, and the positions of the nodes it is drawn in (sprotty's defaults where one is missing).
	 */
	private static Shape shape(Map<String, ElementTypes.ClientType> types, GNode node) {
		GPoint position = node.getPosition();
		GDimension size = node.getSize();
		Box bounds = new Box(position == null ? 0 : position.getX(), position == null ? 0 : position.getY(),
				size == null ? -1 : size.getWidth(), size == null ? -1 : size.getHeight());
		List<Point> parents = new ArrayList<>();
		for (EObject parent = node.eContainer(); parent instanceof GModelElement element && !(parent instanceof GModelRoot);
				parent = element.eContainer()) {
			GPoint at = parent instanceof GBoundsAware shape ? shape.getPosition() : null;
			parents.add(at == null ? new Point(0, 0) : new Point(at.getX(), at.getY()));
		}
		ElementTypes.ClientType type = types.get(node.getType());
		return new Shape(bounds, anchorKind(type == null ? null : type.view()), parents);
	}

	/**
	 * How edges end on a node the client draws with a view: its circle is a sprotty {@code CircularNode}
	 * (elliptic anchors), its diamond a {@code DiamondNode}, and every other node a plain node, which
	 * sprotty treats as rectangular (see the client's {@code di.config.ts} and {@code model.ts}).
	 */
	public static AnchorKind anchorKind(View view) {
		if (view == View.CIRCLE) {
			return AnchorKind.ELLIPTIC;
		}
		if (view == View.DIAMOND) {
			return AnchorKind.DIAMOND;
		}
		return AnchorKind.RECTANGULAR;
	}
}
