package org.verkstad.diagram.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.LabelMapping;
import org.verkstad.diagram.description.NodeMapping;

/** The element types of a diagram, read from its description: what the server sends and the export draws. */
public final class ElementTypes {

	private ElementTypes() {
	}

	/** A client element type: the view that draws it and whether its text can be edited in place. */
	public record ClientType(String view, boolean editable) {
	}

	/** Every element type the diagram can contain, with the view the client draws it with. */
	public static Map<String, ClientType> of(DiagramDescription d) {
		Map<String, ClientType> types = new LinkedHashMap<>();
		types.put("graph", new ClientType("graph", false));
		if (d.header() != null) {
			types.put(d.type() + ":header", new ClientType("text", true));
			if (d.header().suffix() != null) {
				types.put(d.type() + ":header.state", new ClientType("badge", false));
			}
		}
		for (NodeMapping m : d.allNodes()) {
			types.put(d.typeOf(m.id()), new ClientType(m.view(), false));
			if (m.series() != null) {
				continue;
			}
			if (m.isSection()) {
				types.put(d.typeOf(m.id() + ".title"), new ClientType("text", false));
				types.put(d.typeOf(m.id() + ".hint"), new ClientType("text", false));
			} else {
				boolean editable = m.label() == null || m.label().editable();
				types.put(d.typeOf(m.id() + ".label"), new ClientType("text", editable));
				if (m.marker() != null) {
					types.put(d.typeOf(m.id() + ".marker"), new ClientType("badge", false));
				}
				if (m.details().stream().anyMatch(l -> l.view() == null || "badge".equals(l.view()))) {
					types.put(d.typeOf(m.id() + ".detail"), new ClientType("badge", false));
				}
				if (m.details().stream().anyMatch(l -> "icon".equals(l.view()))) {
					types.put(d.typeOf(m.id() + ".icon"), new ClientType("icon", false));
				}
				if (m.details().stream().anyMatch(l -> "text".equals(l.view()))) {
					types.put(d.typeOf(m.id() + ".text"), new ClientType("text", false));
				}
			}
		}
		if ("matrix".equals(d.layout().kind())) {
			types.put(d.type() + ":rowtitle", new ClientType("text", false));
		}
		for (EdgeMapping e : d.edges()) {
			types.put(d.typeOf(e.id()), new ClientType(e.view(), false));
			LabelMapping label = e.label();
			if (label != null) {
				types.put(d.typeOf(e.id() + ".label"), new ClientType("text", label.editable()));
			}
		}
		return types;
	}
}
