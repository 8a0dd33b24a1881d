package org.verkstad.export.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
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
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.diagram.layout.Hyphenation;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;
import org.verkstad.export.PdfPages;
import org.verkstad.export.report.CourseReport.Table;
import org.verkstad.export.svg.Placement;

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
	private static final double CONTENT_HEIGHT = (297 - 40) / 25.4 * 72 - 60;

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

	@Override
	public void heading(String text, int level) {
		if (level == 1) {
			pageBreak();
		}
		paragraph(text, "Heading" + level);
	}

	@Override
	public void subtitle(String text) {
		paragraph(text, "Subtitle");
	}

	@Override
	public void paragraph(String text) {
		paragraph(text, null);
	}

	@Override
	public void problem(String text) {
		paragraph(text, null).getRuns().forEach(r -> r.setColor("B71C1C"));
	}

	@Override
	public void list(List<String> items) {
		for (int i = 0; i < items.size(); i++) {
			paragraph((i + 1) + ". " + items.get(i), null);
		}
	}

	@Override
	public byte[] finish() throws IOException {
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

	@Override
	public void diagram(Drawing drawing) throws IOException, ExportException {
		Placement placement = Placement.of(drawing.scene().bounds(), Page.FIT);
		double width = placement.width() * PdfPages.PT_PER_PX;
		double height = placement.height() * PdfPages.PT_PER_PX;
		double scale = Math.min(1, Math.min(CONTENT_WIDTH / width, CONTENT_HEIGHT / height));
		byte[] png = DiagramExport.png(drawing, Page.FIT, DPI);
		XWPFParagraph p = doc.createParagraph();
		try {
			p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
					drawing.file().getFileName() + "-" + drawing.description().type() + ".png", Units.toEMU(width * scale),
					Units.toEMU(height * scale));
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
		paragraph(drawing.title(), "Caption");
	}

	@Override
	public void table(Table t) {
		if (!t.caption().isEmpty()) {
			paragraph(t.caption(), "Heading3");
		}
		int columns = t.header().isEmpty() ? t.rows().get(0).size() : t.header().size();
		int rows = t.rows().size() + (t.header().isEmpty() ? 0 : 1);
		XWPFTable table = doc.createTable(rows, columns);
		table.setWidth("100%");
		int r = 0;
		if (!t.header().isEmpty()) {
			XWPFTableRow row = table.getRow(r++);
			row.setRepeatHeader(true);
			fill(row, t.header(), true);
		}
		for (List<String> cells : t.rows()) {
			fill(table.getRow(r++), cells, false);
		}
		doc.createParagraph();
	}

	private void fill(XWPFTableRow row, List<String> texts, boolean header) {
		for (int c = 0; c < row.getTableCells().size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			if (header) {
				cell.setColor("ECEFF1");
			}
			XWPFRun run = cell.getParagraphs().get(0).createRun();
			run.setFontSize(9);
			run.setBold(header);
			String[] lines = (c < texts.size() ? texts.get(c) : "").split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(hyphenation.withSoftHyphens(lines[i]));
			}
		}
	}

	/** A4 portrait with 2 cm margins (twentieths of a point). */
	private void page() {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		BigInteger twoCm = BigInteger.valueOf(1134);
		margins.setTop(twoCm);
		margins.setBottom(twoCm);
		margins.setLeft(twoCm);
		margins.setRight(twoCm);
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
