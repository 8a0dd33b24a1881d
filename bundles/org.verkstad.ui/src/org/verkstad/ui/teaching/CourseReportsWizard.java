package org.verkstad.ui.teaching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.verkstad.core.nls.Languages;
import org.verkstad.export.ExportException;
import org.verkstad.export.report.ReportFormat;
import org.verkstad.export.report.Reports;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.export.ModelExport;
import org.verkstad.ui.wizards.ModelsWizard;
import org.verkstad.ui.wizards.ModelsRun;

/**
 * File › Export… › Verkstad › Course Reports (and Course Report… in the explorer): a report per
 * participant, for a teacher with a folder of hand-ins or a participant with their own models. The
 * reports are made one after the other in the wizard's progress bar, a step each and cancellable
 * between two; one that cannot be made is noted and the others are made; the failures are listed at
 * the end ({@link ModelsRun}).
 */
public final class CourseReportsWizard extends ModelsWizard<CourseReportsPage> {

	public CourseReportsWizard() {
		super("wizard.report", CourseReportsPage::new);
	}

	@Override
	public boolean performFinish() {
		List<Reports.Job> jobs = page().jobs();
		ReportFormat format = page().format();
		Path folder = page().folder();
		page().saveSettings();
		return finish(jobs.size(), (run, monitor) -> makeAll(jobs, format, folder, run, monitor),
				run -> UiMessages.text("wizard.report.done", run.done(), ModelExport.folderName(folder), run.failed()));
	}

	/** Makes the reports in turn, a step of progress each (the participant shown); stops between two when cancelled. */
	private static void makeAll(List<Reports.Job> jobs, ReportFormat format, Path folder, ModelsRun run,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, UiMessages.text("wizard.report.progress", jobs.size()),
				jobs.size() + 1);
		// two participants' folders of one name (in two groups) would write one file
		Set<Path> targets = new HashSet<>();
		for (Reports.Job job : jobs) {
			if (monitor.isCanceled()) {
				break;
			}
			progress.subTask(job.participant());
			Path target = folder.resolve(Reports.fileName(job, format));
			if (!targets.add(target)) {
				run.failed(job.participant(), UiMessages.text("wizard.report.sameName", job.participant(),
						target.getFileName(), ModelExport.folderName(folder)));
			} else {
				make(job, format, target, run);
			}
			progress.worked(1);
		}
		// what was written shows in the explorer, cancelled or not
		ModelExport.refresh(run.written(), monitor.isCanceled() ? null : progress.newChild(1));
	}

	private static void make(Reports.Job job, ReportFormat format, Path target, ModelsRun run) {
		try {
			Files.createDirectories(target.getParent());
			run.done(List.of(Reports.write(job, format, target, Languages.current())));
		} catch (ExportException e) {
			run.failed(job.participant(), e.message(Languages.current()));
		} catch (IOException e) {
			run.failed(job.participant(), UiMessages.text("wizard.report.cannotWrite", target.getParent(),
					String.valueOf(e.getMessage())));
		} catch (RuntimeException | LinkageError e) {
			// a fault of the program: the log has the details, the list a sentence
			Platform.getLog(CourseReportsWizard.class).log(Status.error("Course report of " + job.participant() + " failed", e));
			run.failed(job.participant(), UiMessages.text("wizard.report.failed", String.valueOf(e.getMessage())));
		}
	}
}
