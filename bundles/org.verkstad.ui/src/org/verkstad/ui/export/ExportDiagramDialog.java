package org.verkstad.ui.export;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.verkstad.ui.UiMessages;

/**
 * Export Diagram…: how one model's diagrams are exported (format, page, resolution of pictures) and
 * into which folder; it starts with the preferences' defaults and the model's own folder, so OK alone
 * does what a participant usually wants.
 */
final class ExportDiagramDialog extends TitleAreaDialog {

	private final String modelName;
	private final boolean unsaved;
	private ModelExport.Options options;
	private Path folder;
	private ExportOptionsForm form;
	private Text folderText;

	/**
	 * @param unsaved whether the model's editor has changes not yet saved (they are exported too)
	 */
	ExportDiagramDialog(Shell parent, String modelName, boolean unsaved, ModelExport.Options initial, Path folder) {
		super(parent);
		this.modelName = modelName;
		this.unsaved = unsaved;
		this.options = initial;
		this.folder = folder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(UiMessages.text("export.dialog.title"));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** Wide enough for a folder's path; the heading's message wraps to it. */
	@Override
	protected Point getInitialSize() {
		int width = convertWidthInCharsToPixels(WIDTH_CHARS);
		return new Point(width, getShell().computeSize(width, SWT.DEFAULT, true).y);
	}

	private static final int WIDTH_CHARS = 90;

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(UiMessages.text("export.dialog.heading", modelName));
		setMessage(UiMessages.text(unsaved ? "export.dialog.unsaved" : "export.dialog.message", modelName));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 10;
		layout.marginHeight = 10;
		body.setLayout(layout);
		form = new ExportOptionsForm(body, 3, options);
		new Label(body, SWT.NONE).setText(UiMessages.text("export.folder"));
		folderText = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 360;
		folderText.setLayoutData(wide);
		folderText.setText(folder.toString());
		folderText.addModifyListener(e -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(UiMessages.text("export.browse"));
		browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> browse()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(UiMessages.text("export.ok"));
		validate();
	}

	private void browse() {
		DirectoryDialog chooser = new DirectoryDialog(getShell(), SWT.NONE);
		chooser.setMessage(UiMessages.text("export.folder.choose"));
		chooser.setFilterPath(folderText.getText().strip());
		String chosen = chooser.open();
		if (chosen != null) {
			folderText.setText(chosen);
		}
	}

	private void validate() {
		String problem = ModelExport.folderProblem(folderText.getText());
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		options = form.options();
		folder = Path.of(folderText.getText().strip());
		super.okPressed();
	}

	/** The export chosen (after OK). */
	ModelExport.Options options() {
		return options;
	}

	/** The folder chosen (after OK). */
	Path folder() {
		return folder;
	}
}
