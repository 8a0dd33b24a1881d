package org.verkstad.export.svg;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.verkstad.core.io.Markup;
import org.verkstad.export.Page;

/**
 * Writes a drawing as a standalone SVG document. Every element keeps the page's classes and carries
 * its resolved style inline, so the file looks the same in a browser, Inkscape, Word or LibreOffice,
 * none of which has the client's style sheets.
 */
public final class SvgWriter {

	private SvgWriter() {
	}

	public static byte[] write(DiagramScene scene, Page page, String title) {
		Placement placement = Placement.of(scene.bounds(), page);
		StringBuilder out = new StringBuilder(64 * 1024);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		String width = page == Page.FIT ? SvgNode.number(placement.width()) : SvgNode.number(page.widthMm()) + "mm";
		String height = page == Page.FIT ? SvgNode.number(placement.height()) : SvgNode.number(page.heightMm()) + "mm";
		SvgNode root = scene.root();
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width).append("\" height=\"")
				.append(height).append("\" viewBox=\"0 0 ").append(SvgNode.number(placement.width())).append(' ')
				.append(SvgNode.number(placement.height())).append('"');
		classes(out, root);
		style(out, root.declared());
		out.append(">\n");
		if (title != null) {
			out.append("<title>").append(Markup.escape(title)).append("</title>\n");
		}
		out.append("<rect width=\"100%\" height=\"100%\" style=\"fill: #ffffff; stroke: none\"/>\n");
		out.append("<g transform=\"translate(").append(SvgNode.number(placement.dx())).append(',')
				.append(SvgNode.number(placement.dy())).append(") scale(").append(SvgNode.number(placement.scale())).append(")\">\n");
		for (SvgNode child : root.children()) {
			element(out, child, 1);
		}
		out.append("</g>\n</svg>\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void element(StringBuilder out, SvgNode node, int depth) {
		out.append("  ".repeat(depth)).append('<').append(node.name());
		for (Map.Entry<String, String> a : node.attributes().entrySet()) {
			out.append(' ').append(a.getKey()).append("=\"").append(Markup.escape(a.getValue())).append('"');
		}
		classes(out, node);
		style(out, node.declared());
		if (node.children().isEmpty() && node.text() == null) {
			out.append("/>\n");
			return;
		}
		out.append('>');
		if (node.text() != null) {
			out.append(Markup.escape(node.text()));
		}
		if (!node.children().isEmpty()) {
			out.append('\n');
			for (SvgNode child : node.children()) {
				element(out, child, depth + 1);
			}
			out.append("  ".repeat(depth));
		}
		out.append("</").append(node.name()).append(">\n");
	}

	private static void classes(StringBuilder out, SvgNode node) {
		if (!node.classes().isEmpty()) {
			out.append(" class=\"").append(Markup.escape(String.join(" ", node.classes()))).append('"');
		}
	}

	private static void style(StringBuilder out, Map<String, String> declared) {
		if (declared.isEmpty()) {
			return;
		}
		StringBuilder style = new StringBuilder();
		declared.forEach((k, v) -> style.append(style.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
		out.append(" style=\"").append(Markup.escape(style.toString())).append('"');
	}
}
