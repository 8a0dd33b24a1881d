package org.verkstad.ui.export;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.wizards.ModelsWizard;
import org.verkstad.ui.wizards.ModelsRun;

/**
 * File › Export… › Verkstad › Diagrams: the diagrams of many models at once, for a teacher who prints
 * a course's work. Each model is exported as Export Diagram… exports one (an open editor's text,
 * saved or not); a model that fails is noted and the others go on, one step of the progress bar each,
 * and the export can be cancelled between two models. At the end the failures are listed, each file
 * with its reason.
 */
public final class ExportDiagramsWizard extends ModelsWizard<ExportDiagramsPage> {

	public ExportDiagramsWizard() {
		super("wizard.export", ExportDiagramsPage::new);
	}

	@Override
	public boolean performFinish() {
		List<IFile> files = page().files();
		ModelExport.Options options = page().options();
		Path into = page().folder();
		page().saveSettings();
		return finish(files.size(), (run, monitor) -> exportAll(files, options, into, run, monitor),
				run -> UiMessages.text("wizard.export.done", run.written().size(), run.done(), run.failed()));
	}

	/** Exports each file in turn, a step of progress each; stops between two files when cancelled. */
	private static void exportAll(List<IFile> files, ModelExport.Options options, Path into, ModelsRun run,
			IProgressMonitor monitor) {
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
				run.failed(where, UiMessages.text("export.notOnDisk", file.getName()));
				progress.worked(1);
				continue;
			}
			Path path = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
			Path folder = into != null ? into : path.getParent();
			if (!targets.add(folder.resolve(file.getName()).normalize())) {
				run.failed(where, UiMessages.text("export.sameName", file.getName(), ModelExport.folderName(folder)));
			} else {
				try {
					run.done(ModelExport.export(path, ModelExport.editorText(path), options, folder));
				} catch (ModelExport.Failure failure) {
					run.failed(where, failure.getMessage());
				}
			}
			progress.worked(1);
		}
		// what was written shows in the explorer, cancelled or not
		ModelExport.refresh(run.written(), monitor.isCanceled() ? null : progress.newChild(1));
	}
}
