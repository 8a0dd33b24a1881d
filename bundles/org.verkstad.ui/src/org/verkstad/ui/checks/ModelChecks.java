package org.verkstad.ui.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Fixes;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.ui.ModelFiles;
import org.verkstad.ui.UiMessages;

/**
 * The checks of every model file in the workspace as problem markers: the Problems view lists them
 * (a double-click opens the file at the line) and the explorer decorates the files. A file is checked
 * again whenever it changes; at start every model file is.
 */
public final class ModelChecks implements IResourceChangeListener {

	/** The marker type of a finding (a problem and a text marker, see plugin.xml). */
	public static final String MARKER = "org.verkstad.ui.finding";

	/** A marker's attribute: whether its finding has fixes (quick fix, Ctrl+1). */
	public static final String FIXABLE = "org.verkstad.fixable";

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();

	/** Checks every model file now (in the background) and every changed one from now on. */
	public void start() {
		workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		List<IFile> all = new ArrayList<>();
		try {
			workspace.getRoot().accept(resource -> {
				if (ModelFiles.isModel(resource)) {
					all.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			log(e.getStatus());
		}
		// after the start: the first editor comes first
		check(all, START_DELAY);
	}

	/** How long after the workbench's start the first check of every model waits. */
	private static final long START_DELAY = 3000;

	public void stop() {
		workspace.removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (ModelFiles.isModel(delta.getResource()) && delta.getKind() != IResourceDelta.REMOVED
						&& (delta.getKind() == IResourceDelta.ADDED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changed.add((IFile) delta.getResource());
				}
				return true;
			});
		} catch (CoreException e) {
			log(e.getStatus());
		}
		check(changed, 0);
	}

	/** Checks files in a background job that shows its progress. */
	public static void check(List<IFile> files, long delay) {
		if (files.isEmpty()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob(UiMessages.text("checks.job")) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, files.size());
				for (IFile file : files) {
					progress.subTask(file.getName());
					if (file.exists()) {
						mark(file, findings(file));
					}
					progress.worked(1);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(null);
		job.setSystem(false);
		job.setPriority(Job.DECORATE);
		job.schedule(delay);
	}

	/** A finding on a line of a file, in the language of the user interface. */
	record Mark(int severity, int line, String message, boolean fixable) {
	}

	/** What the checks say of a file; a file that cannot be read is one finding saying why. */
	static List<Mark> findings(IFile file) {
		Path path = file.getLocation() == null ? null : file.getLocation().toFile().toPath();
		if (path == null) {
			return List.of();
		}
		try {
			return findings(ModelIO.load(path));
		} catch (ModelFileException e) {
			return List.of(unreadable(e));
		} catch (RuntimeException e) {
			return List.of(new Mark(IMarker.SEVERITY_ERROR, 1, UiMessages.text("checks.failed", String.valueOf(e.getMessage())), false));
		}
	}

	private static List<Mark> findings(Model model) {
		Locale locale = Languages.current();
		List<Mark> marks = new ArrayList<>();
		for (Finding finding : Validation.validate(model.eResource())) {
			marks.add(new Mark(severity(finding.severity()), finding.line(), finding.message(locale), !Fixes.of(finding).isEmpty()));
		}
		return marks;
	}

	private static Mark unreadable(ModelFileException e) {
		return new Mark(IMarker.SEVERITY_ERROR, Math.max(e.line(), 1), e.message(Languages.current()), false);
	}

	/**
	 * The checks of a model as an editor holds it, before it is saved: the file's markers (the text's
	 * annotations and the Problems view) say what the text says now. {@code model} is null when the text
	 * could not be read, for the reason {@code problem}.
	 */
	public static void checkText(IFile file, Model model, ModelFileException problem) {
		List<Mark> marks = model != null ? findings(model) : problem != null ? List.of(unreadable(problem)) : List.of();
		WorkspaceJob job = new WorkspaceJob(UiMessages.text("checks.job")) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) {
				if (file.exists()) {
					mark(file, marks);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
		job.setSystem(true);
		job.schedule();
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	/** Replaces a file's finding markers. */
	static void mark(IFile file, List<Mark> marks) {
		try {
			file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			for (Mark mark : marks) {
				IMarker marker = file.createMarker(MARKER);
				marker.setAttribute(IMarker.SEVERITY, mark.severity());
				marker.setAttribute(IMarker.LINE_NUMBER, mark.line());
				marker.setAttribute(IMarker.MESSAGE, mark.message());
				marker.setAttribute(FIXABLE, mark.fixable());
			}
		} catch (CoreException e) {
			log(e.getStatus());
		}
	}

	private static void log(IStatus status) {
		Platform.getLog(ModelChecks.class).log(status);
	}
}
