package org.verkstad.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.graph.DiagramTooLarge;
import org.verkstad.export.svg.DiagramScene;
import org.verkstad.export.svg.Java2DCanvas;
import org.verkstad.export.svg.Placement;
import org.verkstad.export.svg.SvgPainter;
import org.verkstad.export.svg.SvgWriter;

/**
 * Diagrams of model files as SVG, PNG or PDF, without a display or a browser: each diagram is drawn
 * from the model and its saved layout as the editor draws it ({@link DiagramScene}), then written
 * ({@link SvgWriter}) or painted ({@link SvgPainter}) on an image or a PDF page ({@link PdfCanvas}).
 * <p>
 * File names: the notation's main diagram is {@code <model file>.<format>}, any other diagram of the
 * file {@code <model file>.<diagram>.<format>} (e.g. {@code bibliotek.swot.tows.svg}); a PDF holds all
 * diagrams of a file, one per page, in {@code <model file>.pdf}.
 */
public final class DiagramExport {

	/** The largest image drawn, in pixels (about 400 MB of memory). */
	public static final long MAX_PIXELS = 100_000_000L;
	public static final int MIN_DPI = 72;
	public static final int MAX_DPI = 600;

	/** One diagram of a model file, drawn. */
	public record Drawing(Path file, DiagramDescription description, String title, DiagramScene scene) {
	}

	private DiagramExport() {
	}

	/** Every diagram of a model file, read from disk. */
	public static List<Drawing> draw(Path file, Locale locale) throws ModelFileException, ExportException {
		return draw(file, ModelIO.load(ModelIO.newResourceSet(), file), locale);
	}

	/** Every diagram of a model (read from {@code file}, or an editor's text of it), with the file's saved layout. */
	public static List<Drawing> draw(Path file, Model model, Locale locale) throws ExportException {
		return draw(file, model, Map.of(), locale);
	}

	/**
	 * The same, where {@code shown} (by diagram type, as an editor's diagrams show them now, unsaved
	 * moves included) replaces the saved layout of those diagrams.
	 */
	public static List<Drawing> draw(Path file, Model model, Map<String, Map<String, Box>> shown, Locale locale)
			throws ExportException {
		try {
			return drawings(file, model, shown, locale);
		} catch (DiagramTooLarge e) {
			throw new ExportException(file, "export.notDrawn", e, e.message(locale));
		}
	}

	private static List<Drawing> drawings(Path file, Model model, Map<String, Map<String, Box>> shown, Locale locale) {
		LayoutFile layout = LayoutFile.read(file);
		shown.forEach((type, boxes) -> {
			layout.diagram(type).clear();
			layout.diagram(type).putAll(boxes);
		});
		List<Drawing> drawings = new ArrayList<>();
		// the descriptions of the model's notation, the main one first (a text file and its XMI form alike)
		for (DiagramDescription description : Descriptions.all()) {
			if (!model.eClass().getName().equals(description.rootClass())) {
				continue;
			}
			DiagramScene scene = DiagramScene.of(DiagramBuilder.build(description, model, layout, locale), description);
			String title = file.getFileName() + " \u2013 " + description.name(locale);
			drawings.add(new Drawing(file, description, title, scene));
		}
		return drawings;
	}

	public static byte[] svg(Drawing drawing, Page page) {
		return SvgWriter.write(drawing.scene(), page, drawing.title());
	}

	/** A PNG of {@code dpi} pixels per inch of paper (per 96 px of the diagram with {@link Page#FIT}). */
	public static byte[] png(Drawing drawing, Page page, int dpi) throws ExportException {
		Placement placement = Placement.of(drawing.scene().bounds(), page);
		double scale = dpi / 96.0;
		int width = (int) Math.ceil(placement.width() * scale);
		int height = (int) Math.ceil(placement.height() * scale);
		if ((long) width * height > MAX_PIXELS) {
			throw new ExportException(drawing.file(), "export.tooLarge", null, width, height, dpi);
		}
		BufferedImage image = new BufferedImage(Math.max(width, 1), Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.scale(scale, scale);
			SvgPainter.paint(new Java2DCanvas(g), drawing.scene(), placement);
		} finally {
			g.dispose();
		}
		try {
			return encodePng(image, dpi);
		} catch (IOException e) {
			throw new ExportException(drawing.file(), "export.writeError", e, String.valueOf(e.getMessage()));
		}
	}

	/** The diagrams as one PDF, a page each, text as text in the embedded diagram font. */
	public static byte[] pdf(List<Drawing> drawings, Page page) throws ExportException {
		try (PDDocument document = new PDDocument()) {
			PdfPages pages = new PdfPages(document);
			for (Drawing drawing : drawings) {
				pages.add(drawing.scene(), page, drawing.title());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			Path file = drawings.isEmpty() ? null : drawings.get(0).file();
			throw new ExportException(file, "export.writeError", e, String.valueOf(e.getMessage()));
		}
	}

	/**
	 * Exports every diagram of a model file into {@code outDir} (created if needed), each file written
	 * atomically; returns the files written.
	 */
	public static List<Path> export(Path file, Model model, ExportFormat format, Page page, int dpi, Path outDir,
			Locale locale) throws ExportException {
		return export(file, model, Map.of(), format, page, dpi, outDir, locale);
	}

	/** The same, with the diagrams' boxes as an editor shows them (see {@link #draw(Path, Model, Map, Locale)}). */
	public static List<Path> export(Path file, Model model, Map<String, Map<String, Box>> shown, ExportFormat format,
			Page page, int dpi, Path outDir, Locale locale) throws ExportException {
		List<Drawing> drawings = draw(file, model, shown, locale);
		if (drawings.isEmpty()) {
			throw new ExportException(file, "export.noDiagram", null);
		}
		List<Path> written = new ArrayList<>();
		if (format == ExportFormat.PDF) {
			written.add(write(outDir.resolve(file.getFileName() + ".pdf"), pdf(drawings, page), file));
			return written;
		}
		for (int i = 0; i < drawings.size(); i++) {
			Drawing drawing = drawings.get(i);
			String name = file.getFileName() + (i == 0 ? "" : "." + drawing.description().type()) + "." + format.extension();
			byte[] content = format == ExportFormat.SVG ? svg(drawing, page) : png(drawing, page, dpi);
			written.add(write(outDir.resolve(name), content, file));
		}
		return written;
	}

	private static Path write(Path target, byte[] content, Path source) throws ExportException {
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			AtomicFiles.write(target, content);
			return target;
		} catch (IOException e) {
			throw new ExportException(source, "export.cannotWrite", e, target, String.valueOf(e.getMessage()));
		}
	}

	/** PNG with its resolution recorded (pHYs), so that a word processor places it at its size on paper. */
	private static byte[] encodePng(BufferedImage image, int dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
			String pixelsPerMetre = Integer.toString((int) Math.round(dpi / 0.0254));
			IIOMetadataNode phys = new IIOMetadataNode("pHYs");
			phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
			phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
			phys.setAttribute("unitSpecifier", "meter");
			IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
			root.appendChild(phys);
			metadata.mergeTree("javax_imageio_png_1.0", root);
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
			out.flush();
			return bytes.toByteArray();
		} finally {
			writer.dispose();
		}
	}

}
