package org.verkstad.ui.editor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.server.LiveDocuments;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.DiagramExport.Drawing;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;
import org.verkstad.ui.UiMessages;

/**
 * File › Print… (Ctrl+P) on a diagram page: the diagram shown, drawn as the export draws it (the editor's
 * unsaved text and moves included), fitted to the printer's page. Where no printer can be used, says so.
 */
final class DiagramPrint {

	/** Dots per inch of the picture sent to the printer: sharp on paper, small enough for any diagram. */
	private static final int DPI = 200;

	private DiagramPrint() {
	}

	/** Prints the diagram of {@code type} (the first one when null) of the model as {@code text} has it. */
	static void print(Shell shell, Path file, String text, String type) {
		String title = UiMessages.text("print.title");
		if (Printer.getPrinterList().length == 0 && Printer.getDefaultPrinterData() == null) {
			MessageDialog.openInformation(shell, title, UiMessages.text("print.noPrinter"));
			return;
		}
		Locale locale = Languages.current();
		byte[] png;
		String name;
		try {
			Model model = ModelIO.load(ModelIO.newResourceSet(), file, text.getBytes(StandardCharsets.UTF_8));
			LiveDocuments.Document editor = LiveDocuments.of(file);
			List<Drawing> drawings = DiagramExport.draw(file, model, editor == null ? Map.of() : editor.layout(), locale);
			if (drawings.isEmpty()) {
				MessageDialog.openInformation(shell, title, UiMessages.text("editor.diagram.none"));
				return;
			}
			Drawing drawing = drawings.stream().filter(d -> d.description().type().equals(type)).findFirst().orElse(drawings.get(0));
			png = DiagramExport.png(drawing, Page.FIT, DPI);
			name = drawing.title();
		} catch (ModelFileException e) {
			MessageDialog.openError(shell, title, e.message(locale));
			return;
		} catch (ExportException e) {
			MessageDialog.openError(shell, title, e.message(locale));
			return;
		}
		PrintDialog dialog = new PrintDialog(shell);
		dialog.setText(title);
		// a diagram wider than high (most process maps) on a page on its side
		ImageData picture = new ImageData(new ByteArrayInputStream(png));
		PrinterData preset = Printer.getDefaultPrinterData();
		if (preset != null && picture.width > picture.height) {
			preset.orientation = PrinterData.LANDSCAPE;
			dialog.setPrinterData(preset);
		}
		PrinterData data = dialog.open();
		if (data == null) {
			return; // cancelled
		}
		Printer printer = new Printer(data);
		try {
			if (!printer.startJob(name)) {
				MessageDialog.openError(shell, title, UiMessages.text("print.failed", name));
				return;
			}
			Image image = new Image(printer, picture);
			GC gc = new GC(printer);
			try {
				printer.startPage();
				Rectangle area = printer.getClientArea();
				Rectangle size = image.getBounds();
				// the whole diagram on the page, as large as it fits, never stretched
				double scale = Math.min((double) area.width / size.width, (double) area.height / size.height);
				int width = (int) (size.width * scale);
				int height = (int) (size.height * scale);
				gc.drawImage(image, 0, 0, size.width, size.height, area.x + (area.width - width) / 2, area.y, width, height);
				printer.endPage();
				printer.endJob();
			} finally {
				gc.dispose();
				image.dispose();
			}
		} catch (RuntimeException e) {
			Platform.getLog(DiagramPrint.class).log(Status.error("Printing " + file + " failed", e));
			MessageDialog.openError(shell, title, UiMessages.text("print.failed", name));
		} finally {
			printer.dispose();
		}
	}
}
