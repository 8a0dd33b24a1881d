package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.graph.ElementTypes;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.NodeMapping;

import com.google.inject.Inject;

/**
 * The element types of a diagram and what the client may do with them, all read from the
 * description. The server lays everything out, so the client needs no layout pass.
 */
public class VerkstadDiagramConfiguration extends BaseDiagramConfiguration {

	@Inject
	protected DiagramDescription description;

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
		ElementTypes.of(description).forEach((type, client) -> mappings.put(type, switch (client.view().shape()) {
		case GRAPH -> GraphPackage.Literals.GGRAPH;
		case LABEL -> GraphPackage.Literals.GLABEL;
		case EDGE -> GraphPackage.Literals.GEDGE;
		case NODE -> GraphPackage.Literals.GNODE;
		}));
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<ShapeTypeHint> hints = new ArrayList<>();
		List<String> top = description.nodes().stream().filter(m -> !m.isSection() && m.series() == null).map(m -> description.typeOf(m.id())).toList();
		hints.add(new ShapeTypeHint("graph", false, false, false, false, top));
		for (NodeMapping m : description.allNodes()) {
			String type = description.typeOf(m.id());
			if (m.series() != null) {
				hints.add(new ShapeTypeHint(type, false, false, false, false));
				continue;
			}
			if (hints.stream().anyMatch(h -> h.getElementTypeId().equals(type))) {
				continue;
			}
			List<String> containable = m.children().stream().filter(c -> !c.isSection())
					.map(c -> description.typeOf(c.id())).distinct().toList();
			boolean movable = m.movable() || m.eClass() != null && !m.isSection() && m.children().isEmpty();
			hints.add(new ShapeTypeHint(type, movable, !m.isSection(), m.resizable(), movable, containable));
		}
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<EdgeTypeHint> hints = new ArrayList<>();
		for (EdgeMapping e : description.edges()) {
			List<String> ends = description.allNodes().stream().filter(m -> !m.isSection() && m.series() == null && m.children().isEmpty())
					.map(m -> description.typeOf(m.id())).distinct().toList();
			hints.add(new EdgeTypeHint(description.typeOf(e.id()), false, true, false, ends, ends));
		}
		return hints;
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
