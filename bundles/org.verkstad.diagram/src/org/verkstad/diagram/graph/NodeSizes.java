package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.verkstad.diagram.description.LabelMapping;
import org.verkstad.diagram.description.Layout;
import org.verkstad.diagram.description.LayoutKind;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.description.View;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.TextMetrics;

/**
 * The sizes of nodes and the texts in them: a leaf as large as its title and badges need (or as the user
 * made it), a container's title and where its children start.
 */
final class NodeSizes {

	static final double INSET = 8;
	/** The widest a name drawn under its node (a decision's question) is. */
	static final double OUTSIDE_LABEL_WIDTH = 120;
	/** The folded corner of a note: as wide as the client's {@code NoteView} draws it (at most 14). */
	private static final double NOTE_FOLD = 14;
	private static final double ICON = 16;

	private final Drawing drawing;

	NodeSizes(Drawing drawing) {
		this.drawing = drawing;
	}

	/** A leaf's size and texts: its title, lines under it, badges along its bottom, a symbol, a warning marker. */
	void measureLeaf(Item item) {
		NodeMapping m = item.mapping;
		Layout parentLayout = item.parent == null ? drawing.description.layout() : item.parent.mapping.layout();
		Box saved = drawing.boxes.get(item.id);
		boolean fixedWidth = parentLayout.is(LayoutKind.STACK) || parentLayout.is(LayoutKind.GRID) || parentLayout.is(LayoutKind.FLOW);
		double width = fixedWidth ? parentLayout.width() : saved != null && m.resizable() ? saved.width() : m.width();
		boolean outside = item.nameOutside();
		double textWidth = outside ? Math.max(OUTSIDE_LABEL_WIDTH, width) : width - 2 * INSET;
		// a note's text starts below its folded corner (the client's NoteView and the export draw it), so that
		// the first line never runs under it and no line is narrower than the others
		double top = m.view() == View.NOTE && !outside ? NOTE_FOLD : INSET;
		double y = top;
		GLabel title = null;
		boolean icon = m.details().stream().anyMatch(l -> l.view() == View.ICON);
		if (icon && !outside) {
			textWidth -= ICON + 4;
		}
		if (m.label() != null) {
			String text = drawing.texts.text(item.element, m.label());
			title = drawing.texts.label(item.id + "#label", drawing.typeOf(m.id() + ElementTypes.LABEL), text, m.label(), textWidth, 0);
			drawing.diagram.labels.put(title.getId(),
					new Diagram.LabelTarget(item.element, ModelFeatures.attribute(item.element, m.label().feature())));
			item.labels.add(title);
			y += title.getSize().getHeight();
		}
		double badgeX = INSET;
		double badgeHeight = 0;
		int index = 0;
		List<GLabel> badges = new ArrayList<>();
		for (LabelMapping detail : m.details()) {
			EStructuralFeature feature = item.element.eClass().getEStructuralFeature(detail.feature());
			String text = feature == null ? "" : drawing.texts.text(item.element, detail);
			if (text.isEmpty()) {
				continue;
			}
			String id = item.id + "#d" + index++;
			switch (detail.viewOr(View.BADGE)) {
			case ICON -> // a symbol in the top right corner, its name as the tooltip
				item.labels.add(new GLabelBuilder(drawing.typeOf(m.id() + ElementTypes.ICON)).id(id).text(text)
						.position(width - INSET - ICON, INSET).size(ICON, ICON)
						.addArgument("icon", ModelFeatures.literal(item.element, detail.feature(), true)).build());
			case TEXT -> {
				// a line of text under the title, as wide as the node
				GLabel line = drawing.texts.label(id, drawing.typeOf(m.id() + ElementTypes.TEXT), text, detail.asLine(), width - 2 * INSET, 4);
				line.setPosition(point(INSET, y + 2));
				y += 2 + line.getSize().getHeight();
				item.labels.add(line);
			}
			default -> {
				GLabel badge = drawing.texts.label(id, drawing.typeOf(m.id() + ElementTypes.DETAIL), text, detail, width, 0);
				badge.getSize().setWidth(TextMetrics.width(text, detail.size(), false) + 10);
				badge.setPosition(point(badgeX, 0));
				badgeX += badge.getSize().getWidth() + 4;
				badgeHeight = Math.max(badgeHeight, badge.getSize().getHeight());
				badges.add(badge);
			}
			}
		}
		double needed = outside ? m.height() : y + (badges.isEmpty() ? 0 : badgeHeight + 6) + INSET;
		double height = saved != null && m.resizable() ? Math.max(saved.height(), needed) : Math.max(m.height(), needed);
		if (fixedWidth) {
			height = Math.max(m.height(), needed);
		}
		item.width = width;
		item.height = height;
		if (title != null) {
			placeTitle(title, m, outside, width, height, badges.isEmpty() ? 0 : badgeHeight + 6, top);
		}
		for (GLabel badge : badges) {
			badge.getPosition().setY(height - badgeHeight - 6);
		}
		item.labels.addAll(badges);
		if (m.marker() != null && Texts.style(item.element, m.marker()) != null) {
			int count = ((Collection<?>) item.element.eGet(item.element.eClass().getEStructuralFeature(m.marker().ifAny()))).size();
			GLabel marker = drawing.texts.label(item.id + "#marker", drawing.typeOf(m.id() + ElementTypes.MARKER), "!" + count,
					LabelMapping.fixed(10, true, true, View.BADGE, "marker"), 24, 1);
			marker.setPosition(point(width - 16, -8));
			item.labels.add(marker);
		}
	}

