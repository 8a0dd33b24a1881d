package org.verkstad.ui.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.ExportFormat;
import org.verkstad.export.Page;
import org.verkstad.export.interchange.Interchanges;
import org.verkstad.ui.UiMessages;

/**
 * The fields of an export, shared by Export Diagram… and the export wizard: format (a diagram's, or one
 * of another tool the installed bundles contribute: BPMN for process maps, XLSX for tables), page and
 * the resolution, which only pictures (PNG) have, so it can be set for them only. Laid out as rows of a
 * grid: a label, then the field over the remaining columns.
 */
final class ExportOptionsForm {

	/** The diagrams' formats in the order of the preference page, then the other tools' (BPMN, XLSX). */
	private static final List<String> FORMATS = formats();
	private static final List<Page> PAGES = List.of(Page.A4_LANDSCAPE, Page.A4, Page.FIT);

	private final Combo format;
	private final Combo page;
	private final Spinner dpi;

	/** The fields in a parent with a grid of {@code columns} columns, showing {@code initial}. */
	ExportOptionsForm(Composite parent, int columns, ModelExport.Options initial) {
		format = combo(parent, columns, "export.format");
		for (String each : FORMATS) {
			format.add(UiMessages.text("preferences.export.format." + each));
		}
		format.select(Math.max(0, FORMATS.indexOf(initial.format())));
		page = combo(parent, columns, "export.page");
		for (Page each : PAGES) {
			page.add(UiMessages.text("preferences.export.page." + each.id()));
		}
		page.select(PAGES.indexOf(initial.page()));
		new Label(parent, SWT.NONE).setText(UiMessages.text("export.dpi"));
		dpi = new Spinner(parent, SWT.BORDER);
		dpi.setValues(initial.dpi(), DiagramExport.MIN_DPI, DiagramExport.MAX_DPI, 0, 10, 50);
		dpi.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, columns - 1, 1));
		format.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> showDpi()));
		showDpi();
	}

	private static List<String> formats() {
		List<String> formats = new ArrayList<>(List.of(ExportFormat.PDF.id(), ExportFormat.SVG.id(), ExportFormat.PNG.id()));
		formats.addAll(Interchanges.formats());
		return List.copyOf(formats);
	}

	private static Combo combo(Composite parent, int columns, String labelKey) {
		new Label(parent, SWT.NONE).setText(UiMessages.text(labelKey));
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, columns - 1, 1));
		return combo;
	}

	/** The resolution is for pictures only, a page for diagrams only. */
	private void showDpi() {
		dpi.setEnabled(options().diagram() == ExportFormat.PNG);
		page.setEnabled(options().diagram() != null);
	}

	/** The export as the fields say now. */
	ModelExport.Options options() {
		return new ModelExport.Options(FORMATS.get(Math.max(format.getSelectionIndex(), 0)),
				PAGES.get(Math.max(page.getSelectionIndex(), 0)), dpi.getSelection());
	}
}
