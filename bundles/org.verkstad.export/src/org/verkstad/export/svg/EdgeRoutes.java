package org.verkstad.export.svg;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.server.Diagram;

/** The routes of a diagram's edges in diagram coordinates. TEMPORARY: centre to centre until the router port lands. */
final class EdgeRoutes {

	private EdgeRoutes() {
	}

	static Map<String, List<GPoint>> of(Diagram diagram, DiagramDescription description) {
		Map<String, List<GPoint>> routes = new HashMap<>();
		for (GModelElement e : diagram.graph().getChildren()) {
			if (e instanceof GEdge edge) {
				Box s = diagram.absolute(edge.getSourceId());
				Box t = diagram.absolute(edge.getTargetId());
				if (s != null && t != null) {
					routes.put(edge.getId(), List.of(GraphUtil.point(s.centerX(), s.centerY()), GraphUtil.point(t.centerX(), t.centerY())));
				}
			}
		}
		return routes;
	}
}
