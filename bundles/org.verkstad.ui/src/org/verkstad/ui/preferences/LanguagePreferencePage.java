package org.verkstad.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import java.io.IOException;
import org.verkstad.ui.UiMessages;

/**
 * The language of the user interface: the system's (the default), Swedish or English. It takes effect
 * when Verkstad starts: the start script reads it from the workspace (see verkstad.sh), and the page
 * offers to restart at once.
 */
public final class LanguagePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.verkstad.ui.preferences.language";

	/** The preference's key in the node {@code org.verkstad.ui}: "", "sv", "nb" or "en". */
	public static final String LANGUAGE = "language";

	private String before;

	public LanguagePreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.verkstad.ui"));
		setDescription(UiMessages.text("preferences.description"));
	}

	@Override
	public void init(IWorkbench workbench) {
		before = getPreferenceStore().getString(LANGUAGE);
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(LANGUAGE, UiMessages.text("preferences.language"), 1,
				new String[][] { { UiMessages.text("preferences.language.system"), "" }, { "Svenska", "sv" }, { "Norsk (bokmål)", "nb" },
						{ "English", "en" } },
				getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		String now = getPreferenceStore().getString(LANGUAGE);
		if (ok && !now.equals(before)) {
			before = now;
			if (getPreferenceStore() instanceof ScopedPreferenceStore store) {
				try {
					store.save();
				} catch (IOException e) {
					Platform.getLog(LanguagePreferencePage.class)
							.log(Status.error(e.getMessage(), e));
				}
			}
			if (MessageDialog.openQuestion(getShell(), UiMessages.text("preferences.restart.title"),
					UiMessages.text("preferences.restart.question"))) {
				getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
			}
		}
		return ok;
	}
}
