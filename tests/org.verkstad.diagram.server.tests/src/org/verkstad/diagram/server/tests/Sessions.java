package org.verkstad.diagram.server.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.server.VerkstadModelState;

/** Opens diagrams the way a GLSP session does, without the websocket, and looks into them. */
final class Sessions {

	private Sessions() {
	}

	static VerkstadModelState open(Path file, String diagramType) throws Exception {
		return open(file, diagramType, Languages.SWEDISH);
	}

	static VerkstadModelState open(Path file, String diagramType, Locale locale) throws Exception {
		VerkstadModelState state = new VerkstadModelState();
		state.init();
		state.open(Descriptions.byType(diagramType).orElseThrow(), file, locale);
		return state;
	}

	static List<GModelElement> all(GModelElement root) {
		List<GModelElement> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(o -> {
			if (o instanceof GModelElement e) {
				all.add(e);
			}
		});
		return all;
	}

	static List<GNode> nodes(VerkstadModelState state, String type) {
		return all(state.getRoot()).stream().filter(e -> e instanceof GNode && e.getType().equals(type))
				.map(GNode.class::cast).toList();
	}

	static List<GEdge> edges(VerkstadModelState state, String type) {
		return all(state.getRoot()).stream().filter(e -> e instanceof GEdge && e.getType().equals(type))
				.map(GEdge.class::cast).toList();
	}

	static GModelElement byId(VerkstadModelState state, String id) {
		return state.getIndex().get(id).orElseThrow(() -> new AssertionError("no element " + id));
	}

	/** The text of an element's first label, lines joined with spaces. */
	static String text(GModelElement element) {
		return element.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast).findFirst()
				.map(l -> l.getText().replace('\n', ' ')).orElse(null);
	}
}
