package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GEdgePlacement;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Format;
import org.verkstad.diagram.DiagramMessages;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.EdgeMapping;
import org.verkstad.diagram.description.LabelMapping;
import org.verkstad.diagram.description.Layout;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.description.Section;
import org.verkstad.diagram.description.StyleRule;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.FreePlacement;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.diagram.layout.TextMetrics;

/**
 * Interprets a {@link DiagramDescription} for one model: finds the nodes, edges and sections it
 * declares, lays them out (the server lays out, the client only draws) and makes the GLSP graph.
 * Positions the user gave are read from the {@link LayoutFile}; elements without one are placed and
 * the place is recorded there, so that it stays put when other elements move.
 */
public final class DiagramBuilder {

	/** Width of a lane's title strip. */
	public static final double LANE_HEADER = 170;
	private static final double HEADER_FONT = 16;
	private static final double INSET = 8;
	/** The folded corner of a note: as wide as the client's {@code NoteView} draws it (at most 14). */
	private static final double NOTE_FOLD = 14;
	private static final double OUTSIDE_LABEL_WIDTH = 120;
	/** The widest an edge's label is; longer texts are broken into lines. */
	private static final double EDGE_LABEL_WIDTH = 120;

	private final DiagramDescription description;
	private final Model root;
	private final Map<String, Box> boxes;
	private final Locale locale;
	/** Where the model's words may be broken (its declared language, else the courses'). */
	private final Hyphenation hyphenation;
	private final Diagram diagram;
	private final Map<EObject, String> elementIds = new HashMap<>();
	/** Texts drawn on the diagram itself (a matrix's row titles). */
	private final List<GLabel> rootLabels = new ArrayList<>();

	/** A node being made: its mapping, what it stands for, its children and its box relative to its parent. */
	public static final class Item implements FreePlacement.Node {
		final NodeMapping mapping;
		final EObject element;
		final Diagram.Slot slot;
		final String id;
		final List<Item> children = new ArrayList<>();
		final List<GLabel> labels = new ArrayList<>();
		Item parent;
		double x;
		double y;
		double width;
		double height;
		double contentX;
		double contentY;
		boolean placed;
		String points;

		Item(NodeMapping mapping, EObject element, Diagram.Slot slot, String id) {
			this.mapping = mapping;
			this.element = element;
			this.slot = slot;
			this.id = id;
		}

		@Override
		public Object container() {
			return parent;
		}

		@Override
		public double originX() {
			return parent == null ? 0 : parent.contentX;
		}

		@Override
		public double originY() {
			return parent == null ? 0 : parent.contentY;
		}

		@Override
		public double width() {
			return width;
		}

		@Override
		public double height() {
			return height;
		}

		@Override
		public double x() {
			return x;
		}

		@Override
		public double y() {
			return y;
		}

		@Override
		public boolean placed() {
			return placed;
		}

		@Override
		public double below() {
			GLabel text = outsideText();
			return text == null ? 0 : text.getPosition().getY() + text.getSize().getHeight() - height;
		}

		@Override
		public double textWidth() {
			GLabel text = outsideText();
			return text == null ? 0 : text.getSize().getWidth();
		}

		/** The node's name drawn under it (a start's, an end's, a decision's), or null. */
		private GLabel outsideText() {
			if (!isOutside(mapping)) {
				return null;
			}
			return labels.stream().filter(l -> l.getId().equals(id + "#label") && l.getPosition() != null && l.getSize() != null
					&& l.getText() != null && !l.getText().isBlank()).findFirst().orElse(null);
		}

		@Override
		public void place(double newX, double newY) {
			x = newX;
			y = newY;
			placed = true;
		}
	}

	private DiagramBuilder(DiagramDescription description, Model root, LayoutFile layout, Locale locale) {
		this.description = description;
		this.root = root;
		this.boxes = layout.diagram(description.type());
		this.locale = locale;
		this.hyphenation = Hyphenation.forText(root.getMetadata() == null ? null : root.getMetadata().getLanguage(), locale);
		this.diagram = new Diagram(new GGraphBuilder().id(rootId()).build());
	}

	/** The diagram of a model, as the description declares it. */
	public static Diagram build(DiagramDescription description, Model root, LayoutFile layout, Locale locale) {
		int elements = ModelIO.count(root, MAX_DRAWN);
		if (elements > MAX_DRAWN) {
			throw new DiagramTooLarge(elements);
		}
		return new DiagramBuilder(description, root, layout, locale).build();
	}

