package org.verkstad.diagram.description;

/**
 * Elements of class {@code eClass}, contained in feature {@code from} of the diagram's root or of any
 * element in it, drawn as edges from the node of {@code source} to the node of {@code target}. A
 * {@code source} of {@code container} means the element holding the edge's element (a core link goes
 * from the element that has it). Edges whose ends are not in the diagram are not drawn.
 *
 * @param view  {@link View#ARROW} or {@link View#LINE}
 * @param tool  message key of the palette tool creating such edges, or null for none
 * @param set   attributes set on a new edge's element: {@code "kind=relatesTo"}
 * @param router how the client routes it: {@code manhattan} (right angles) or the default straight polyline
 */
public record EdgeMapping(String id, String eClass, String from, String source, String target, View view,
		LabelMapping label, String tool, String set, String css, String router) {
}
