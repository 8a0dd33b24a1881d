package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GEdgePlacement;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.verkstad.core.Model;
import org.verkstad.core.notation.Labels;
import org.verkstad.core.notation.Measures;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.LabelMapping;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.description.StyleRule;
import org.verkstad.diagram.description.View;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.TextMetrics;

/** The GLSP graph of the laid-out nodes: the title line, the nodes with their css classes, the edges. */
final class GraphWriter {

	/** The widest an edge's label is; longer texts are broken into lines. */
	static final double EDGE_LABEL_WIDTH = 120;
	private static final int HEADER_FONT = 16;
	/** The widest a line of the effect measures' panel is. */
	private static final double MEASURES_WIDTH = 640;

	private final Drawing drawing;
	private final ItemFinder finder;

	GraphWriter(Drawing drawing, ItemFinder finder) {
		this.drawing = drawing;
		this.finder = finder;
	}

	/** The diagram's title line: the root's name, editable, and its state (as-is, to-be) as a badge; returns its height. */
	double header(GGraph graph) {
		DiagramDescription.Header header = drawing.description.header();
		if (header == null) {
			return 0;
		}
		EObject root = drawing.root;
		EStructuralFeature feature = root.eClass().getEStructuralFeature(header.feature());
		Object name = feature == null ? null : root.eGet(feature);
		GLabel label = drawing.texts.label(drawing.rootId() + "#header", ElementTypes.header(drawing.description),
				name == null ? "" : name.toString(), LabelMapping.title(header.feature(), true, HEADER_FONT, "header"), 900, 0);
		label.setPosition(NodeSizes.point(0, 0));
		graph.getChildren().add(label);
		if (feature instanceof EAttribute attribute) {
			drawing.diagram.labels.put(label.getId(), new Diagram.LabelTarget(root, attribute));
		}
		double height = label.getSize().getHeight();
		EStructuralFeature state = header.suffix() == null ? null : root.eClass().getEStructuralFeature(header.suffix());
		if (state instanceof EAttribute attribute && root.eGet(attribute) instanceof Enumerator literal) {
			String text = Labels.literal(((EEnum) attribute.getEAttributeType()).getEEnumLiteral(literal.getName()), drawing.locale);
			GLabel badge = drawing.texts.label(drawing.rootId() + "#state", ElementTypes.headerState(drawing.description), text,
					LabelMapping.fixed(12, true, true, View.BADGE, "state-" + literal.getName()), 300, 1);
			badge.getSize().setWidth(TextMetrics.width(text, 12, true) + 16);
			badge.setPosition(NodeSizes.point(label.getSize().getWidth() + 12, (height - badge.getSize().getHeight()) / 2));
			graph.getChildren().add(badge);
		}
		if (root instanceof Model model && !model.getMeasures().isEmpty()) {
			height = measures(graph, model, height + 8);
		}
		return height + 12;
	}

	/**
	 * A model's effect measures as a small panel under the title line (a legend): a heading and a line per
	 * measure with its baseline, target, the value now and how far it has come; returns its bottom.
	 */
	private double measures(GGraph graph, Model model, double top) {
		DiagramDescription d = drawing.description;
		String id = drawing.rootId() + "#measures";
		List<GLabel> lines = new ArrayList<>();
		lines.add(drawing.texts.label(id + "#title", ElementTypes.measuresText(d), Measures.MESSAGES.get(drawing.locale,
				"measure.title"), LabelMapping.fixed(11, true, false, View.TEXT, "measures-title"), MEASURES_WIDTH, 1));
		List<Measures> measures = Measures.of(model);
		for (int i = 0; i < measures.size(); i++) {
			lines.add(drawing.texts.label(id + "#" + i, ElementTypes.measuresText(d), measures.get(i).line(drawing.locale),
					LabelMapping.fixed(11, false, false, View.TEXT, "measures-line"), MEASURES_WIDTH, 2));
		}
		double y = 6;
		double width = 0;
		for (GLabel line : lines) {
			line.setPosition(NodeSizes.point(10, y));
			y += line.getSize().getHeight() + 2;
			width = Math.max(width, line.getSize().getWidth());
		}
		GNode panel = new GNodeBuilder(ElementTypes.measures(d)).id(id).position(0, top).size(Math.ceil(width) + 20, y + 4)
				.addCssClass(View.RECT.id()).addCssClass("verkstad-measures").build();
		panel.getChildren().addAll(lines);
		graph.getChildren().add(panel);
		drawing.diagram.absolute.put(id, new Box(0, top, Math.ceil(width) + 20, y + 4));
		return top + y + 4;
	}

