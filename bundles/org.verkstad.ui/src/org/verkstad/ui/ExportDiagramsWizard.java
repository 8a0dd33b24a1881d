package org.verkstad.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
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

/**
 * File › Export… › Verkstad › Diagrams: the diagrams of many models at once, for a teacher who prints
 * a course's work. Each model is exported as Export Diagram… exports one (an open editor's text,
 * saved or not); a model that fails is noted and the others go on, one step of the progress bar each,
 * and the export can be cancelled between two models. At the end the failures are listed, each file
 * with its reason.
 */
public final class ExportDiagramsWizard extends Wizard implements IExportWizard {

	/** A model that was not exported: the workspace folder it is in, and why (a message naming the file). */
	record Failed(String folder, String reason) {
	}

	private IWorkbench workbench;
	private ExportDiagramsPage page;

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		setWindowTitle(UiMessages.text("wizard.export.window"));
		setNeedsProgressMonitor(true);
		setDialogSettings(settings("ExportDiagramsWizard"));
		page = new ExportDiagramsPage(inWorkspace(newWorkbench, selection));
	}

	/** A wizard's remembered settings (a section of the UI bundle's dialog settings). */
	static IDialogSettings settings(String name) {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportDiagramsWizard.class))
				.getDialogSettings();
		IDialogSettings section = all.getSection(name);
		return section != null ? section : all.addNewSection(name);
	}

	/** A model editor's selection is of model elements: then the editor's file is what was chosen. */
	static IStructuredSelection inWorkspace(IWorkbench workbench, IStructuredSelection selection) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IWorkbenchPage active = window == null ? null : window.getActivePage();
		IEditorPart editor = active == null ? null : active.getActiveEditor();
		if (editor instanceof ModelEditor && active.getActivePart() == editor) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			return file == null ? StructuredSelection.EMPTY : new StructuredSelection(file);
		}
		return selection == null ? StructuredSelection.EMPTY : selection;
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		List<IFile> files = page.files();
		ModelExport.Options options = page.options();
		Path into = page.folder();
		page.saveSettings();
		List<Failed> failures = new ArrayList<>();
		List<Path> written = new ArrayList<>();
		int[] exported = { 0 };
		boolean[] cancelled = { false };
		try {
			getContainer().run(true, true, monitor -> {
				exportAll(files, options, into, monitor, failures, written, exported);
				cancelled[0] = monitor.isCanceled();
			});
		} catch (InvocationTargetException e) {
			Platform.getLog(ExportDiagramsWizard.class).log(Status.error("Export of diagrams failed", e.getCause()));
			MessageDialog.openError(getShell(), UiMessages.text("wizard.export.window"),
					UiMessages.text("wizard.export.broken", String.valueOf(e.getCause().getMessage())));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		int done = exported[0] + failures.size();
		if (!failures.isEmpty()) {
			new ExportFailuresDialog(getShell(), failures, done).open();
		}
		if (cancelled[0]) {
			// the wizard stays, to export again or close
			page.setMessage(UiMessages.text("wizard.export.cancelled", exported[0], files.size()), IMessageProvider.WARNING);
			return false;
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			ExportDiagramHandler.status(window.getActivePage().getActivePart(),
					UiMessages.text("wizard.export.done", written.size(), exported[0], failures.size()));
		}
		return true;
	}

	/** Exports each file in turn, a step of progress each; stops between two files when cancelled. */
	private static void exportAll(List<IFile> files, ModelExport.Options options, Path into, IProgressMonitor monitor,
			List<Failed> failures, List<Path> written, int[] exported) {
		SubMonitor progress = SubMonitor.convert(monitor, UiMessages.text("wizard.export.progress", files.size()),
				files.size() + 1);
		// two models of one name would write the same files into one folder
		Set<Path> targets = new HashSet<>();
		for (IFile file : files) {
			if (monitor.isCanceled()) {
				break;
			}
			progress.subTask(file.getFullPath().toString());
			String where = file.getParent().getFullPath().makeRelative().toString();
			if (file.getLocation() == null) {
				failures.add(new Failed(where, UiMessages.text("export.notOnDisk", file.getName())));
				progress.worked(1);
				continue;
			}
			Path path = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
			Path folder = into != null ? into : path.getParent();
			if (!targets.add(folder.resolve(file.getName()).normalize())) {
				failures.add(new Failed(where, UiMessages.text("export.sameName", file.getName(), ModelExport.folderName(folder))));
			} else {
				try {
					written.addAll(ModelExport.export(path, ModelExport.editorText(path), options, folder));
					exported[0]++;
				} catch (ModelExport.Failure failure) {
					failures.add(new Failed(where, failure.getMessage()));
				}
			}
			progress.worked(1);
		}
		// what was written shows in the explorer, cancelled or not
		ModelExport.refresh(written, monitor.isCanceled() ? null : progress.newChild(1));
	}
}
