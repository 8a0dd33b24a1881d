package org.verkstad.export;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.verkstad.export.svg.DiagramScene;
import org.verkstad.export.svg.Placement;
import org.verkstad.export.svg.SvgPainter;

/** Diagrams as pages of a PDF document, drawn as vectors with their text as text ({@link PdfCanvas}). */
public final class PdfPages {

	/** PDF points per CSS pixel. */
	public static final float PT_PER_PX = 72f / 96f;

	private final PDDocument document;
	private final PdfCanvas.Fonts fonts;

	public PdfPages(PDDocument document) {
		this.document = document;
		this.fonts = new PdfCanvas.Fonts(document);
	}

	public PdfCanvas.Fonts fonts() {
		return fonts;
	}

	/** A new page of the paper's size holding the diagram. */
	public PDPage add(DiagramScene scene, Page paper, String title) throws IOException {
		Placement placement = Placement.of(scene.bounds(), paper);
		float height = (float) placement.height() * PT_PER_PX;
		PDPage page = new PDPage(new PDRectangle((float) placement.width() * PT_PER_PX, height));
		document.addPage(page);
		if (title != null && document.getDocumentInformation().getTitle() == null) {
			document.getDocumentInformation().setTitle(title);
		}
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			draw(content, scene, placement, PdfCanvas.pageTransform(height, 0, 0, 1));
		}
		return page;
	}

	/** Draws a diagram in a content stream; {@code base} takes the placement's CSS pixels to the page. */
	public void draw(PDPageContentStream content, DiagramScene scene, Placement placement,
			AffineTransform base) throws IOException {
		try {
			SvgPainter.paint(new PdfCanvas(content, base, fonts), scene, placement);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