	/** A node with its texts and its children's nodes; records its box in diagram coordinates. */
	GNode node(Item item, double parentX, double parentY) {
		NodeMapping m = item.mapping;
		GNodeBuilder builder = new GNodeBuilder(drawing.typeOf(m.id())).id(item.id).position(item.x, item.y)
				.size(item.width, item.height).addCssClass(m.view().id());
		if (m.css() != null) {
			builder.addCssClasses(List.of(m.css().trim().split("\\s+")));
		}
		if (m.isElement()) {
			for (StyleRule rule : m.styles()) {
				String css = Texts.style(item.element, rule);
				if (css != null) {
					builder.addCssClass(css);
				}
			}
			if (m.marker() != null && Texts.style(item.element, m.marker()) != null) {
				builder.addCssClass(m.marker().css());
			}
		}
		if (m.view() == View.LANE) {
			builder.addArgument("headerWidth", DiagramBuilder.LANE_HEADER);
		}
		if (m.view() == View.FRAME) {
			builder.addArgument("headerHeight", item.headerHeight);
		}
		if (m.glyph() != null) {
			builder.addArgument("glyph", m.glyph());
		}
		if (item.points != null) {
			builder.addArgument("points", item.points);
		}
		double absX = parentX + item.x;
		double absY = parentY + item.y;
		drawing.diagram.absolute.put(item.id, new Box(absX, absY, item.width, item.height));
		GNode node = builder.build();
		node.getChildren().addAll(item.labels);
		for (Item child : item.children) {
			node.getChildren().add(node(child, absX, absY));
		}
		return node;
	}

	/** An edge for each element of each edge mapping whose ends are both drawn, with its label. */
	void edges(GGraph graph) {
		Diagram diagram = drawing.diagram;
		for (EdgeMapping e : drawing.description.edges()) {
			for (EObject edge : finder.edgeElements(e)) {
				String source = diagram.ids.get(ModelFeatures.end(edge, e.source()));
				String target = diagram.ids.get(ModelFeatures.end(edge, e.target()));
				if (source == null || target == null) {
					continue;
				}
				String id = drawing.elementIds.get(edge);
				GEdgeBuilder builder = new GEdgeBuilder(drawing.typeOf(e.id())).id(id).sourceId(source).targetId(target)
						.addCssClass(e.view().id());
				if (e.css() != null) {
					builder.addCssClasses(List.of(e.css().trim().split("\\s+")));
				}
				if (e.router() != null) {
					builder.routerKind(e.router());
				}
				if (e.label() != null) {
					builder.add(edgeLabel(edge, id, e));
				}
				graph.getChildren().add(builder.build());
				diagram.elements.put(id, edge);
				diagram.ids.put(edge, id);
				diagram.edgeMappings.put(id, e);
			}
		}
	}

	/** An edge's label, as wide as its text so that it takes no room from what is beside it, above its middle. */
	private GLabel edgeLabel(EObject edge, String id, EdgeMapping e) {
		String text = drawing.texts.text(edge, e.label());
		GLabel label = drawing.texts.label(id + "#label", drawing.typeOf(e.id() + ElementTypes.LABEL), text, e.label(), EDGE_LABEL_WIDTH, 3);
		label.getSize().setWidth(Texts.lineWidth(label, e.label()));
		GEdgePlacement placement = GraphFactory.eINSTANCE.createGEdgePlacement();
		placement.setPosition(0.5);
		placement.setSide("top");
		placement.setOffset(4.0);
		placement.setRotate(false);
		label.setEdgePlacement(placement);
		drawing.diagram.labels.put(label.getId(), new Diagram.LabelTarget(edge, ModelFeatures.attribute(edge, e.label().feature())));
		return label;
	}
}
