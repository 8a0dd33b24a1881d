package org.verkstad.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.ExportFormat;
import org.verkstad.export.Page;
import org.verkstad.testsupport.Examples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Diagrams exported headless as SVG, PNG and PDF, checked the way their readers see them. */
class DiagramExportTest {

	private static final Locale SV = Locale.forLanguageTag("sv");

	@TempDir
	Path dir;

	/** Samples for looking at, kept under target/. */
	private static final Path SAMPLES = Path.of("target", "export-samples");

	@Test
	void aModelTooLargeToDrawIsRefusedWithAMessageAndNothingIsWritten() throws Exception {
		Path file = dir.resolve("stor.swot");
		StringBuilder text = new StringBuilder("swot stor \"Stor SWOT\" {\n\tstrengths {\n");
		for (int i = 0; i < 10_001; i++) {
			text.append("\t\titem s").append(i).append(" \"Punkt ").append(i).append("\"\n");
		}
		Files.writeString(file, text.append("\t}\n}\n"));
		Model model = ModelIO.load(file);
		ExportException e = assertThrows(ExportException.class,
				() -> DiagramExport.export(file, model, ExportFormat.SVG, Page.FIT, 96, dir, SV));
		assertEquals("export.notDrawn", e.key());
		// (the number as the language writes it: "10 000" with a no-break space, "10,000")
		assertTrue(e.message(SV).matches("stor\\.swot: Modellen har fler än 10\\W000 element, .*"), e.message(SV));
		ExportException english = assertThrows(ExportException.class,
				() -> DiagramExport.export(file, model, ExportFormat.SVG, Page.FIT, 96, dir, Locale.ENGLISH));
		assertTrue(english.message(Locale.ENGLISH).startsWith("stor.swot: The model has more than 10,000 elements, more than a diagram shows"),
				english.message(Locale.ENGLISH));
		try (var files = Files.list(dir)) {
			assertEquals(List.of("stor.swot"), files.map(f -> f.getFileName().toString()).toList(), "nothing half-drawn written");
		}
	}

	@Test
	void everyExampleBecomesSvgPngAndPdfFilesNamedAfterItsDiagrams() throws Exception {
		Examples.copyTo(dir);
		Path out = dir.resolve("out");
		for (Path file : Examples.models()) {
			Path copy = dir.resolve(file.getFileName());
			Model model = ModelIO.load(copy);
			for (ExportFormat format : ExportFormat.values()) {
				List<Path> written = DiagramExport.export(copy, model, format, Page.A4_LANDSCAPE, 96, out, SV);
				assertFalse(written.isEmpty(), copy + " " + format);
				for (Path w : written) {
					assertTrue(Files.size(w) > 500, w + " has content");
					assertTrue(w.getFileName().toString().startsWith(copy.getFileName().toString()), w.toString());
				}
			}
		}
		assertTrue(Files.isRegularFile(out.resolve("bibliotek.swot.svg")));
		assertTrue(Files.isRegularFile(out.resolve("bibliotek.swot.tows.svg")), "the second diagram of a SWOT file");
		try (PDDocument pdf = Loader.loadPDF(out.resolve("bibliotek.swot.pdf").toFile())) {
			assertEquals(2, pdf.getNumberOfPages(), "SWOT and TOWS, a page each");
		}
	}

