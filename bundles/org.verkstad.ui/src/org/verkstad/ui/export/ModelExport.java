package org.verkstad.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.server.LiveDocuments;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.ExportException;
import org.verkstad.export.ExportFormat;
import org.verkstad.export.Page;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.export.interchange.Interchanges;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.wizards.FolderField;
import org.verkstad.ui.preferences.ExportPreferencePage;

/**
 * One model file's diagrams exported the way the workbench does it (Export Diagram…, the export
 * wizard): from the text an editor holds, saved or not, else from the file. A text with mistakes is
 * not exported, as with {@code verkstad export}: what could not be read would be missing from the
 * drawing. A file that cannot be exported is a {@link Failure} whose message names the file and the
 * cause in the user's language.
 */
public final class ModelExport {

	/**
	 * How diagrams are exported: the format (by its id: a diagram's, or another tool's such as
	 * {@code bpmn}), the page and, for PNG, the resolution.
	 */
	record Options(String format, Page page, int dpi) {

		/** The diagram format chosen, or null when the format is another tool's. */
		ExportFormat diagram() {
			return ExportFormat.parse(format);
		}

		/** The defaults of Window › Preferences › Export of diagrams. */
		static Options fromPreferences() {
			ExportPreferencePage.Settings settings = ExportPreferencePage.settings();
			ExportFormat format = ExportFormat.parse(settings.format());
			Page page = Page.parse(settings.page());
			int dpi = settings.dpi() < DiagramExport.MIN_DPI || settings.dpi() > DiagramExport.MAX_DPI
					? ExportPreferencePage.DEFAULT_DPI : settings.dpi();
			return new Options((format == null ? ExportFormat.PDF : format).id(), page == null ? Page.A4_LANDSCAPE : page, dpi);
		}
	}

	/** A model file that was not exported; the message names the file and says why. */
	static final class Failure extends Exception {

		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	private ModelExport() {
	}

	/** Whether an editor of the workbench's active page holds unsaved changes of the file. */
	public static boolean isDirty(IFile file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().findEditor(new FileEditorInput(file));
		return editor != null && editor.isDirty();
	}

	/** The text an open editor holds of a file (saved or not), or null when no editor has it. */
	public static String editorText(Path file) {
		LiveDocuments.Document document = LiveDocuments.of(file);
		return document == null ? null : document.text();
	}

	/**
	 * Exports every diagram of a model file into {@code outDir}: of {@code text} when given (an editor's),
	 * else of the file on disk. Returns the files written.
	 */
	static List<Path> export(Path file, String text, Options options, Path outDir) throws Failure {
		Locale locale = Languages.current();
		String name = file.getFileName().toString();
		Model model;
		try {
			ResourceSet resourceSet = ModelIO.newResourceSet();
			model = text == null ? ModelIO.load(resourceSet, file)
					: ModelIO.load(resourceSet, file, text.getBytes(StandardCharsets.UTF_8));
		} catch (ModelFileException e) {
			throw new Failure(e.line() > 0 ? UiMessages.text("export.unreadableAt", name, e.line(), e.message(locale))
					: UiMessages.text("export.unreadable", name, e.message(locale)));
		}
		Resource resource = model.eResource();
		// links to the other models count: one that goes nowhere is a mistake too
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			String reason = String.valueOf(first.getMessage()).strip();
			reason = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
			throw new Failure(UiMessages.text("export.mistakes", name, first.getLine(), reason, resource.getErrors().size()));
		}
		try {
			if (options.diagram() == null) {
				return List.of(exchange(file, model, options.format(), outDir, locale));
			}
			// an editor's diagrams as they show them now, unsaved moves included
			LiveDocuments.Document editor = text == null ? null : LiveDocuments.of(file);
			return DiagramExport.export(file, model, editor == null ? Map.of() : editor.layout(), options.diagram(),
					options.page(), options.dpi(), outDir, locale);
		} catch (ExportException e) {
			throw new Failure(e.message(locale));
		} catch (RuntimeException | LinkageError e) {
			// a fault of the program, not of the model: the log has the details, the user a sentence
			Platform.getLog(ModelExport.class).log(Status.error("Export of " + file + " failed", e));
			throw new Failure(UiMessages.text("export.failed", name, String.valueOf(e.getMessage())));
		}
	}

	/** A model in another tool's format (BPMN, a workbook of its tables), if its notation has it. */
	private static Path exchange(Path file, Model model, String format, Path outDir, Locale locale) throws Failure {
		String name = file.getFileName().toString();
		Interchange writer = Interchanges.writing(format, model)
				.orElseThrow(() -> new Failure(UiMessages.text("export.notInFormat", name, format.toUpperCase(Locale.ROOT))));
		try {
			return writer.export(file, model, outDir, locale);
		} catch (InterchangeException e) {
			throw new Failure(e.message(locale));
		} catch (IOException e) {
			throw new Failure(UiMessages.text("export.failed", name, String.valueOf(e.getMessage())));
		}
	}


	/** What is wrong with a target folder of diagrams as typed (a message), or null when it will do. */
	public static String folderProblem(String typed) {
		return FolderField.problem(typed, UiMessages.text("export.folder.missing"));
	}

	/** How a folder is called for the user: its path in the workspace when it is in a project, else on disk. */
	public static String folderName(Path folder) {
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri());
		return containers.length > 0 && containers[0].getType() != IResource.ROOT ? containers[0].getFullPath().toString()
				: folder.toString();
	}

	/** The workspace folders that hold written files are read again, so the explorer shows the files. */
	public static void refresh(Collection<Path> written, IProgressMonitor monitor) {
		Set<Path> folders = new LinkedHashSet<>();
		for (Path path : written) {
			folders.add(path.toAbsolutePath().getParent());
		}
		for (Path folder : folders) {
			for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri())) {
				// a folder the export made: the nearest one the workspace knows, and all below it
				IContainer known = container;
				while (!known.exists() && known.getParent() != null) {
					known = known.getParent();
				}
				try {
					known.refreshLocal(known == container ? IResource.DEPTH_ONE : IResource.DEPTH_INFINITE, monitor);
				} catch (CoreException e) {
					Platform.getLog(ModelExport.class).log(e.getStatus());
				}
			}
		}
	}
}