	/**
	 * The most elements a diagram shows (a course's largest map has a few hundred): more are refused with
	 * {@link DiagramTooLarge} rather than drawn for minutes into a picture nobody can read.
	 */
	public static final int MAX_DRAWN = 10_000;

	private String rootId() {
		return description.type() + "-diagram";
	}

	private Diagram build() {
		assignIds(root);
		List<Item> top = items(description.nodes(), root, null, null);
		List<Item> all = new ArrayList<>();
		top.forEach(item -> flatten(item, all));
		all.stream().filter(i -> i.children.isEmpty() && !i.mapping.isSection() && !isContainer(i.mapping)
				&& i.mapping.series() == null).forEach(this::measureLeaf);
		placeFree(all);
		for (int i = all.size() - 1; i >= 0; i--) {
			Item item = all.get(i);
			if (item.mapping.isSection() || isContainer(item.mapping)) {
				measureContainer(item);
			}
		}
		GGraph graph = diagram.graph;
		graph.setType("graph");
		graph.getCssClasses().add("notation-" + description.notation());
		double top0 = header(graph);
		Item rootItem = new Item(new NodeMapping("root", null, null, null, "graph", 0, 0, null, null, null, null, null,
				false, false, description.layout(), description.nodes(), null, null, null), root, null, rootId());
		rootItem.children.addAll(top);
		rootItem.contentY = top0;
		arrange(rootItem);
		graph.getChildren().addAll(rootLabels);
		for (Item item : top) {
			graph.getChildren().add(node(item, 0, 0));
		}
		edges(graph);
		DiagramRoutes.plan(diagram, description);
		return diagram;
	}

	// ---- ids

	/** Ids of graphical elements: the element's own id when it is unique, else a path in the model. */
	private void assignIds(EObject object) {
		Map<String, Integer> counts = new HashMap<>();
		List<EObject> everything = new ArrayList<>();
		object.eAllContents().forEachRemaining(everything::add);
		for (EObject e : everything) {
			if (e instanceof Element element && element.getId() != null && !element.getId().isBlank()) {
				counts.merge(element.getId(), 1, Integer::sum);
			}
		}
		for (EObject e : everything) {
			String id = e instanceof Element element ? element.getId() : null;
			if (id == null || id.isBlank() || counts.get(id) > 1 || id.contains("#") || id.contains("/")) {
				id = "e" + EcoreUtil.getRelativeURIFragmentPath(object, e).replace('/', '.');
			}
			elementIds.put(e, id);
		}
	}

	// ---- which nodes there are

	private List<Item> items(List<NodeMapping> mappings, EObject owner, Section ownerSection, Item parent) {
		List<Item> result = new ArrayList<>();
		for (NodeMapping m : mappings) {
			if (m.series() != null) {
				Item chart = new Item(m, owner, null, (parent == null ? "" : parent.id + "/") + m.id());
				chart.parent = parent;
				diagram.nodeMappings.put(chart.id, m);
				result.add(chart);
				continue;
			}
			if (m.isSection()) {
				Section s = m.section();
				if (s.whenParent() != null && !s.whenValue().equals(ModelFeatures.literal(owner, s.whenParent(), true))) {
					continue;
				}
				EReference feature = ModelFeatures.reference(owner, s.feature());
				String id = (parent == null ? "" : parent.id + "/") + m.id();
				Item item = new Item(m, owner, new Diagram.Slot(owner, feature, s), id);
				item.parent = parent;
				item.children.addAll(items(m.children(), owner, s, item));
				if (s.hideEmpty() && item.children.isEmpty()) {
					continue;
				}
				register(item);
				result.add(item);
				continue;
			}
			EClass eClass = eClass(m.eClass());
			Collection<? extends EObject> candidates = ownerSection != null ? ModelFeatures.sectionContents(owner, ownerSection)
					: ModelFeatures.contents(owner, m.from());
			for (EObject element : candidates) {
				if (!eClass.isInstance(element)) {
					continue;
				}
				Diagram.Slot slot = null;
				if (!m.children().isEmpty() && m.children().get(0).from() != null) {
					slot = new Diagram.Slot(element, ModelFeatures.reference(element, m.children().get(0).from()), null);
				}
				Item item = new Item(m, element, slot, elementIds.get(element));
				item.parent = parent;
				item.children.addAll(items(m.children(), element, null, item));
				register(item);
				result.add(item);
			}
		}
		return result;
	}

	private void register(Item item) {
		diagram.nodeMappings.put(item.id, item.mapping);
		if (!item.mapping.isSection()) {
			diagram.elements.put(item.id, item.element);
			diagram.ids.put(item.element, item.id);
		}
		if (item.slot != null) {
			diagram.slots.put(item.id, item.slot);
		}
		if (item.parent != null) {
			diagram.parents.put(item.id, item.parent.id);
		}
	}

