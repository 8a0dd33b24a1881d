package org.verkstad.export.svg;

import org.verkstad.diagram.layout.Box;
import org.verkstad.export.Page;

/**
 * Where a drawing goes on its page, in CSS pixels: the page's size and the scale and offset that take
 * diagram coordinates there. On paper the diagram is centred at the top within the margins, made
 * smaller when it does not fit and never larger than on screen; {@link Page#FIT} is the diagram with
 * the page's margin around it.
 */
public record Placement(double width, double height, double scale, double dx, double dy) {

	public static Placement of(Box bounds, Page page) {
		if (page == Page.FIT) {
			double m = DiagramScene.MARGIN;
			return new Placement(Math.ceil(bounds.width() + 2 * m), Math.ceil(bounds.height() + 2 * m), 1,
					m - bounds.x(), m - bounds.y());
		}
		double width = page.widthMm() * Page.PX_PER_MM;
		double height = page.heightMm() * Page.PX_PER_MM;
		double margin = Page.MARGIN_MM * Page.PX_PER_MM;
		double room = width - 2 * margin;
		double scale = Math.min(1, Math.min(room / Math.max(bounds.width(), 1), (height - 2 * margin) / Math.max(bounds.height(), 1)));
		double dx = margin + (room - bounds.width() * scale) / 2 - bounds.x() * scale;
		double dy = margin - bounds.y() * scale;
		return new Placement(width, height, scale, dx, dy);
	}
}
