package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.graph.GGraph;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Layout;
import org.verkstad.diagram.description.LayoutKind;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * Interprets a {@link DiagramDescription} for one model: finds the nodes, edges and sections it declares
 * ({@link ItemFinder}), sizes them ({@link NodeSizes}), arranges them ({@link Arrangement}: the server
 * lays out, the client only draws), makes the GLSP graph ({@link GraphWriter}) and routes the flows
 * ({@link DiagramRoutes}). Positions the user gave are read from the {@link LayoutFile}; elements without
 * one are placed and the place is recorded there, so that it stays put when other elements move.
 */
public final class DiagramBuilder {

	/** Width of a lane's title strip. */
	public static final double LANE_HEADER = 170;

	/**
	 * The most elements a diagram shows (a course's largest map has a few hundred): more are refused with
	 * {@link DiagramTooLarge} rather than drawn for minutes into a picture nobody can read.
	 */
	public static final int MAX_DRAWN = 10_000;

	private final Drawing drawing;
	private final ItemFinder finder;
	private final NodeSizes sizes;

	private DiagramBuilder(DiagramDescription description, Model root, LayoutFile layout, Locale locale) {
		this.drawing = new Drawing(description, root, layout, locale);
		this.finder = new ItemFinder(drawing);
		this.sizes = new NodeSizes(drawing);
	}

	/** The diagram of a model, as the description declares it. */
	public static Diagram build(DiagramDescription description, Model root, LayoutFile layout, Locale locale) {
		int elements = ModelIO.count(root, MAX_DRAWN);
		if (elements > MAX_DRAWN) {
			throw new DiagramTooLarge(elements);
		}
		return new DiagramBuilder(description, root, layout, locale).build();
	}

	private Diagram build() {
		DiagramDescription description = drawing.description;
		finder.assignIds();
		List<Item> top = finder.topLevel();
		List<Item> all = new ArrayList<>();
		top.forEach(item -> item.flatten(all));
		all.stream().filter(i -> i.children.isEmpty() && !i.isContainer() && i.mapping.series() == null).forEach(sizes::measureLeaf);
		FreeArrangement.placeAll(all, drawing, finder, sizes);
		// containers inside out: a container's size depends on its children's
		for (int i = all.size() - 1; i >= 0; i--) {
			Item item = all.get(i);
			if (item.isContainer()) {
				if (!item.mapping.layout().is(LayoutKind.FREE)) {
					sizes.offsets(item);
				}
				arrange(item);
			}
		}
		GGraph graph = drawing.diagram.graph;
		graph.setType("graph");
		graph.getCssClasses().add("notation-" + description.notation());
		GraphWriter writer = new GraphWriter(drawing, finder);
		Item rootItem = new Item(NodeMapping.root(description.layout(), description.nodes()), drawing.root, null, drawing.rootId());
		rootItem.children.addAll(top);
		rootItem.contentY = writer.header(graph);
		arrange(rootItem);
		graph.getChildren().addAll(drawing.rootLabels);
		for (Item item : top) {
			graph.getChildren().add(writer.node(item, 0, 0));
		}
		writer.edges(graph);
		DiagramRoutes.plan(drawing.diagram, description);
		return drawing.diagram;
	}

	/** Places a container's children and sizes it around them. */
	private void arrange(Item item) {
		Layout layout = item.mapping.layout();
		Arrangement.Size size = Arrangement.of(layout.kind(), drawing).arrange(item, layout);
		item.width = Math.max(Math.max(size.width(), layout.minWidth()), item.width);
		item.height = Math.max(Math.max(size.height(), layout.minHeight()), item.height);
		if (item.children.isEmpty() && layout.is(LayoutKind.FREE)) {
			item.height = Math.max(item.height, item.mapping.height());
		}
	}
}