	private static void flatten(Item item, List<Item> all) {
		all.add(item);
		item.children.forEach(c -> flatten(c, all));
	}

	private boolean isContainer(NodeMapping m) {
		return !m.children().isEmpty() || m.isSection();
	}

	// ---- sizes

	private void measureLeaf(Item item) {
		NodeMapping m = item.mapping;
		Layout parentLayout = item.parent == null ? description.layout() : item.parent.mapping.layout();
		Box saved = boxes.get(item.id);
		boolean fixedWidth = parentLayout.is("stack") || parentLayout.is("grid") || parentLayout.is("flow");
		double width = fixedWidth ? parentLayout.width() : saved != null && m.resizable() ? saved.width() : m.width();
		boolean outside = isOutside(m);
		double textWidth = outside ? Math.max(OUTSIDE_LABEL_WIDTH, width) : width - 2 * INSET;
		// a note's text starts below its folded corner (the client's NoteView and the export draw it), so that
		// the first line never runs under it and no line is narrower than the others
		double top = "note".equals(m.view()) && !outside ? NOTE_FOLD : INSET;
		double y = top;
		GLabel title = null;
		boolean icon = m.details().stream().anyMatch(l -> "icon".equals(l.view()));
		if (icon && !outside) {
			textWidth -= 20;
		}
		if (m.label() != null) {
			String text = text(item.element, m.label());
			title = label(item.id + "#label", description.typeOf(m.id() + ".label"), text, m.label(), textWidth, 0);
			diagram.labels.put(title.getId(), new Diagram.LabelTarget(item.element, ModelFeatures.attribute(item.element, m.label().feature())));
			item.labels.add(title);
			y += title.getSize().getHeight();
		}
		double badgeX = INSET;
		double badgeHeight = 0;
		int index = 0;
		List<GLabel> badges = new ArrayList<>();
		for (LabelMapping detail : m.details()) {
			EStructuralFeature feature = item.element.eClass().getEStructuralFeature(detail.feature());
			String text = feature == null ? "" : text(item.element, detail);
			if (text.isEmpty()) {
				continue;
			}
			if ("icon".equals(detail.view())) {
				// a symbol in the top right corner, its name as the tooltip
				GLabel symbol = new GLabelBuilder(description.typeOf(m.id() + ".icon")).id(item.id + "#d" + index++)
						.text(text).position(width - INSET - 16, INSET).size(16, 16)
						.addArgument("icon", ModelFeatures.literal(item.element, detail.feature(), true)).build();
				item.labels.add(symbol);
				continue;
			}
			if ("text".equals(detail.view())) {
				// a line of text under the title, as wide as the node
				GLabel line = label(item.id + "#d" + index++, description.typeOf(m.id() + ".text"), text,
						new LabelMapping(detail.feature(), false, detail.size(), "start", false, null, "text", null, detail.css()),
						width - 2 * INSET, 4);
				line.setPosition(point(INSET, y + 2));
				y += 2 + line.getSize().getHeight();
				item.labels.add(line);
				continue;
			}
			GLabel badge = label(item.id + "#d" + index++, description.typeOf(m.id() + ".detail"), text, detail,
					width, 0);
			badge.getSize().setWidth(TextMetrics.width(text, detail.size(), false) + 10);
			badge.setPosition(point(badgeX, 0));
			badgeX += badge.getSize().getWidth() + 4;
			badgeHeight = Math.max(badgeHeight, badge.getSize().getHeight());
			badges.add(badge);
		}
		double needed = outside ? m.height() : y + (badges.isEmpty() ? 0 : badgeHeight + 6) + INSET;
		double height = saved != null && m.resizable() ? Math.max(saved.height(), needed) : Math.max(m.height(), needed);
		if (fixedWidth) {
			height = Math.max(m.height(), needed);
		}
		item.width = width;
		item.height = height;
		if (title != null) {
			double lh = title.getSize().getHeight();
			if (outside) {
				title.getSize().setWidth(textWidth(title, m.label()));
				title.setPosition(point((width - title.getSize().getWidth()) / 2, height + 4));
			} else if (m.label().centred()) {
				double area = height - (badges.isEmpty() ? 0 : badgeHeight + 6);
				title.setPosition(point(INSET, Math.max(INSET / 2, (area - lh) / 2)));
			} else {
				title.setPosition(point(INSET, top));
			}
		}
		for (GLabel badge : badges) {
			badge.getPosition().setY(height - badgeHeight - 6);
		}
		item.labels.addAll(badges);
		if (m.marker() != null && style(item.element, m.marker()) != null) {
			int count = ((Collection<?>) item.element.eGet(item.element.eClass().getEStructuralFeature(m.marker().ifAny()))).size();
			LabelMapping markerStyle = new LabelMapping(null, false, 10, "middle", true, null, "badge", null, "marker");
			GLabel marker = label(item.id + "#marker", description.typeOf(m.id() + ".marker"), "!" + count, markerStyle, 24, 1);
			marker.setPosition(point(width - 16, -8));
			item.labels.add(marker);
		}
	}

