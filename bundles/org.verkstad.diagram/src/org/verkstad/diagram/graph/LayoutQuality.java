package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.FreePlacement;
import org.verkstad.diagram.layout.ManhattanRoutes.Point;

/**
 * What makes a drawn diagram misreadable, counted from the geometry the page and the export draw: the
 * boxes of the nodes that edges connect (a process map's steps, decisions, starts and ends), the texts
 * beside them, the edges' routes ({@link DiagramRoutes}) and the edges' labels where the client puts them.
 *
 * @param flowsThroughBoxes an edge crossing a box it does not connect (or crossing its own end's box
 *        on the way), counted per edge and box
 * @param overlappingFlows two edges that share neither source nor target drawn on top of each other,
 *        counted per pair of segments
 * @param flowsThroughLabels an edge crossing a text that is not its own (an edge's condition, a
 *        decision's question), counted per edge and text
 * @param labelsOnBoxes a text outside a box lying on a box, counted per text and box
 * @param labelsOnLabels two texts outside boxes lying on each other, counted per pair
 * @param overlappingBoxes two boxes lying on each other, counted per pair
 * @param backwardDecisions a decision drawn left of a step that leads into it (not by a loop back)
 * @param crossings two edges crossing each other, counted per pair of segments (not a fault, a measure)
 * @param findings one line per fault, naming the elements
 */
