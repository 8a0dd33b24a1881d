package org.verkstad.diagram.graph;

import org.verkstad.diagram.description.Layout;
import org.verkstad.diagram.description.LayoutKind;

/**
 * How a container arranges its children, one implementation per {@link LayoutKind}: places them (relative
 * to the container) and says how large that makes it.
 */
interface Arrangement {

	/** The width and height the children need. */
	record Size(double width, double height) {
	}

	Size arrange(Item container, Layout layout);

	static Arrangement of(LayoutKind kind, Drawing drawing) {
		return switch (kind) {
		case FREE -> new FreeArrangement();
		case STACK -> new StackArrangement();
		case FLOW -> new FlowArrangement();
		case BANDS -> new BandsArrangement();
		case GRID -> new GridArrangement();
		case MATRIX -> new MatrixArrangement(drawing);
		case NONE -> (container, layout) -> new Size(container.width, container.height);
		};
	}
}
