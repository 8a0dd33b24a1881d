package org.verkstad.ui.teaching;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.verkstad.export.report.ReportFormat;
import org.verkstad.export.report.Reports;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.export.ModelExport;
import org.verkstad.ui.wizards.FolderField;
import org.verkstad.ui.wizards.ModelsPage;

/**
 * The course report wizard's page: the models to report on ({@link ModelsPage}; each folder holding
 * ticked models is one participant, so a folder of hand-ins gives a report each), the format, and the
 * folder the reports go into. It says how many reports that makes, and that unsaved editors are not
 * in them.
 */
final class CourseReportsPage extends ModelsPage {

	private static final String FOLDER = "folder";
	private static final String FORMAT = "format";
	private static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.HTML);

	private Combo format;
	private FolderField folder;
	private Label count;

	@Override
	protected void createOptions(Composite page) {
		count = new Label(page, SWT.WRAP);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Group how = new Group(page, SWT.NONE);
		how.setText(UiMessages.text("wizard.report.how"));
		how.setLayout(new GridLayout(4, false));
		how.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(how, SWT.NONE).setText(UiMessages.text("export.format"));
		format = new Combo(how, SWT.READ_ONLY | SWT.DROP_DOWN);
		format.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
		for (ReportFormat each : FORMATS) {
			format.add(UiMessages.text("wizard.report.format." + each.extension()));
		}
		IDialogSettings settings = getDialogSettings();
		ReportFormat remembered = settings == null ? null : ReportFormat.parse(settings.get(FORMAT));
		format.select(remembered == null ? 0 : FORMATS.indexOf(remembered));
		format.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> changed()));
		new Label(how, SWT.NONE).setText(UiMessages.text("wizard.report.folder"));
		folder = new FolderField(how, "wizard.report", this::changed);
		folder.setText(defaultFolder(settings == null ? null : settings.get(FOLDER)));
	}

	/**
	 * The folder last used, unless it is in another project than the one chosen: then the chosen
	 * project's folder, so that a course's reports do not land in the previous course.
	 */
	private String defaultFolder(String last) {
		IProject project = initial().stream().map(IResource::getProject)
				.filter(p -> p != null && p.getLocation() != null).findFirst().orElse(null);
		if (project == null || last != null && !last.isBlank() && !inOtherProject(last, project)) {
			return last;
		}
		return project.getLocation().toOSString();
	}

	/** Whether a folder as typed is in a project of the workspace other than the one given. */
	private static boolean inOtherProject(String folder, IProject project) {
		try {
			for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
					.findContainersForLocationURI(Path.of(folder).toUri())) {
				if (container.getProject() != null && !container.getProject().equals(project)) {
					return true;
				}
			}
			return false;
		} catch (InvalidPathException e) {
			return false;
		}
	}

	@Override
	protected void changed() {
		if (folder == null || count == null || format == null) {
			return; // still being made
		}
		List<Reports.Job> jobs = jobs();
		count.setText(jobs.isEmpty() ? "" : UiMessages.text("wizard.report.count", jobs.size(),
				jobs.stream().map(Reports.Job::participant).collect(Collectors.joining(", "))));
		count.getParent().layout();
		String problem = jobs.isEmpty() ? UiMessages.text("wizard.export.noModels") : folder.problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
		// the reports read the files: an editor's unsaved text is not in them
		List<String> unsaved = files().stream().filter(file -> ModelExport.editorText(path(file)) != null
				&& ModelExport.isDirty(file)).map(IFile::getName).toList();
		setMessage(unsaved.isEmpty() ? null : UiMessages.text("wizard.report.unsaved", String.join(", ", unsaved), unsaved.size()),
				IMessageProvider.WARNING);
	}

	/** A report per folder of ticked models. */
	List<Reports.Job> jobs() {
		return Reports.byFolder(files().stream().filter(f -> f.getLocation() != null).map(CourseReportsPage::path).toList());
	}

	private static Path path(IFile file) {
		return file.getLocation().toFile().toPath().toAbsolutePath().normalize();
	}

	ReportFormat format() {
		return FORMATS.get(Math.max(format.getSelectionIndex(), 0));
	}

	Path folder() {
		return folder.path();
	}

	void saveSettings() {
		IDialogSettings settings = getDialogSettings();
		if (settings != null) {
			settings.put(FOLDER, folder.text());
			settings.put(FORMAT, format().id());
		}
	}
}