	private static boolean isOutside(NodeMapping m) {
		return "circle".equals(m.view()) || "diamond".equals(m.view());
	}

	/** Free containers: children where the layout file puts them; the others placed by {@link FreePlacement}. */
	private void placeFree(List<Item> all) {
		List<Item> free = new ArrayList<>();
		for (Item item : all) {
			if (item.parent != null && item.parent.mapping.layout().is("free")) {
				Box saved = boxes.get(item.id);
				if (saved != null) {
					item.place(saved.x(), saved.y());
				}
				free.add(item);
			}
		}
		for (Item container : all) {
			if (container.mapping.layout().is("free")) {
				offsets(container);
			}
		}
		if (free.stream().anyMatch(i -> !i.placed)) {
			List<FreePlacement.Flow> flows = new ArrayList<>();
			Map<EObject, Item> byElement = new HashMap<>();
			free.forEach(i -> byElement.put(i.element, i));
			for (EdgeMapping e : description.edges()) {
				for (EObject edge : edgeElements(e)) {
					Item source = byElement.get(ModelFeatures.end(edge, e.source()));
					Item target = byElement.get(ModelFeatures.end(edge, e.target()));
					if (source != null && target != null) {
						String condition = e.label() == null ? "" : text(edge, e.label());
						flows.add(new FreePlacement.Flow(source, target, condition.isBlank() ? 0
								: Math.min(EDGE_LABEL_WIDTH, TextMetrics.width(condition, e.label().size(), e.label().bold()) + 2)));
					}
				}
			}
			FreePlacement.place(free, flows);
			for (Item item : free) {
				boxes.put(item.id, new Box(item.x, item.y, item.width, item.height));
			}
		}
	}

	/** Where a container's children start: right of a lane's title strip, under a frame's title. */
	private void offsets(Item container) {
		NodeMapping m = container.mapping;
		Layout layout = m.layout();
		if ("lane".equals(m.view())) {
			container.contentX = LANE_HEADER;
			container.contentY = 0;
			title(container, LANE_HEADER - 2 * INSET);
			return;
		}
		double y = layout.padding();
		if ("frame".equals(m.view())) {
			y = INSET + title(container, Math.max(layout.width(), layout.minWidth()) - 2 * INSET) + INSET;
		}
		container.contentX = 0;
		container.contentY = y;
	}

	/** The title (and hint) labels of a container; returns their height. */
	private double title(Item container, double width) {
		if (!container.labels.isEmpty()) {
			return container.labels.stream().mapToDouble(l -> l.getPosition().getY() + l.getSize().getHeight())
					.max().orElse(0) - INSET;
		}
		NodeMapping m = container.mapping;
		LabelMapping style = m.label() != null ? m.label() : new LabelMapping(null, false, 13, "start", true, null, null, null, null);
		String text;
		boolean editable = false;
		if (m.isSection()) {
			text = DiagramMessages.MESSAGES.get(locale, m.section().title());
		} else {
			text = text(container.element, style);
			editable = style.editable();
		}
		LabelMapping titleStyle = new LabelMapping(style.feature(), editable, style.size(), "start", true, null, null, null, style.css());
		GLabel title = label(container.id + "#label", description.typeOf(m.id() + (m.isSection() ? ".title" : ".label")),
				text, titleStyle, width, 0);
		title.setPosition(point(INSET, INSET));
		container.labels.add(title);
		if (!m.isSection() && style.feature() != null) {
			diagram.labels.put(title.getId(), new Diagram.LabelTarget(container.element, ModelFeatures.attribute(container.element, style.feature())));
		}
		double height = title.getSize().getHeight();
		if (m.isSection() && m.section().hint() != null) {
			LabelMapping hintStyle = new LabelMapping(null, false, 11, "start", false, null, null, null, "hint");
			GLabel hint = label(container.id + "#hint", description.typeOf(m.id() + ".hint"),
					DiagramMessages.MESSAGES.get(locale, m.section().hint()), hintStyle, width, 0);
			hint.setPosition(point(INSET, INSET + height + 2));
			container.labels.add(hint);
			height += 2 + hint.getSize().getHeight();
		}
		return height;
	}

