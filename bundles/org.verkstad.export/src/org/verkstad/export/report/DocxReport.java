package org.verkstad.export.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.diagram.layout.TextMetrics;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;
import org.verkstad.export.PdfPages;
import org.verkstad.export.report.CourseReport.Table;
import org.verkstad.export.svg.Placement;

import javax.imageio.ImageIO;

/**
 * A course report as a Word document (DOCX) written with Apache POI, for municipalities to edit
 * further: real heading styles (so the navigation pane and a table of contents work), diagrams as
 * pictures at print resolution, tables as Word tables with a repeated header row; A4 portrait.
 */
final class DocxReport implements ReportWriter {

	/** The diagrams' resolution in the document. */
	private static final int DPI = 150;
	/** A4 minus 2 cm margins, in points. */
	private static final double CONTENT_WIDTH = (210 - 40) / 25.4 * 72;

	private final CourseReport report;
	private final XWPFDocument doc = new XWPFDocument();
	/** Table cells get soft hyphens, so that Word and LibreOffice hyphenate a long word instead of cutting it. */
	private final Hyphenation hyphenation;

	private DocxReport(CourseReport report) {
		this.report = report;
		this.hyphenation = Hyphenation.forText(null, report.locale());
	}

	static byte[] write(CourseReport report) throws IOException, ExportException {
		DocxReport docx = new DocxReport(report);
		try {
			docx.styles();
			docx.page();
			docx.doc.getProperties().getCoreProperties().setTitle(report.title() + " \u2013 " + report.cover().get(0).value());
			docx.doc.getProperties().getCoreProperties().setCreator("Verkstad");
			report.writeTo(docx);
			return docx.finish();
		} finally {
			docx.doc.close();
		}
	}

	@Override
	public void title(String title, List<Fact> facts) {
		paragraph(title, "Title");
		for (Fact f : facts) {
			XWPFParagraph p = doc.createParagraph();
			XWPFRun label = p.createRun();
			label.setBold(true);
			label.setText(f.label() + ": ");
			p.createRun().setText(f.value());
		}
	}

	/** Headings and a section's description not written yet: they go into the section (upright or landscape) of what follows. */
	private final List<String[]> pending = new ArrayList<>();
	/** A level-1 heading waits: its section starts on a new page. */
	private boolean pendingPage;
	/** The paper of the section being written. */
	private DocxPaper paper = DocxPaper.A4;

	@Override
	public void heading(String text, int level) {
		if (level == 1) {
			if (!pending.isEmpty()) {
				flush(false);
			}
			pendingPage = true;
		}
		pending.add(new String[] { text, "Heading" + level });
	}

	@Override
	public void subtitle(String text) {
		pending.add(new String[] { text, "Subtitle" });
	}

	@Override
	public void paragraph(String text) {
		if (!pending.isEmpty()) {
			pending.add(new String[] { text, null });
			return;
		}
		flush(false);
		paragraph(text, null);
	}

	@Override
	public void problem(String text) {
		flush(false);
		paragraph(text, null).getRuns().forEach(r -> r.setColor("B71C1C"));
	}

	@Override
	public void list(List<String> items) {
		flush(false);
		for (int i = 0; i < items.size(); i++) {
			paragraph((i + 1) + ". " + items.get(i), null);
		}
	}

	/**
	 * Writes the waiting headings into a section of the orientation what follows needs: a section break
	 * when the orientation changes (it starts a new page), else a page break when a section of the report starts.
	 */
	private void flush(boolean wide) {
		flush(wide ? DocxPaper.A4_LANDSCAPE : DocxPaper.A4);
	}

	private void flush(DocxPaper size) {
		if (size != paper) {
			endSection(paper);
			paper = size;
		} else if (pendingPage) {
			pageBreak();
		}
		pendingPage = false;
		for (String[] p : pending) {
			paragraph(p[0], p[1]);
		}
		pending.clear();
	}

	/** Ends the section written so far (its page size and margins go on a paragraph at its end, as Word keeps them). */
	private void endSection(DocxPaper was) {
		CTSectPr section = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
		was.applyTo(section);
	}

