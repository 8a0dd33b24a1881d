package org.verkstad.ui.preferences;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.verkstad.ui.UiMessages;

/**
 * The defaults for exporting diagrams (the options of {@code verkstad export}): the format, the page
 * and the resolution of pictures. Kept in the workspace, in the node {@code org.verkstad.ui}.
 */
public final class ExportPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.verkstad.ui.preferences.export";

	/** The keys: format svg|png|pdf, page a4|a4-landscape|fit, dpi 72 to 600. */
	public static final String FORMAT = "export.format";
	public static final String PAGE = "export.page";
	public static final String DPI = "export.dpi";

	/** The defaults a new workspace starts with. */
	public static final String DEFAULT_FORMAT = "pdf";
	public static final String DEFAULT_PAGE = "a4-landscape";
	public static final int DEFAULT_DPI = 150;

	/** The export defaults as they are set now. */
	public record Settings(String format, String page, int dpi) {
	}

	public ExportPreferencePage() {
		super(GRID);
		setPreferenceStore(store());
		setDescription(UiMessages.text("preferences.export.description"));
	}

	/** The workspace's store of the defaults, with the defaults of a new workspace. */
	public static IPreferenceStore store() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.verkstad.ui");
		store.setDefault(FORMAT, DEFAULT_FORMAT);
		store.setDefault(PAGE, DEFAULT_PAGE);
		store.setDefault(DPI, DEFAULT_DPI);
		return store;
	}

	/** The export defaults as they are set now (what an export starts with). */
	public static Settings settings() {
		IPreferenceStore store = store();
		return new Settings(store.getString(FORMAT), store.getString(PAGE), store.getInt(DPI));
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is the workspace's
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(FORMAT, UiMessages.text("preferences.export.format"),
				new String[][] { { UiMessages.text("preferences.export.format.pdf"), "pdf" },
						{ UiMessages.text("preferences.export.format.svg"), "svg" },
						{ UiMessages.text("preferences.export.format.png"), "png" } },
				getFieldEditorParent()));
		addField(new ComboFieldEditor(PAGE, UiMessages.text("preferences.export.page"),
				new String[][] { { UiMessages.text("preferences.export.page.a4-landscape"), "a4-landscape" },
						{ UiMessages.text("preferences.export.page.a4"), "a4" },
						{ UiMessages.text("preferences.export.page.fit"), "fit" } },
				getFieldEditorParent()));
		IntegerFieldEditor dpi = new IntegerFieldEditor(DPI, UiMessages.text("preferences.export.dpi"), getFieldEditorParent(), 3);
		dpi.setValidRange(72, 600);
		dpi.setErrorMessage(UiMessages.text("preferences.export.dpi.range", 72, 600));
		addField(dpi);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		if (ok && getPreferenceStore() instanceof ScopedPreferenceStore store) {
			try {
				store.save();
			} catch (IOException e) {
				Platform.getLog(ExportPreferencePage.class).log(Status.error(e.getMessage(), e));
			}
		}
		return ok;
	}
}
