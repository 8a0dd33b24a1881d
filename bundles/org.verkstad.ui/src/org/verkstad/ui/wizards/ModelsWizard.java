package org.verkstad.ui.wizards;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.editor.ModelEditor;

/**
 * An export wizard of one {@link ModelsPage} that works through many models at Finish (Diagrams,
 * Course Reports), set up once for both: its title, its progress bar, its remembered settings, and
 * the page with what was chosen when it opened ticked (a model editor's file when that editor is
 * active). Finish goes through {@link ModelsRun}.
 */
public abstract class ModelsWizard<P extends ModelsPage> extends Wizard implements IExportWizard {

	private final String keys;
	private final Supplier<P> newPage;
	private P page;

	/**
	 * @param keys the prefix of the wizard's messages ({@code .window}, the page's {@code .title} and
	 *        {@code .description}, and those {@link ModelsRun} tells)
	 * @param newPage makes the page
	 */
	protected ModelsWizard(String keys, Supplier<P> newPage) {
		this.keys = keys;
		this.newPage = newPage;
	}

	@Override
	public final void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(UiMessages.text(keys + ".window"));
		setNeedsProgressMonitor(true);
		setDialogSettings(settings(getClass().getSimpleName()));
		page = newPage.get();
		page.open(keys, inWorkspace(workbench, selection));
	}

	@Override
	public final void addPages() {
		addPage(page);
	}

	protected final P page() {
		return page;
	}

	/** Runs the work at Finish in the progress bar and tells how it went ({@link ModelsRun}); whether the wizard may close. */
	protected final boolean finish(int items, ModelsRun.Work work, Function<ModelsRun, String> finished) {
		return ModelsRun.finish(this, page, keys, items, work, finished);
	}

	/** A wizard's remembered settings (a section of the UI bundle's dialog settings). */
	private static IDialogSettings settings(String name) {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ModelsWizard.class))
				.getDialogSettings();
		IDialogSettings section = all.getSection(name);
		return section != null ? section : all.addNewSection(name);
	}

	/** A model editor's selection is of model elements: then the editor's file is what was chosen. */
	private static IStructuredSelection inWorkspace(IWorkbench workbench, IStructuredSelection selection) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IWorkbenchPage active = window == null ? null : window.getActivePage();
		IEditorPart editor = active == null ? null : active.getActiveEditor();
		if (editor instanceof ModelEditor && active.getActivePart() == editor) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			return file == null ? StructuredSelection.EMPTY : new StructuredSelection(file);
		}
		return selection == null ? StructuredSelection.EMPTY : selection;
	}
}