	/** How tall the waiting headings and description will be (pt, about: Word's default font is larger than the diagrams'). */
	private double pendingHeight(double width) {
		double height = 0;
		for (String[] p : pending) {
			double size = p[1] == null ? 11 : p[1].equals("Heading1") ? 16 : p[1].equals("Heading2") ? 13 : 11;
			double lines = Math.ceil(TextMetrics.width(p[0], size, false) * 1.1 / width);
			height += lines * size * 1.4 + 14;
		}
		return height;
	}

	@Override
	public byte[] finish() throws IOException {
		if (!pending.isEmpty()) {
			flush(paper);
		}
		// the document's last section is described by the body's own section properties
		CTSectPr last = doc.getDocument().getBody().getSectPr();
		last.unsetPgSz();
		last.unsetPgMar();
		paper.applyTo(last);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		doc.write(out);
		return out.toByteArray();
	}

	private XWPFParagraph paragraph(String text, String style) {
		XWPFParagraph p = doc.createParagraph();
		if (style != null) {
			p.setStyle(style);
		}
		String[] lines = text.split("\n", -1);
		XWPFRun run = p.createRun();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
		return p;
	}

	private void pageBreak() {
		doc.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	/**
	 * A diagram as a picture. One much wider than tall (a process map) gets a landscape section; when its
	 * smallest text would be under 6 pt there, it is cut into pictures side by side, a page each, each with
	 * the lanes' titles at its left.
	 */
	@Override
	public void diagram(Drawing drawing) throws IOException, ExportException {
		Placement placement = Placement.of(drawing.scene().bounds(), Page.FIT);
		double width = placement.width() * PdfPages.PT_PER_PX;
		double height = placement.height() * PdfPages.PT_PER_PX;
		boolean wide = PrintedDiagram.wide(width, height, CONTENT_WIDTH);
		byte[] png = DiagramExport.png(drawing, Page.FIT, DPI);
		double least = PrintedDiagram.LEAST_SCALE;
		Box strip = drawing.scene().titleStrip();
		if (!wide) {
			DocxPaper size = pendingPage || paper != DocxPaper.A4_LANDSCAPE ? DocxPaper.A4 : paper;
			double scale = Math.min(1, Math.min(size.contentWidth() / width, (size.contentHeight() - pendingHeight(size.contentWidth())) / height));
			flush(size);
			picture(png, drawing, "", width * scale, height * scale);
			paragraph(drawing.title(), "Caption");
			return;
		}
		// a page of its own: A4 on its side when the text stays readable there, else A3, else cut into parts
		for (DocxPaper size : List.of(DocxPaper.A4_LANDSCAPE, DocxPaper.A3_LANDSCAPE)) {
			double scale = Math.min(1, Math.min(size.contentWidth() / width, (size.contentHeight() - pendingHeight(size.contentWidth())) / height));
			if (scale >= least || strip == null && size == DocxPaper.A3_LANDSCAPE) {
				pendingPage = true;
				flush(size);
				picture(png, drawing, "", width * scale, height * scale);
				paragraph(drawing.title(), "Caption");
				pendingPage = true;
				return;
			}
		}
		DocxPaper size = (DocxPaper.A4_LANDSCAPE.contentHeight() - pendingHeight(DocxPaper.A4_LANDSCAPE.contentWidth())) / height >= least
				? DocxPaper.A4_LANDSCAPE : DocxPaper.A3_LANDSCAPE;
		double contentWidth = size.contentWidth();
		double scale = Math.min(least, (size.contentHeight() - pendingHeight(contentWidth)) / height);
		pendingPage = true;
		flush(size);
		// cut at the readable size: the lanes' titles, then the next part of the diagram
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		double pxPerDiagramPx = image.getWidth() / placement.width();
		int stripLeft = (int) Math.round((strip.x() + placement.dx()) * pxPerDiagramPx);
		int stripRight = (int) Math.round((strip.x() + strip.width() + placement.dx()) * pxPerDiagramPx);
		int stripTop = (int) Math.round((strip.y() + placement.dy()) * pxPerDiagramPx);
		double ptPerImagePx = PdfPages.PT_PER_PX * scale / pxPerDiagramPx;
		int slice = (int) Math.floor(contentWidth / ptPerImagePx) - (stripRight - stripLeft);
		int count = (int) Math.ceil((image.getWidth() - stripRight) / (double) slice);
		for (int i = 0; i < count; i++) {
			int from = stripRight + i * slice;
			int to = Math.min(image.getWidth(), from + slice);
			BufferedImage part = new BufferedImage(stripRight - stripLeft + to - from, image.getHeight(),
					BufferedImage.TYPE_INT_RGB);
			Graphics2D g = part.createGraphics();
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, part.getWidth(), part.getHeight());
			// the lanes' titles (on the first part with the diagram's title above them)
			int top = i == 0 ? 0 : stripTop;
			g.drawImage(image.getSubimage(stripLeft, top, stripRight - stripLeft, image.getHeight() - top), 0, top, null);
			g.drawImage(image.getSubimage(from, 0, to - from, image.getHeight()), stripRight - stripLeft, 0, null);
			g.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(part, "png", out);
			if (i > 0) {
				pageBreak();
			}
			picture(out.toByteArray(), drawing, "-" + (i + 1), part.getWidth() * ptPerImagePx, part.getHeight() * ptPerImagePx);
			paragraph(drawing.title() + " (" + (i + 1) + "/" + count + ")", "Caption");
		}
		pendingPage = true;
	}

