package org.verkstad.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.verkstad.core.nls.Languages;
import org.verkstad.export.ExportException;
import org.verkstad.export.report.ReportFormat;
import org.verkstad.export.report.Reports;

/**
 * File › Export… › Verkstad › Course Reports (and Course Report… in the explorer): a report per
 * participant, for a teacher with a folder of hand-ins or a participant with their own models. The
 * reports are made one after the other in the wizard's progress bar, a step each and cancellable
 * between two; one that cannot be made is noted and the others are made; the failures are listed at
 * the end.
 */
public final class CourseReportsWizard extends Wizard implements IExportWizard {

	private IWorkbench workbench;
	private CourseReportsPage page;

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		setWindowTitle(UiMessages.text("wizard.report.window"));
		setNeedsProgressMonitor(true);
		setDialogSettings(ExportDiagramsWizard.settings("CourseReportsWizard"));
		page = new CourseReportsPage(ExportDiagramsWizard.inWorkspace(newWorkbench, selection));
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		List<Reports.Job> jobs = page.jobs();
		ReportFormat format = page.format();
		Path folder = page.folder();
		page.saveSettings();
		List<ExportDiagramsWizard.Failed> failures = new ArrayList<>();
		List<Path> written = new ArrayList<>();
		boolean[] cancelled = { false };
		try {
			getContainer().run(true, true, monitor -> {
				makeAll(jobs, format, folder, monitor, failures, written);
				cancelled[0] = monitor.isCanceled();
			});
		} catch (InvocationTargetException e) {
			Platform.getLog(CourseReportsWizard.class).log(Status.error("Course reports failed", e.getCause()));
			MessageDialog.openError(getShell(), UiMessages.text("wizard.report.window"),
					UiMessages.text("wizard.report.broken", String.valueOf(e.getCause().getMessage())));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (!failures.isEmpty()) {
			new ExportFailuresDialog(getShell(), UiMessages.text("wizard.report.failures.title"),
					UiMessages.text("wizard.report.failures.message", failures.size(), written.size() + failures.size()),
					failures).open();
		}
		if (cancelled[0]) {
			page.setMessage(UiMessages.text("wizard.report.cancelled", written.size(), jobs.size()), IMessageProvider.WARNING);
			return false;
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			ExportDiagramHandler.status(window.getActivePage().getActivePart(),
					UiMessages.text("wizard.report.done", written.size(), ModelExport.folderName(folder), failures.size()));
		}
		return true;
	}

	/** Makes the reports in turn, a step of progress each (the participant shown); stops between two when cancelled. */
	private static void makeAll(List<Reports.Job> jobs, ReportFormat format, Path folder, IProgressMonitor monitor,
			List<ExportDiagramsWizard.Failed> failures, List<Path> written) {
		SubMonitor progress = SubMonitor.convert(monitor, UiMessages.text("wizard.report.progress", jobs.size()),
				jobs.size() + 1);
		for (Reports.Job job : jobs) {
			if (monitor.isCanceled()) {
				break;
			}
			progress.subTask(job.participant());
			try {
				Files.createDirectories(folder);
				written.add(Reports.write(job, format, folder.resolve(Reports.fileName(job, format)), Languages.current()));
			} catch (ExportException e) {
				failures.add(new ExportDiagramsWizard.Failed(job.participant(), e.message(Languages.current())));
			} catch (java.io.IOException e) {
				failures.add(new ExportDiagramsWizard.Failed(job.participant(),
						UiMessages.text("wizard.report.cannotWrite", folder, String.valueOf(e.getMessage()))));
			} catch (RuntimeException | LinkageError e) {
				// a fault of the program: the log has the details, the list a sentence
				Platform.getLog(CourseReportsWizard.class).log(Status.error("Course report of " + job.participant() + " failed", e));
				failures.add(new ExportDiagramsWizard.Failed(job.participant(),
						UiMessages.text("wizard.report.failed", String.valueOf(e.getMessage()))));
			}
			progress.worked(1);
		}
		ModelExport.refresh(written, monitor.isCanceled() ? null : progress.newChild(1));
	}
}