	@Test
	void svgHasThePagesStructureAndStylesInline() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bygglov-nulage.process");
		Drawing drawing = DiagramExport.draw(file, SV).get(0);
		byte[] svg = DiagramExport.svg(drawing, Page.FIT);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve("bygglov-nulage.process.svg"), svg);
		Document doc = parse(svg);
		Element root = doc.getDocumentElement();
		assertEquals("svg", root.getTagName());
		assertTrue(root.getAttribute("class").contains("notation-process"));
		Model model = ModelIO.load(file);
		int activities = count(model, "Activity");
		int flows = count(model, "SequenceFlow");
		int lanes = count(model, "Lane");
		assertEquals(activities, doc.getDocumentElement().getElementsByTagName("g").getLength() == 0 ? -1
				: withClassPrefix(doc, "g", "value-").size(), "a group per activity, with its value class");
		assertTrue(withClass(doc, "g", "verkstad-lane").size() >= lanes, "a band per lane");
		assertEquals(flows, withClass(doc, "g", "sprotty-edge").size(), "a flow per flow");
		assertEquals(flows, withClass(doc, "path", "arrow").size(), "an arrow head per flow");
		// the process sheet's colour of waste, resolved into the element's own style
		Element waste = withClass(doc, "g", "value-waste").get(0);
		Element shape = firstChild(waste, "path");
		assertTrue(shape.getAttribute("style").contains("fill: #f8cfcf"), shape.getAttribute("style"));
		// the text sheet's font and the view's size
		Element text = (Element) doc.getElementsByTagName("text").item(0);
		assertTrue(text.getAttribute("style").contains("DejaVu Sans"), text.getAttribute("style"));
		assertTrue(text.getAttribute("style").contains("font-size: "), text.getAttribute("style"));
		assertTrue(new String(svg, java.nio.charset.StandardCharsets.UTF_8).contains("Ansökan om bygglov – nuläge"));
	}

	/**
	 * Each notation's colours as the editor shows them: the page gives an element's view the part of its
	 * type after the colon as a class ({@code swot:strengths} → {@code strengths}), which the notations'
	 * sheets colour by; the export used to leave it out, so quadrants, notes and columns were white.
	 */
	@ParameterizedTest
	@CsvSource({
			"bibliotek.swot, strengths, rect, verkstad-frame-header, fill: #d7f0d0",
			"bibliotek.swot, item, path, sprotty-node, fill: #fff6a3",
			"bygga-hus-bygglov.journey, pain, path, sprotty-node, fill: #ffcdd2",
			"bygga-hus-bygglov.journey, phase, rect, verkstad-frame-header, fill: #37474f",
			"handlaggare-umea.boxes, box-forget, rect, verkstad-frame-header, fill: #f8d9cf",
			"bygglov-nulage.process, end, circle, sprotty-node, stroke-width: 3.5px" })
	void theExportHasTheEditorsColours(String name, String type, String tag, String shapeClass, String style)
			throws Exception {
		Path file = Examples.copyTo(dir).resolve(name);
		Document doc = parse(DiagramExport.svg(DiagramExport.draw(file, SV).get(0), Page.FIT));
		List<Element> groups = withClass(doc, "g", type);
		assertFalse(groups.isEmpty(), "a view of the type " + type);
		for (Element group : groups) {
			List<Element> shapes = new ArrayList<>();
			for (var n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e && e.getTagName().equals(tag)
						&& List.of(e.getAttribute("class").split(" ")).contains(shapeClass)) {
					shapes.add(e);
				}
			}
			assertEquals(1, shapes.size(), group.getAttribute("id"));
			assertTrue(shapes.get(0).getAttribute("style").contains(style), group.getAttribute("id") + ": "
					+ shapes.get(0).getAttribute("style"));
		}
	}

	/**
	 * The SVG of every diagram type, each of an example, against the files in {@code golden/}: the element
	 * structure (names, ids, classes, nesting, text) and every coordinate and style. A file's first diagram
	 * is {@code <file>.svg}, the others {@code <file>.<type>.svg} (a SWOT's TOWS). After an intended change,
	 * run with {@code VERKSTAD_GOLDEN_UPDATE=1} in the environment and review the difference in git.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "handlaggare-umea.boxes", "bygglov-malbild.process", "bygga-hus-bygglov.journey", "bibliotek.swot" })
	void svgIsTheGoldenOne(String name) throws Exception {
		Path file = Examples.copyTo(dir).resolve(name);
		List<Drawing> drawings = DiagramExport.draw(file, SV);
		for (int i = 0; i < drawings.size(); i++) {
			String svg = new String(DiagramExport.svg(drawings.get(i), Page.FIT), StandardCharsets.UTF_8);
			Path golden = Path.of("golden", name + (i == 0 ? "" : "." + drawings.get(i).description().type()) + ".svg");
			if ("1".equals(System.getenv("VERKSTAD_GOLDEN_UPDATE"))) {
				Files.writeString(golden, svg);
			}
			String expected = Files.readString(golden);
			if (!expected.equals(svg)) {
				String[] a = expected.split("\n");
				String[] b = svg.split("\n");
				int line = 0;
				while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
					line++;
				}
				assertEquals(line < a.length ? a[line] : "(end)", line < b.length ? b[line] : "(end)",
						golden + " differs first at line " + (line + 1));
			}
		}
	}

	@Test
	void pdfTextIsTextWithSwedishLettersAndTheFontEmbedded() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bygglov-nulage.process");
		List<Drawing> drawings = DiagramExport.draw(file, SV);
		byte[] pdf = DiagramExport.pdf(drawings, Page.A4_LANDSCAPE);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve("bygglov-nulage.process.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			List<String> missing = new ArrayList<>();
			List<String> lines = new ArrayList<>();
			tspans(drawings.get(0).scene().root(), lines);
			for (String line : lines) {
				if (!text.replaceAll("\\s+", " ").contains(line.replaceAll("\\s+", " ").trim())) {
					missing.add(line);
				}
			}
			assertTrue(lines.size() > 50, "the map's lines of text: " + lines.size());
			assertTrue(missing.isEmpty(), "lines of the diagram not in the PDF's text: " + missing);
			assertTrue(text.contains("Ansökan om bygglov – nuläge"), text);
			assertTrue(text.contains("Kundtjänst"), text);
			var page = document.getPage(0);
			assertEquals(297, page.getMediaBox().getWidth() / 72 * 25.4, 0.5, "A4 landscape");
			boolean embedded = false;
			for (var fontName : page.getResources().getFontNames()) {
				var font = page.getResources().getFont(fontName);
				embedded |= font.getName().contains("DejaVuSans") && font.isEmbedded();
			}
			assertTrue(embedded, "DejaVu Sans embedded");
		}
	}

	@Test
	void anEditorsUnsavedMovesAreDrawnInsteadOfTheSavedLayout() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bygglov-nulage.process");
		Model model = ModelIO.load(file);
		var shown = java.util.Map.of("process", java.util.Map.of("a-ansoka", new org.verkstad.diagram.layout.Box(700, 30, 150, 70)));
		String svg = new String(DiagramExport.svg(DiagramExport.draw(file, model, shown, SV).get(0), Page.FIT),
				java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(svg.contains("<g id=\"a-ansoka\" transform=\"translate(700, 30)\""), "moved where the editor shows it");
		String saved = new String(DiagramExport.svg(DiagramExport.draw(file, model, SV).get(0), Page.FIT),
				java.nio.charset.StandardCharsets.UTF_8);
		assertFalse(saved.contains("<g id=\"a-ansoka\" transform=\"translate(700, 30)\""));
	}

	@Test
	void pngSizeFollowsTheResolution() throws Exception {
		Path file = Examples.copyTo(dir).resolve("bibliotek.swot");
		Drawing drawing = DiagramExport.draw(file, SV).get(0);
		BufferedImage at96 = ImageIO.read(new ByteArrayInputStream(DiagramExport.png(drawing, Page.FIT, 96)));
		byte[] png192 = DiagramExport.png(drawing, Page.FIT, 192);
		BufferedImage at192 = ImageIO.read(new ByteArrayInputStream(png192));
		assertEquals(at96.getWidth() * 2, at192.getWidth(), 1);
		assertEquals(at96.getHeight() * 2, at192.getHeight(), 1);
		BufferedImage a4 = ImageIO.read(new ByteArrayInputStream(DiagramExport.png(drawing, Page.A4, 150)));
		assertEquals(Math.ceil(210 / 25.4 * 150), a4.getWidth(), 1, "A4 upright at 150 dpi");
		assertEquals(Math.ceil(297 / 25.4 * 150), a4.getHeight(), 1);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve("bibliotek.swot.png"), png192);
		Path all = Examples.copyTo(Files.createDirectories(dir.resolve("all")));
		for (Path model : Examples.models()) {
			for (Drawing d : DiagramExport.draw(all.resolve(model.getFileName()), SV)) {
				Files.write(SAMPLES.resolve(model.getFileName() + "." + d.description().type() + ".png"),
						DiagramExport.png(d, Page.FIT, 96));
			}
		}
	}

	// ---- helpers ----

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> withClass(Document doc, String tag, String cls) {
		List<Element> result = new ArrayList<>();
		NodeList all = doc.getElementsByTagName(tag);
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
				result.add(e);
			}
		}
		return result;
	}

	private static List<Element> withClassPrefix(Document doc, String tag, String prefix) {
		List<Element> result = new ArrayList<>();
		NodeList all = doc.getElementsByTagName(tag);
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (List.of(e.getAttribute("class").split(" ")).stream().anyMatch(c -> c.startsWith(prefix))) {
				result.add(e);
			}
		}
		return result;
	}

	private static void tspans(org.verkstad.export.svg.SvgNode node, List<String> lines) {
		if (node.name().equals("tspan") && node.text() != null && !node.text().isBlank()) {
			lines.add(node.text());
		}
		node.children().forEach(c -> tspans(c, lines));
	}

	private static Element firstChild(Element parent, String tag) {
		for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(tag)) {
				return e;
			}
		}
		throw new AssertionError("no " + tag + " in " + parent.getAttribute("id"));
	}

	private static int count(Model model, String eClass) {
		return names(model, eClass).size();
	}

	private static List<String> names(Model model, String eClass) {
		List<String> names = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e.eClass().getName().equals(eClass)) {
				names.add(e instanceof org.verkstad.core.Element n ? String.valueOf(n.getName()) : "");
			}
		}
		return names;
	}

	static byte[] read(Path file) throws IOException {
		return Files.readAllBytes(file);
	}
}
