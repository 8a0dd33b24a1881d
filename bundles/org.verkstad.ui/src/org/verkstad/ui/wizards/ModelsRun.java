package org.verkstad.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.StatusLine;

/**
 * The Finish of a wizard that works through many models in its progress bar (Diagrams, Course
 * Reports), written once so that both behave alike: the work is cancellable between two items; an
 * item that fails is noted and the others go on; at the end the failures are listed, a cancelled run
 * leaves the wizard open with what was done in its message, and a finished one says in the status
 * line what it made. A fault of the program is logged and told in a message.
 */
public final class ModelsRun {

	/** An item that was not done: where it is (a workspace folder, a participant), and why. */
	public record Failed(String where, String reason) {
	}

	/** The work, run outside the UI thread: notes each item done or failed, and stops between two when cancelled. */
	public interface Work {
		void run(ModelsRun run, IProgressMonitor monitor);
	}

	private final List<Failed> failures = new ArrayList<>();
	private final List<Path> written = new ArrayList<>();
	private int done;

	private ModelsRun() {
	}

	/**
	 * Runs the work in the wizard's progress bar and tells how it went. {@code keys} is the prefix of
	 * the messages ({@code .window}, {@code .broken}, {@code .failures.title}, {@code .failures.message}
	 * with the failed and tried items, {@code .cancelled} with the done and all items); {@code finished}
	 * gives the status line's message. Whether the wizard may close.
	 */
	static boolean finish(Wizard wizard, WizardPage page, String keys, int items, Work work,
			Function<ModelsRun, String> finished) {
		ModelsRun run = new ModelsRun();
		boolean[] cancelled = { false };
		try {
			wizard.getContainer().run(true, true, monitor -> {
				work.run(run, monitor);
				cancelled[0] = monitor.isCanceled();
			});
		} catch (InvocationTargetException e) {
			Platform.getLog(ModelsRun.class).log(Status.error(keys + " failed", e.getCause()));
			MessageDialog.openError(wizard.getShell(), UiMessages.text(keys + ".window"),
					UiMessages.text(keys + ".broken", String.valueOf(e.getCause().getMessage())));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (!run.failures.isEmpty()) {
			new ExportFailuresDialog(wizard.getShell(), UiMessages.text(keys + ".failures.title"),
					UiMessages.text(keys + ".failures.message", run.failures.size(), run.done + run.failures.size()),
					run.failures).open();
		}
		if (cancelled[0]) {
			// the wizard stays, to go on or close
			page.setMessage(UiMessages.text(keys + ".cancelled", run.done, items), IMessageProvider.WARNING);
			return false;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			StatusLine.show(window.getActivePage().getActivePart(), finished.apply(run));
		}
		return true;
	}

	/** An item done, with the files it wrote. */
	public void done(Collection<Path> files) {
		written.addAll(files);
		done++;
	}

	public void failed(String where, String reason) {
		failures.add(new Failed(where, reason));
	}

	/** How many items were done. */
	public int done() {
		return done;
	}

	public int failed() {
		return failures.size();
	}

	/** The files written so far. */
	public List<Path> written() {
		return written;
	}
}