	/** A name under its node, centred; else centred in the node above its badges, or at the top. */
	private static void placeTitle(GLabel title, NodeMapping m, boolean outside, double width, double height, double badges,
			double top) {
		if (outside) {
			title.getSize().setWidth(Texts.lineWidth(title, m.label()));
			title.setPosition(point((width - title.getSize().getWidth()) / 2, height + 4));
		} else if (m.label().centred()) {
			double area = height - badges;
			title.setPosition(point(INSET, Math.max(INSET / 2, (area - title.getSize().getHeight()) / 2)));
		} else {
			title.setPosition(point(INSET, top));
		}
	}

	/** Where a container's children start: right of a lane's title strip, under a frame's title. */
	void offsets(Item container) {
		NodeMapping m = container.mapping;
		Layout layout = m.layout();
		if (m.view() == View.LANE) {
			container.contentX = DiagramBuilder.LANE_HEADER;
			container.contentY = 0;
			title(container, DiagramBuilder.LANE_HEADER - 2 * INSET);
			return;
		}
		if (m.view() == View.FRAME) {
			// the children as far under the title band as from the frame's sides, never touching it
			container.headerHeight = INSET + title(container, Math.max(layout.width(), layout.minWidth()) - 2 * INSET) + INSET;
		}
		container.contentX = 0;
		container.contentY = container.headerHeight + layout.padding();
	}

	/** The title (and hint) labels of a container; returns their height. */
	private double title(Item container, double width) {
		if (!container.labels.isEmpty()) {
			return container.labels.stream().mapToDouble(l -> l.getPosition().getY() + l.getSize().getHeight())
					.max().orElse(0) - INSET;
		}
		NodeMapping m = container.mapping;
		LabelMapping style = m.label() != null ? m.label() : LabelMapping.title(null, false, 13, null);
		String text;
		boolean editable = false;
		if (m.isSection()) {
			text = drawing.texts.declared(m.section().title());
		} else {
			text = drawing.texts.text(container.element, style);
			editable = style.editable();
		}
		GLabel title = drawing.texts.label(container.id + "#label", drawing.typeOf(m.id() + (m.isSection() ? ElementTypes.TITLE : ElementTypes.LABEL)),
				text, LabelMapping.title(style.feature(), editable, style.size(), style.css()), width, 0);
		title.setPosition(point(INSET, INSET));
		container.labels.add(title);
		if (!m.isSection() && style.feature() != null) {
			drawing.diagram.labels.put(title.getId(),
					new Diagram.LabelTarget(container.element, ModelFeatures.attribute(container.element, style.feature())));
		}
		double height = title.getSize().getHeight();
		if (m.isSection() && m.section().hint() != null) {
			GLabel hint = drawing.texts.label(container.id + "#hint", drawing.typeOf(m.id() + ElementTypes.HINT),
					drawing.texts.declared(m.section().hint()), LabelMapping.fixed(11, false, false, null, "hint"), width, 0);
			hint.setPosition(point(INSET, INSET + height + 2));
			container.labels.add(hint);
			height += 2 + hint.getSize().getHeight();
		}
		return height;
	}

	static GPoint point(double x, double y) {
		return GraphUtil.point(x, y);
	}
}