	private void measureContainer(Item item) {
		Layout layout = item.mapping.layout();
		if (!layout.is("free")) {
			offsets(item);
		}
		arrange(item);
	}

	/** Places a container's children and sizes it around them. */
	private void arrange(Item item) {
		Layout layout = item.mapping.layout();
		double right = 0;
		double bottom = 0;
		switch (layout.kind()) {
		case "free" -> {
			for (Item child : item.children) {
				right = Math.max(right, child.x + Math.max(child.width, outsideWidth(child)));
				bottom = Math.max(bottom, child.y + child.height + Math.max(isOutside(child.mapping) ? 16 : 0, child.below()));
			}
			right += layout.padding();
			bottom += layout.padding();
		}
		case "stack" -> {
			double y = item.contentY;
			for (Item child : item.children) {
				child.place(layout.padding(), y);
				y += child.height + layout.gap();
				right = Math.max(right, child.x + child.width);
			}
			right = Math.max(right, layout.padding() + layout.width()) + layout.padding();
			bottom = y - (item.children.isEmpty() ? 0 : layout.gap()) + layout.padding();
		}
		case "flow" -> {
			// notes of one width, left to right, wrapping at the node's width, in reading order
			double inner = Math.max(layout.minWidth(), layout.width() + 2 * layout.padding()) - 2 * layout.padding();
			int perRow = Math.max(1, (int) ((inner + layout.gap()) / (layout.width() + layout.gap())));
			double y = item.contentY;
			double rowHeight = 0;
			for (int i = 0; i < item.children.size(); i++) {
				Item child = item.children.get(i);
				if (i > 0 && i % perRow == 0) {
					y += rowHeight + layout.gap();
					rowHeight = 0;
				}
				child.place(layout.padding() + (i % perRow) * (layout.width() + layout.gap()), y);
				rowHeight = Math.max(rowHeight, child.height);
				right = Math.max(right, child.x + child.width);
			}
			right = Math.max(right + layout.padding(), layout.minWidth());
			bottom = y + rowHeight + layout.padding();
		}
		case "matrix" -> {
			double[] size = matrix(item, layout);
			right = size[0];
			bottom = size[1];
		}
		case "bands" -> {
			double y = item.contentY;
			double width = item.children.stream().mapToDouble(c -> c.width).max().orElse(0);
			for (Item child : item.children) {
				child.place(item.contentX, y);
				child.width = Math.max(width, layout.minWidth());
				y += child.height + layout.gap();
			}
			right = item.contentX + Math.max(width, layout.minWidth());
			bottom = y;
		}
		case "grid" -> {
			int columns = layout.columnCount();
			List<Double> widths = new ArrayList<>();
			List<Double> heights = new ArrayList<>();
			for (int i = 0; i < item.children.size(); i++) {
				Item child = item.children.get(i);
				int col = i % columns;
				int row = i / columns;
				while (widths.size() <= col) {
					widths.add(0.0);
				}
				while (heights.size() <= row) {
					heights.add(0.0);
				}
				widths.set(col, Math.max(widths.get(col), child.width));
				heights.set(row, Math.max(heights.get(row), child.height));
			}
			double y = item.contentY + layout.padding();
			for (int row = 0; row < heights.size(); row++) {
				double x = item.contentX + layout.padding();
				for (int col = 0; col < columns && row * columns + col < item.children.size(); col++) {
					Item child = item.children.get(row * columns + col);
					child.place(x, y);
					child.width = widths.get(col);
					child.height = heights.get(row);
					x += widths.get(col) + layout.gap();
				}
				right = Math.max(right, x - layout.gap());
				y += heights.get(row) + layout.gap();
			}
			right += layout.padding();
			bottom = y - (heights.isEmpty() ? 0 : layout.gap()) + layout.padding();
		}
		default -> {
			right = item.width;
			bottom = item.height;
		}
		}
		item.width = Math.max(Math.max(right, layout.minWidth()), item.width);
		item.height = Math.max(Math.max(bottom, layout.minHeight()), item.height);
		if (item.children.isEmpty() && layout.is("free")) {
			item.height = Math.max(item.height, item.mapping.height());
		}
	}