public record LayoutQuality(int flowsThroughBoxes, int overlappingFlows, int flowsThroughLabels, int labelsOnBoxes,
		int labelsOnLabels, int overlappingBoxes, int backwardDecisions, int crossings, List<String> findings) {

	/** Closer than this (px) counts as on top of each other. */
	private static final double TOUCH = 2;

	/** The number of faults: everything but the crossings. */
	public int faults() {
		return flowsThroughBoxes + overlappingFlows + flowsThroughLabels + labelsOnBoxes + labelsOnLabels + overlappingBoxes
				+ backwardDecisions;
	}

	@Override
	public String toString() {
		return "flows through boxes " + flowsThroughBoxes + ", overlapping flows " + overlappingFlows
				+ ", flows through texts " + flowsThroughLabels + ", texts on boxes " + labelsOnBoxes + ", texts on texts "
				+ labelsOnLabels + ", overlapping boxes " + overlappingBoxes + ", decisions before their step "
				+ backwardDecisions + ", crossings " + crossings;
	}

	/** A text drawn outside the boxes, and what it belongs to (a node's or an edge's id). */
	private record Text(String id, String owner, Box box) {
	}

	/** Measures a built diagram. */
	public static LayoutQuality of(Diagram diagram, DiagramDescription description) {
		Map<String, List<Point>> routes = DiagramRoutes.manhattan(diagram, description);
		Map<String, GEdge> edges = new LinkedHashMap<>();
		Set<String> connectable = new HashSet<>();
		diagram.graph().eAllContents().forEachRemaining(element -> {
			if (element instanceof GEdge edge && routes.containsKey(edge.getId())) {
				edges.put(edge.getId(), edge);
				connectable.add(edge.getSourceId());
				connectable.add(edge.getTargetId());
			}
		});
		Set<String> connectableTypes = new HashSet<>();
		Map<String, GNode> nodes = new HashMap<>();
		diagram.graph().eAllContents().forEachRemaining(element -> {
			if (element instanceof GNode node) {
				nodes.put(node.getId(), node);
				if (connectable.contains(node.getId())) {
					connectableTypes.add(node.getType());
				}
			}
		});
		Map<String, Box> boxes = new LinkedHashMap<>();
		List<Text> texts = new ArrayList<>();
		diagram.graph().eAllContents().forEachRemaining(element -> {
			if (element instanceof GNode node && connectableTypes.contains(node.getType()) && diagram.absolute(node.getId()) != null) {
				Box box = diagram.absolute(node.getId());
				boxes.put(node.getId(), box);
				for (GModelElement child : node.getChildren()) {
					if (child instanceof GLabel label && DiagramRoutes.outside(label, box)) {
						texts.add(new Text(label.getId(), node.getId(), DiagramRoutes.labelBox(label, box)));
					}
				}
			}
		});
		for (GEdge edge : edges.values()) {
			for (GModelElement child : edge.getChildren()) {
				if (child instanceof GLabel label) {
					Box box = DiagramRoutes.edgeLabelBox(label, routes.get(edge.getId()));
					if (box != null) {
						texts.add(new Text(label.getId(), edge.getId(), box));
					}
				}
			}
		}

		List<String> findings = new ArrayList<>();
		int throughBoxes = 0;
		int throughLabels = 0;
		for (GEdge edge : edges.values()) {
			List<Point> route = routes.get(edge.getId());
			for (Map.Entry<String, Box> box : boxes.entrySet()) {
				boolean end = box.getKey().equals(edge.getSourceId()) || box.getKey().equals(edge.getTargetId());
				// an edge's first and last segment start and end on its ends' outlines
				int from = end ? 1 : 0;
				int to = end ? route.size() - 2 : route.size() - 1;
				for (int i = from; i < to; i++) {
					if (crosses(route.get(i), route.get(i + 1), box.getValue().inset(1))) {
						throughBoxes++;
						findings.add("flow " + edge.getId() + " runs through " + box.getKey());
						break;
					}
				}
			}
			for (Text text : texts) {
				if (text.owner().equals(edge.getId())) {
					continue;
				}
				for (int i = 0; i < route.size() - 1; i++) {
					if (crosses(route.get(i), route.get(i + 1), text.box().inset(1))) {
						throughLabels++;
						findings.add("flow " + edge.getId() + " runs through the text " + text.id());
						break;
					}
				}
			}
		}

		int overlapping = 0;
		int crossings = 0;
		List<GEdge> list = new ArrayList<>(edges.values());
		for (int a = 0; a < list.size(); a++) {
			GEdge ea = list.get(a);
			List<Point> ra = routes.get(ea.getId());
			for (int b = a + 1; b < list.size(); b++) {
				GEdge eb = list.get(b);
				List<Point> rb = routes.get(eb.getId());
				boolean related = ea.getSourceId().equals(eb.getSourceId()) || ea.getTargetId().equals(eb.getTargetId());
				for (int i = 0; i < ra.size() - 1; i++) {
					for (int j = 0; j < rb.size() - 1; j++) {
						Point p1 = ra.get(i);
						Point p2 = ra.get(i + 1);
						Point q1 = rb.get(j);
						Point q2 = rb.get(j + 1);
						if (collinearOverlap(p1, p2, q1, q2)) {
							if (!related) {
								overlapping++;
								findings.add("flows " + ea.getId() + " and " + eb.getId() + " are drawn on top of each other");
							}
						} else if (properCrossing(p1, p2, q1, q2)) {
							crossings++;
						}
					}
				}
			}
		}

		int labelsOnBoxes = 0;
		int labelsOnLabels = 0;
		for (int i = 0; i < texts.size(); i++) {
			Text text = texts.get(i);
			for (Map.Entry<String, Box> box : boxes.entrySet()) {
				if (text.box().inset(1).intersects(box.getValue())) {
					labelsOnBoxes++;
					findings.add("the text " + text.id() + " " + text.box() + " lies on " + box.getKey() + " " + box.getValue()
							+ (routes.containsKey(text.owner()) ? " (its flow " + routes.get(text.owner()) + ")" : ""));
				}
			}
			for (int j = i + 1; j < texts.size(); j++) {
				if (text.box().inset(1).intersects(texts.get(j).box().inset(1))) {
					labelsOnLabels++;
					findings.add("the texts " + text.id() + " and " + texts.get(j).id() + " lie on each other");
				}
			}
		}

		int overlappingBoxes = 0;
		List<Map.Entry<String, Box>> boxList = new ArrayList<>(boxes.entrySet());
		for (int i = 0; i < boxList.size(); i++) {
			for (int j = i + 1; j < boxList.size(); j++) {
				if (boxList.get(i).getValue().inset(1).intersects(boxList.get(j).getValue())) {
					overlappingBoxes++;
					findings.add(boxList.get(i).getKey() + " and " + boxList.get(j).getKey() + " lie on each other");
				}
			}
		}

		int backward = backwardDecisions(diagram, edges.values(), boxes, nodes, findings);
		return new LayoutQuality(throughBoxes, overlapping, throughLabels, labelsOnBoxes, labelsOnLabels, overlappingBoxes,
				backward, crossings, List.copyOf(findings));
	}

	/**
	 * Decisions drawn left of a step that leads into them, where that flow is not a loop back (as the
	 * layout finds loops, {@link FreePlacement#loopsBack}).
	 */
	private static int backwardDecisions(Diagram diagram, Iterable<GEdge> edges, Map<String, Box> boxes, Map<String, GNode> nodes,
			List<String> findings) {
		List<GEdge> flows = new ArrayList<>();
		edges.forEach(flows::add);
		Set<GEdge> back = FreePlacement.loopsBack(new ArrayList<>(boxes.keySet()), flows, GEdge::getSourceId, GEdge::getTargetId);
		int count = 0;
		for (GEdge edge : edges) {
			GNode target = nodes.get(edge.getTargetId());
			Box from = boxes.get(edge.getSourceId());
			Box to = boxes.get(edge.getTargetId());
			EObject element = diagram.element(edge.getTargetId());
			if (!back.contains(edge) && target != null && from != null && to != null && element != null
					&& element.eClass().getName().equals("Decision") && to.centerX() < from.centerX() - TOUCH) {
				count++;
				findings.add("the decision " + edge.getTargetId() + " is drawn left of " + edge.getSourceId() + ", which leads into it");
			}
		}
		return count;
	}

	/** Whether the segment p–q (at right angles or not) passes through the box's inside. */
	static boolean crosses(Point p, Point q, Box box) {
		// Liang–Barsky clipping against the open box
		double dx = q.x() - p.x();
		double dy = q.y() - p.y();
		double t0 = 0;
		double t1 = 1;
		double[] pk = { -dx, dx, -dy, dy };
		double[] qk = { p.x() - box.x(), box.x() + box.width() - p.x(), p.y() - box.y(), box.y() + box.height() - p.y() };
		for (int i = 0; i < 4; i++) {
			if (pk[i] == 0) {
				if (qk[i] <= 0) {
					return false;
				}
			} else {
				double t = qk[i] / pk[i];
				if (pk[i] < 0) {
					t0 = Math.max(t0, t);
				} else {
					t1 = Math.min(t1, t);
				}
			}
		}
		return t1 - t0 > 1e-9 && Math.hypot(dx, dy) * (t1 - t0) > 0.5;
	}

	/** Two horizontal or two vertical segments on one line (within {@link #TOUCH}) sharing more than a few px. */
	private static boolean collinearOverlap(Point p1, Point p2, Point q1, Point q2) {
		boolean ph = Math.abs(p1.y() - p2.y()) < 1e-6;
		boolean qh = Math.abs(q1.y() - q2.y()) < 1e-6;
		boolean pv = Math.abs(p1.x() - p2.x()) < 1e-6;
		boolean qv = Math.abs(q1.x() - q2.x()) < 1e-6;
		if (ph && qh && Math.abs(p1.y() - q1.y()) < TOUCH) {
			return shared(p1.x(), p2.x(), q1.x(), q2.x()) > 2 * TOUCH;
		}
		if (pv && qv && Math.abs(p1.x() - q1.x()) < TOUCH) {
			return shared(p1.y(), p2.y(), q1.y(), q2.y()) > 2 * TOUCH;
		}
		return false;
	}

	private static double shared(double a1, double a2, double b1, double b2) {
		return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
	}

	/** A horizontal and a vertical segment crossing inside both. */
	private static boolean properCrossing(Point p1, Point p2, Point q1, Point q2) {
		boolean ph = Math.abs(p1.y() - p2.y()) < 1e-6;
		boolean qv = Math.abs(q1.x() - q2.x()) < 1e-6;
		if (ph && qv) {
			return strictlyBetween(q1.x(), p1.x(), p2.x()) && strictlyBetween(p1.y(), q1.y(), q2.y());
		}
		boolean pv = Math.abs(p1.x() - p2.x()) < 1e-6;
		boolean qh = Math.abs(q1.y() - q2.y()) < 1e-6;
		if (pv && qh) {
			return strictlyBetween(p1.x(), q1.x(), q2.x()) && strictlyBetween(q1.y(), p1.y(), p2.y());
		}
		return false;
	}

	private static boolean strictlyBetween(double v, double a, double b) {
		return v > Math.min(a, b) + 0.5 && v < Math.max(a, b) - 0.5;
	}
}
