package org.verkstad.diagram.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.LabelMapping;
import org.verkstad.diagram.description.LayoutKind;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.description.View;

/** The element types of a diagram, read from its description: what the server sends and the export draws. */
public final class ElementTypes {

	/** The parts of a node or edge, each its own element type: {@code <diagram>:<mapping><part>}. */
	public static final String LABEL = ".label";
	public static final String TITLE = ".title";
	public static final String HINT = ".hint";
	public static final String MARKER = ".marker";
	public static final String DETAIL = ".detail";
	public static final String ICON = ".icon";
	public static final String TEXT = ".text";

	private ElementTypes() {
	}

	/** A client element type: the view that draws it and whether its text can be edited in place. */
	public record ClientType(View view, boolean editable) {
	}

	/** The type of a diagram's title line. */
	public static String header(DiagramDescription d) {
		return d.type() + ":header";
	}

	/** The type of the badge after the title line (a process map's state). */
	public static String headerState(DiagramDescription d) {
		return d.type() + ":header.state";
	}

	/** The type of the panel of a model's effect measures, under the title line. */
	public static String measures(DiagramDescription d) {
		return d.type() + ":measures";
	}

	/** The type of the lines of that panel. */
	public static String measuresText(DiagramDescription d) {
		return d.type() + ":measures.text";
	}

	/** The type of a matrix's row titles. */
	public static String rowTitle(DiagramDescription d) {
		return d.type() + ":rowtitle";
	}

	/** Every element type the diagram can contain, with the view the client draws it with. */
	public static Map<String, ClientType> of(DiagramDescription d) {
		Map<String, ClientType> types = new LinkedHashMap<>();
		types.put("graph", new ClientType(View.GRAPH, false));
		if (d.header() != null) {
			types.put(header(d), new ClientType(View.TEXT, true));
			if (d.header().suffix() != null) {
				types.put(headerState(d), new ClientType(View.BADGE, false));
			}
			types.put(measures(d), new ClientType(View.RECT, false));
			types.put(measuresText(d), new ClientType(View.TEXT, false));
		}
		for (NodeMapping m : d.allNodes()) {
			types.put(d.typeOf(m.id()), new ClientType(m.view(), false));
			if (m.series() != null) {
				continue;
			}
			if (m.isSection()) {
				types.put(d.typeOf(m.id() + TITLE), new ClientType(View.TEXT, false));
				types.put(d.typeOf(m.id() + HINT), new ClientType(View.TEXT, false));
			} else {
				boolean editable = m.label() == null || m.label().editable();
				types.put(d.typeOf(m.id() + LABEL), new ClientType(View.TEXT, editable));
				if (m.marker() != null) {
					types.put(d.typeOf(m.id() + MARKER), new ClientType(View.BADGE, false));
				}
				Set<View> details = m.details().stream().map(l -> l.viewOr(View.BADGE)).collect(Collectors.toSet());
				if (details.contains(View.BADGE)) {
					types.put(d.typeOf(m.id() + DETAIL), new ClientType(View.BADGE, false));
				}
				if (details.contains(View.ICON)) {
					types.put(d.typeOf(m.id() + ICON), new ClientType(View.ICON, false));
				}
				if (details.contains(View.TEXT)) {
					types.put(d.typeOf(m.id() + TEXT), new ClientType(View.TEXT, false));
				}
			}
		}
		if (d.layout().is(LayoutKind.MATRIX)) {
			types.put(rowTitle(d), new ClientType(View.TEXT, false));
		}
		for (EdgeMapping e : d.edges()) {
			types.put(d.typeOf(e.id()), new ClientType(e.view(), false));
			LabelMapping label = e.label();
			if (label != null) {
				types.put(d.typeOf(e.id() + LABEL), new ClientType(View.TEXT, label.editable()));
			}
		}
		return types;
	}
}