	/**
	 * A matrix: the elements of the column mapping side by side, their sections lined up as rows (each row
	 * as high as its highest cell) with the row titles on the left; the other elements (a persona) in a
	 * column before it, and a curve (the emotion curve) in a band under the column titles, through the
	 * columns' values. Returns the width and height.
	 */
	private double[] matrix(Item root, Layout layout) {
		List<Item> columns = root.children.stream().filter(c -> c.mapping.id().equals(layout.columns())).toList();
		List<Item> curves = root.children.stream().filter(c -> c.mapping.series() != null).toList();
		List<Item> side = root.children.stream().filter(c -> !columns.contains(c) && !curves.contains(c)).toList();
		double y0 = root.contentY;
		double sideWidth = 0;
		double sideY = y0;
		for (Item s : side) {
			s.place(0, sideY);
			sideY += s.height + layout.gap();
			sideWidth = Math.max(sideWidth, s.width + 2 * layout.gap());
		}
		double titleWidth = 150;
		double x0 = sideWidth + titleWidth;
		double header = columns.stream().mapToDouble(c -> c.contentY).max().orElse(40);
		double curveHeight = curves.isEmpty() ? 0 : 110;
		int rows = columns.stream().mapToInt(c -> c.children.size()).max().orElse(0);
		double[] heights = new double[rows];
		for (Item column : columns) {
			for (int i = 0; i < column.children.size(); i++) {
				heights[i] = Math.max(heights[i], column.children.get(i).height);
			}
		}
		double bottom = y0 + header + curveHeight;
		for (int k = 0; k < columns.size(); k++) {
			Item column = columns.get(k);
			column.place(x0 + k * (layout.width() + layout.gap()), y0);
			double y = header + curveHeight;
			for (int i = 0; i < column.children.size(); i++) {
				Item cell = column.children.get(i);
				cell.place(0, y);
				cell.width = layout.width();
				cell.height = heights[i];
				y += heights[i] + 4;
			}
			column.width = layout.width();
			column.height = y;
			bottom = Math.max(bottom, y0 + y);
		}
		if (!columns.isEmpty()) {
			Item first = columns.get(0);
			double y = y0 + header + curveHeight;
			for (int i = 0; i < first.children.size(); i++) {
				NodeMapping m = first.children.get(i).mapping;
				String text = m.isSection() ? DiagramMessages.MESSAGES.get(locale, m.section().title()) : m.id();
				GLabel title = label(rootId() + "#row-" + m.id(), description.type() + ":rowtitle", text,
						new LabelMapping(null, false, 12, "start", true, null, "text", null, "row-title"), titleWidth - 16, 3);
				title.setPosition(point(sideWidth + 4, y + 6));
				rootLabels.add(title);
				y += heights[i] + 4;
			}
		}
		double right = columns.isEmpty() ? x0 : x0 + columns.size() * (layout.width() + layout.gap()) - layout.gap();
		for (Item curve : curves) {
			curve.place(x0, y0 + header);
			curve.width = Math.max(right - x0, 1);
			curve.height = curveHeight;
			String[] series = curve.mapping.series().split("\\s+");
			double min = Double.parseDouble(series[1]);
			double max = Double.parseDouble(series[2]);
			StringBuilder points = new StringBuilder();
			for (int k = 0; k < columns.size(); k++) {
				Object value = columns.get(k).element.eGet(columns.get(k).element.eClass().getEStructuralFeature(series[0]));
				if (value instanceof Number number) {
					double share = (Math.max(min, Math.min(max, number.doubleValue())) - min) / (max - min);
					double px = k * (layout.width() + layout.gap()) + layout.width() / 2;
					double py = 12 + (1 - share) * (curveHeight - 24);
					points.append(points.length() == 0 ? "" : " ").append(Math.round(px)).append(',').append(Math.round(py));
				}
			}
			curve.points = points.toString();
			if (!columns.isEmpty()) {
				GLabel title = label(rootId() + "#row-" + curve.mapping.id(), description.type() + ":rowtitle",
						DiagramMessages.MESSAGES.get(locale, "row." + curve.mapping.id()),
						new LabelMapping(null, false, 12, "start", true, null, "text", null, "row-title"), titleWidth - 16, 3);
				title.setPosition(point(sideWidth + 4, y0 + header + 6));
				rootLabels.add(title);
			}
		}
		return new double[] { Math.max(right, sideWidth), Math.max(bottom, sideY) };
	}

	private static double outsideWidth(Item child) {
		return isOutside(child.mapping) ? (OUTSIDE_LABEL_WIDTH + child.width) / 2 : child.width;
	}

