package org.verkstad.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.nls.Languages;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.export.interchange.Interchanges;
import org.verkstad.ui.ModelFiles;
import org.verkstad.ui.UiMessages;

/**
 * File › Import from BPMN or Excel…: a file of another tool (what the installed bundles read: BPMN 2.0,
 * activity lists in XLSX or CSV) into the chosen project or folder as model files with their layout, as
 * {@code verkstad import} does. The file is read in a job; a refused file's reason (file, line, cause) is
 * shown, never a stack trace; a file with several pools asks which to import; nothing existing is
 * replaced (a taken name gets a number); the summary of what was carried over is shown and the first
 * model opens.
 */
public final class ImportModelsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IContainer folder = ModelFiles.chosenFolder(event);
		if (folder == null || folder.getLocation() == null) {
			MessageDialog.openInformation(shell, UiMessages.text("import.title"), UiMessages.text("import.noFolder"));
			return null;
		}
		FileDialog chooser = new FileDialog(shell, SWT.OPEN);
		chooser.setText(UiMessages.text("import.choose", ModelExport.folderName(folder.getLocation().toFile().toPath())));
		List<String> extensions = Interchanges.readable();
		chooser.setFilterExtensions(new String[] { String.join(";", extensions.stream().map(e -> "*." + e).toList()), "*" });
		chooser.setFilterNames(new String[] { UiMessages.text("import.filter", String.join(", ", extensions)), UiMessages.text("import.filter.all") });
		String chosen = chooser.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		Path target = folder.getLocation().toFile().toPath();
		Locale locale = Languages.current();
		Display display = shell.getDisplay();
		Job job = Job.create(UiMessages.text("import.job", file.getFileName()), monitor -> {
			Optional<Interchange> format = Interchanges.reading(file);
			if (format.isEmpty()) {
				display.asyncExec(() -> error(shell, UiMessages.text("import.unknownFormat", file.getFileName(), String.join(", ", extensions))));
				return Status.OK_STATUS;
			}
			try {
				Imported imported = format.get().read(file, new ImportOptions(locale, target, null, true, Map.of()));
				display.asyncExec(() -> finish(shell, folder, file, imported));
			} catch (InterchangeException e) {
				display.asyncExec(() -> error(shell, e.message(locale)));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	/** Asks which pools when there are several, writes the models, opens the first and shows the summary. */
	private static void finish(Shell shell, IContainer folder, Path file, Imported imported) {
		List<Imported.Part> parts = imported.parts();
		if (parts.size() > 1) {
			ListSelectionDialog choice = ListSelectionDialog.of(parts).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(LabelProvider.createTextProvider(p -> ((Imported.Part) p).name()))
					.message(UiMessages.text("import.pools", file.getFileName(), parts.size())).preselect(parts.toArray()).create(live(shell));
			choice.setTitle(UiMessages.text("import.title"));
			if (choice.open() != Window.OK || choice.getResult().length == 0) {
				return;
			}
			List<Object> chosen = List.of(choice.getResult());
			parts = parts.stream().filter(chosen::contains).toList();
		}
		Path target = folder.getLocation().toFile().toPath();
		List<Path> written = new ArrayList<>();
		for (Imported.Part part : parts) {
			String base = imported.baseName(file, part);
			String extension = part.extension();
			Path to = target.resolve(base + "." + extension);
			for (int n = 2; Files.exists(to); n++) {
				to = target.resolve(base + "-" + n + "." + extension);
			}
			try {
				part.save(to);
				written.add(to);
			} catch (ModelFileException e) {
				error(shell, e.file().getFileName() + ": " + e.message(Languages.current()));
				return;
			} catch (IOException e) {
				error(shell, UiMessages.text("import.failed", to.getFileName(), String.valueOf(e.getMessage())));
				return;
			}
		}
		ModelExport.refresh(written, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (page != null && !written.isEmpty()) {
			IFile first = folder.getFile(IPath.fromOSString(written.get(0).getFileName().toString()));
			try {
				IDE.openEditor(page, first);
			} catch (PartInitException e) {
				error(shell, e.getMessage());
			}
		}
		List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
		MessageDialog.openInformation(live(shell), UiMessages.text("import.title"),
				UiMessages.text("import.done", file.getFileName(), String.join(", ", names)) + "\n\n" + String.join("\n", imported.summary()));
	}

	private static Shell live(Shell shell) {
		return shell == null || shell.isDisposed() ? null : shell;
	}

	private static void error(Shell shell, String message) {
		MessageDialog.openError(live(shell), UiMessages.text("import.title"), message);
	}
}
