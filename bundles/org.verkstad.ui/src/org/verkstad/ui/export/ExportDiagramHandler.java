package org.verkstad.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.verkstad.ui.ModelFiles;
import org.verkstad.ui.StatusLine;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.editor.ModelEditor;

/**
 * File › Export Diagram… (Ctrl+Shift+D), also in the explorer's and the text page's context menus
 * and on the tool bar: the diagrams of the active model editor's model as it shows them, unsaved
 * changes included, or of the model file chosen in the explorer. The export runs in the background;
 * the files written are told in the status line, a failure in a message.
 */
public final class ExportDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IFile file = modelFile(part, HandlerUtil.getCurrentStructuredSelection(event), HandlerUtil.getActiveEditor(event));
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (file == null || file.getLocation() == null || window == null) {
			return null;
		}
		Path path = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
		boolean unsaved = ModelExport.editorText(path) != null && ModelExport.isDirty(file);
		ExportDiagramDialog dialog = new ExportDiagramDialog(window.getShell(), file.getName(), unsaved,
				ModelExport.Options.fromPreferences(), path.getParent());
		if (dialog.open() != Window.OK) {
			return null;
		}
		// the text as the editor holds it at OK, not as it may be when the job runs
		export(window.getShell(), part, path, ModelExport.editorText(path), dialog.options(), dialog.folder());
		return null;
	}

	/**
	 * The model file to export: the active model editor's, else the one model file chosen in the
	 * explorer, else the model editor's that is open though another part is active.
	 */
	private static IFile modelFile(IWorkbenchPart part, IStructuredSelection selection, IEditorPart editor) {
		if (part instanceof ModelEditor modelEditor) {
			return modelEditor.getEditorInput().getAdapter(IFile.class);
		}
		if (selection.size() == 1) {
			IFile chosen = Adapters.adapt(selection.getFirstElement(), IFile.class);
			if (ModelFiles.isModel(chosen)) {
				return chosen;
			}
		}
		return editor instanceof ModelEditor modelEditor ? modelEditor.getEditorInput().getAdapter(IFile.class) : null;
	}

	/** Exports in the background; then the files in the status line, or what went wrong in a message. */
	private static void export(Shell shell, IWorkbenchPart part, Path file, String text, ModelExport.Options options,
			Path folder) {
		Display display = shell.getDisplay();
		Job job = Job.create(UiMessages.text("export.job", file.getFileName()), monitor -> {
			try {
				List<Path> written = ModelExport.export(file, text, options, folder);
				ModelExport.refresh(written, monitor);
				String names = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
				String message = UiMessages.text("export.done", names, ModelExport.folderName(folder));
				display.asyncExec(() -> StatusLine.show(part, message));
			} catch (ModelExport.Failure failure) {
				display.asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell,
						UiMessages.text("export.dialog.title"), failure.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}
}