	/** The diagram's title line: the root's name, editable, and its state (as-is, to-be) as a badge. */
	private double header(GGraph graph) {
		DiagramDescription.Header header = description.header();
		if (header == null) {
			return 0;
		}
		EStructuralFeature feature = root.eClass().getEStructuralFeature(header.feature());
		Object name = feature == null ? null : root.eGet(feature);
		LabelMapping style = new LabelMapping(header.feature(), true, (int) HEADER_FONT, "start", true, null, null, null, "header");
		GLabel label = label(rootId() + "#header", description.type() + ":header", name == null ? "" : name.toString(),
				style, 900, 0);
		label.setPosition(point(0, 0));
		graph.getChildren().add(label);
		if (feature instanceof EAttribute attribute) {
			diagram.labels.put(label.getId(), new Diagram.LabelTarget(root, attribute));
		}
		double height = label.getSize().getHeight();
		if (header.suffix() != null) {
			Object value = root.eGet(root.eClass().getEStructuralFeature(header.suffix()));
			if (value instanceof Enumerator literal) {
				LabelMapping badgeStyle = new LabelMapping(null, false, 12, "middle", true, null, "badge", null,
						"state-" + literal.getName());
				String text = DiagramMessages.MESSAGES.get(locale, header.prefix() + literal.getName());
				GLabel badge = label(rootId() + "#state", description.type() + ":header.state", text, badgeStyle, 300, 1);
				badge.getSize().setWidth(TextMetrics.width(text, 12, true) + 16);
				badge.setPosition(point(label.getSize().getWidth() + 12, (height - badge.getSize().getHeight()) / 2));
				graph.getChildren().add(badge);
			}
		}
		return height + 12;
	}

	// ---- the graph

	private GNode node(Item item, double parentX, double parentY) {
		NodeMapping m = item.mapping;
		GNodeBuilder builder = new GNodeBuilder(description.typeOf(m.id())).id(item.id).position(item.x, item.y)
				.size(item.width, item.height).addCssClass(m.view());
		if (m.css() != null) {
			builder.addCssClasses(List.of(m.css().trim().split("\\s+")));
		}
		if (!m.isSection() && m.series() == null) {
			for (StyleRule rule : m.styles()) {
				String css = style(item.element, rule);
				if (css != null) {
					builder.addCssClass(css);
				}
			}
			if (m.marker() != null && style(item.element, m.marker()) != null) {
				builder.addCssClass(m.marker().css());
			}
		}
		if ("lane".equals(m.view())) {
			builder.addArgument("headerWidth", LANE_HEADER);
		}
		if ("frame".equals(m.view())) {
			builder.addArgument("headerHeight", item.contentY);
		}
		if (item.points != null) {
			builder.addArgument("points", item.points);
		}
		double absX = parentX + item.x;
		double absY = parentY + item.y;
		diagram.absolute.put(item.id, new Box(absX, absY, item.width, item.height));
		GNode node = builder.build();
		node.getChildren().addAll(item.labels);
		for (Item child : item.children) {
			node.getChildren().add(node(child, absX, absY));
		}
		return node;
	}

	private void edges(GGraph graph) {
		for (EdgeMapping e : description.edges()) {
			for (EObject edge : edgeElements(e)) {
				String source = diagram.ids.get(ModelFeatures.end(edge, e.source()));
				String target = diagram.ids.get(ModelFeatures.end(edge, e.target()));
				if (source == null || target == null) {
					continue;
				}
				String id = elementIds.get(edge);
				GEdgeBuilder builder = new GEdgeBuilder(description.typeOf(e.id())).id(id).sourceId(source)
						.targetId(target).addCssClass(e.view());
				if (e.css() != null) {
					builder.addCssClasses(List.of(e.css().trim().split("\\s+")));
				}
				if (e.router() != null) {
					builder.routerKind(e.router());
				}
				if (e.label() != null) {
					String text = text(edge, e.label());
					GLabel label = label(id + "#label", description.typeOf(e.id() + ".label"), text, e.label(), EDGE_LABEL_WIDTH, 3);
					// as wide as its text, so that it takes no room from what is beside it
					label.getSize().setWidth(textWidth(label, e.label()));
					GEdgePlacement placement = GraphFactory.eINSTANCE.createGEdgePlacement();
					placement.setPosition(0.5);
					placement.setSide("top");
					placement.setOffset(4.0);
					placement.setRotate(false);
					label.setEdgePlacement(placement);
					builder.add(label);
					diagram.labels.put(label.getId(), new Diagram.LabelTarget(edge, ModelFeatures.attribute(edge, e.label().feature())));
				}
				graph.getChildren().add(builder.build());
				diagram.elements.put(id, edge);
				diagram.ids.put(edge, id);
				diagram.edgeMappings.put(id, e);
			}
		}
	}

