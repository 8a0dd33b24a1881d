package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.NodeMapping;

import com.google.inject.Inject;

/** The palette: one tool per mapping that names one, nodes first, then connections. */
public class VerkstadToolPalette implements ToolPaletteItemProvider {

	@Inject
	protected DiagramDescription description;

	@Inject
	protected ServeSettings settings;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> nodes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (NodeMapping m : description.allNodes()) {
			if (m.tool() != null && seen.add(m.id())) {
				String type = description.typeOf(m.id());
				nodes.add(new PaletteItem(type, description.text(m.tool(), settings.locale()), new TriggerNodeCreationAction(type)));
			}
		}
		List<PaletteItem> edges = new ArrayList<>();
		for (EdgeMapping e : description.edges()) {
			if (e.tool() != null) {
				String type = description.typeOf(e.id());
				edges.add(new PaletteItem(type, description.text(e.tool(), settings.locale()), new TriggerEdgeCreationAction(type)));
			}
		}
		List<PaletteItem> groups = new ArrayList<>();
		if (!nodes.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("nodes", text("palette.nodes"), nodes, "symbol-property"));
		}
		if (!edges.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("edges", text("palette.edges"), edges, "symbol-property"));
		}
		return groups;
	}

	private String text(String key) {
		return ServerMessages.MESSAGES.get(settings.locale(), key);
	}
}
