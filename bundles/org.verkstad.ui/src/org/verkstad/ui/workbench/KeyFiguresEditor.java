package org.verkstad.ui.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.verkstad.core.io.Markup;
import org.verkstad.core.nls.Languages;
import org.verkstad.export.report.Dashboard;
import org.verkstad.ui.UiMessages;

/**
 * Key Figures (the explorer's menu of a project, a folder or a model file): the key-figure dashboard of
 * that folder (a participant's models, or a course's folders of participants) in the editor area, as
 * {@code verkstad dashboard} writes it. Made in the background; opened again, it is made anew.
 */
public final class KeyFiguresEditor extends ReadingPage {

	public static final String ID = "org.verkstad.ui.keyFigures";

	/** The command: the folder chosen in the explorer (a model file's folder), its key figures in an editor. */
	public static final class Handler extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			IContainer folder = resource instanceof IFile file ? file.getParent() : resource instanceof IContainer c ? c : null;
			if (window == null || folder == null || folder.getLocation() == null) {
				return null;
			}
			try {
				Path path = folder.getLocation().toFile().toPath();
				window.getActivePage().openEditor(new Input("keyFigures.title", path, folder.getName()), ID);
			} catch (PartInitException e) {
				Platform.getLog(KeyFiguresEditor.class).log(e.getStatus());
			}
			return null;
		}
	}

	private Browser browser;

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		browser.setText("<p style=\"font-family: sans-serif; color: #546e7a\">" + Markup.escape(UiMessages.text("keyFigures.working"))
				+ "</p>");
		Path folder = (Path) ((Input) getEditorInput()).identity();
		Job.create(UiMessages.text("keyFigures.working"), monitor -> {
			String html;
			try {
				html = new String(Dashboard.of(folder, Languages.current()).html(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				html = "<p>" + Markup.escape(UiMessages.text("keyFigures.unreadable", folder, String.valueOf(e.getMessage()))) + "</p>";
			}
			String page = html;
			browser.getDisplay().asyncExec(() -> {
				if (!browser.isDisposed()) {
					browser.setText(page);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}
}