	private void picture(byte[] png, Drawing drawing, String suffix, double widthPt, double heightPt) throws IOException {
		XWPFParagraph p = doc.createParagraph();
		try {
			p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
					drawing.file().getFileName() + "-" + drawing.description().type() + suffix + ".png", Units.toEMU(widthPt),
					Units.toEMU(heightPt));
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
	}

	/** Tables with this many columns get a landscape section (as in the PDF). */
	private static final int WIDE_TABLE = 8;

	@Override
	public void table(Table t) {
		flush(DocxTable.columns(t) >= WIDE_TABLE);
		if (!t.caption().isEmpty()) {
			paragraph(t.caption(), "Heading3");
		}
		DocxTable.write(doc, t, paper, hyphenation);
	}

	/** A4 portrait with 2 cm margins (twentieths of a point). */
	private void page() {
		DocxPaper.A4.applyTo(doc.getDocument().getBody().addNewSectPr());
	}

	/** The paragraph styles used, defined as Word names them so Word and LibreOffice treat them as theirs. */
	private void styles() {
		XWPFStyles styles = doc.createStyles();
		style(styles, "Title", "Title", -1, 56, true, "1F3864");
		style(styles, "Subtitle", "Subtitle", -1, 22, false, "595959");
		style(styles, "Heading1", "heading 1", 0, 32, true, "1F3864");
		style(styles, "Heading2", "heading 2", 1, 26, true, "1F3864");
		style(styles, "Heading3", "heading 3", 2, 22, true, "000000");
		style(styles, "Caption", "caption", -1, 18, false, "595959");
	}

	private static void style(XWPFStyles styles, String id, String name, int outline, int halfPoints, boolean bold, String colour) {
		CTStyle ct = CTStyle.Factory.newInstance();
		ct.setStyleId(id);
		ct.setType(STStyleType.PARAGRAPH);
		ct.addNewName().setVal(name);
		ct.addNewQFormat();
		var ppr = ct.addNewPPr();
		ppr.addNewSpacing().setBefore(BigInteger.valueOf(outline >= 0 ? 240 : 60));
		if (outline >= 0) {
			ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
			ppr.addNewKeepNext();
		}
		CTRPr rpr = ct.addNewRPr();
		if (bold) {
			rpr.addNewB();
		}
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rpr.addNewColor().setVal(colour);
		XWPFStyle style = new XWPFStyle(ct);
		style.setType(STStyleType.PARAGRAPH);
		styles.addStyle(style);
	}
}
