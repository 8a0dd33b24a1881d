package org.verkstad.ui.export;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.wizards.FolderField;
import org.verkstad.ui.wizards.ModelsPage;

/**
 * The export wizard's page: the model files of the workspace to tick ({@link ModelsPage}), the
 * export's format, page and resolution, and where the files go: beside each model, or all into one
 * folder of the workspace or the file system. The choice of place is remembered for the next export.
 */
final class ExportDiagramsPage extends ModelsPage {

	private static final String INTO_FOLDER = "intoFolder";
	private static final String FOLDER = "folder";

	private ExportOptionsForm form;
	private Button beside;
	private Button into;
	private FolderField folder;

	@Override
	protected void createOptions(Composite page) {
		Group how = new Group(page, SWT.NONE);
		how.setText(UiMessages.text("wizard.export.how"));
		how.setLayout(new GridLayout(2, false));
		how.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		form = new ExportOptionsForm(how, 2, ModelExport.Options.fromPreferences());
		createPlace(page);
	}

	private void createPlace(Composite page) {
		Group place = new Group(page, SWT.NONE);
		place.setText(UiMessages.text("wizard.export.place"));
		place.setLayout(new GridLayout(4, false));
		place.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		beside = new Button(place, SWT.RADIO);
		beside.setText(UiMessages.text("wizard.export.beside"));
		beside.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 4, 1));
		into = new Button(place, SWT.RADIO);
		into.setText(UiMessages.text("wizard.export.into"));
		folder = new FolderField(place, "wizard.export", this::changed);
		IDialogSettings settings = getDialogSettings();
		boolean intoFolder = settings != null && settings.getBoolean(INTO_FOLDER);
		beside.setSelection(!intoFolder);
		into.setSelection(intoFolder);
		folder.setText(settings == null ? null : settings.get(FOLDER));
		beside.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> changed()));
		into.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> changed()));
	}

	/** The page is complete with at least one model and, when all go into one folder, a folder. */
	@Override
	protected void changed() {
		if (into == null || folder == null) {
			return; // still being made
		}
		boolean intoFolder = into.getSelection();
		folder.setEnabled(intoFolder);
		String problem = files().isEmpty() ? UiMessages.text("wizard.export.noModels") : intoFolder ? folder.problem() : null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	ModelExport.Options options() {
		return form.options();
	}

	/** The one folder all files go into, or null: each beside its model. */
	Path folder() {
		return into.getSelection() ? folder.path() : null;
	}

	/** Remembers where the files went, for the next export. */
	void saveSettings() {
		IDialogSettings settings = getDialogSettings();
		if (settings != null) {
			settings.put(INTO_FOLDER, into.getSelection());
			settings.put(FOLDER, folder.text());
		}
	}
}