	/** The elements an edge mapping draws, wherever in the model they are. */
	private List<EObject> edgeElements(EdgeMapping e) {
		EClass eClass = eClass(e.eClass());
		List<EObject> result = new ArrayList<>();
		List<EObject> owners = new ArrayList<>();
		owners.add(root);
		root.eAllContents().forEachRemaining(owners::add);
		for (EObject owner : owners) {
			EStructuralFeature feature = owner.eClass().getEStructuralFeature(e.from());
			if (feature instanceof EReference ref && ref.isContainment()) {
				for (EObject value : ModelFeatures.contents(owner, e.from())) {
					if (eClass.isInstance(value)) {
						result.add(value);
					}
				}
			}
		}
		return result;
	}

	// ---- labels and values

	private GLabel label(String id, String type, String text, LabelMapping style, double maxWidth, int maxLines) {
		double size = style.size();
		List<String> lines = TextMetrics.wrap(text, size, style.bold(), Math.max(20, maxWidth), maxLines, hyphenation);
		double lineHeight = TextMetrics.lineHeight(size);
		double width = lines.stream().mapToDouble(l -> TextMetrics.width(l, size, style.bold())).max().orElse(0);
		GLabelBuilder builder = new GLabelBuilder(type).id(id).text(String.join("\n", lines))
				.size(style.centred() ? maxWidth : Math.ceil(width), lines.size() * lineHeight)
				.addArgument("align", style.centred() ? "middle" : "start").addArgument("fontSize", size)
				.addArgument("lineHeight", lineHeight);
		if (style.bold()) {
			builder.addCssClass("bold");
		}
		if (style.css() != null) {
			builder.addCssClasses(List.of(style.css().trim().split("\\s+")));
		}
		return builder.build();
	}

	/** The width of a label's longest line (px, rounded up). */
	private static double textWidth(GLabel label, LabelMapping style) {
		double width = 0;
		for (String line : label.getText().split("\n", -1)) {
			width = Math.max(width, TextMetrics.width(line, style.size(), style.bold()));
		}
		return Math.ceil(width);
	}

	private String text(EObject element, LabelMapping style) {
		if (element == null || style.feature() == null) {
			return "";
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature(style.feature());
		Object value = feature == null ? null : element.eGet(feature);
		if (value == null) {
			return "";
		}
		String format = style.format() == null ? "text" : style.format();
		return switch (format) {
		case "minutes" -> Format.minutes(((Number) value).doubleValue(), locale);
		case "money" -> Format.number(((Number) value).doubleValue(), locale) + " " + currency();
		case "number" -> Format.number(((Number) value).doubleValue(), locale);
		case "quote" -> ("sv".equals(locale.getLanguage()) ? "\u201d" : "\u201c") + value + "\u201d";
		case "names" -> ((Collection<?>) value).stream().filter(Element.class::isInstance).map(Element.class::cast)
				.map(e -> e.getName() == null ? e.getId() : e.getName()).collect(java.util.stream.Collectors.joining(", "));
		case "enum" -> DiagramMessages.MESSAGES.get(locale,
				((EAttribute) feature).getEAttributeType().getName() + "." + ((Enumerator) value).getName());
		default -> String.valueOf(value);
		};
	}

	private String currency() {
		EStructuralFeature feature = root.eClass().getEStructuralFeature("currency");
		Object value = feature == null ? null : root.eGet(feature);
		return value == null ? DiagramMessages.MESSAGES.get(locale, "currency.default") : value.toString();
	}

	private String style(EObject element, StyleRule rule) {
		if (rule.ifAny() != null) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(rule.ifAny());
			return feature != null && !((Collection<?>) element.eGet(feature)).isEmpty() ? rule.css() : null;
		}
		if (rule.hash() != null) {
			Object value = ModelFeatures.literal(element, rule.hash(), false);
			return value == null ? rule.prefix() + "none" : rule.prefix() + Math.floorMod(value.hashCode(), 8);
		}
		Object value = ModelFeatures.literal(element, rule.feature(), rule.defaults());
		return value == null ? null : rule.prefix() + value;
	}

	private EClass eClass(String name) {
		return ModelFeatures.eClass(root, name);
	}

	private static org.eclipse.glsp.graph.GPoint point(double x, double y) {
		return org.eclipse.glsp.graph.util.GraphUtil.point(x, y);
	}

}
