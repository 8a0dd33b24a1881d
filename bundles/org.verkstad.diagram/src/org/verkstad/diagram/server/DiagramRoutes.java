package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.layout.Box;
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
		Map<String, VerkstadDiagramConfiguration.ClientType> types = VerkstadDiagramConfiguration.clientTypes(description);
		Map<String, GNode> nodes = new HashMap<>();
		List<GEdge> edges = new ArrayList<>();
		diagram.graph().eAllContents().forEachRemaining(element -> {
			if (element instanceof GNode node) {
				nodes.put(node.getId(), node);
			} else if (element instanceof GEdge edge) {
				edges.add(edge);
			}
		});
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

	/**
	 * A node as the client has it: its position and size from the GModel, relative to the node it is
	 * drawn in, and the positions of the nodes it is drawn in (sprotty's defaults where one is missing).
	 */
	private static Shape shape(Map<String, VerkstadDiagramConfiguration.ClientType> types, GNode node) {
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
		VerkstadDiagramConfiguration.ClientType type = types.get(node.getType());
		return new Shape(bounds, anchorKind(type == null ? null : type.view()), parents);
	}

	/**
	 * How edges end on a node the client draws with a view: its circle is a sprotty {@code CircularNode}
	 * (elliptic anchors), its diamond a {@code DiamondNode}, and every other node a plain node, which
	 * sprotty treats as rectangular (see the client's {@code di.config.ts} and {@code model.ts}).
	 */
	public static AnchorKind anchorKind(String view) {
		if ("circle".equals(view)) {
			return AnchorKind.ELLIPTIC;
		}
		if ("diamond".equals(view)) {
			return AnchorKind.DIAMOND;
		}
		return AnchorKind.RECTANGULAR;
	}
}
