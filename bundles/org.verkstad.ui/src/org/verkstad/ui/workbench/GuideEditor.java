package org.verkstad.ui.workbench;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.verkstad.core.nls.Languages;
import org.verkstad.ui.wizards.NewCourseProjectWizard;
import org.verkstad.ui.UiMessages;

/**
 * The welcome page ({@code guide/guide_<sv|nb|en>.html}), in the editor area: shown
 * when the workspace has no projects yet and from Help › Welcome. Its buttons open the course
 * examples (a course project "kursexempel" filled with them) and the course project wizard.
 */
public final class GuideEditor extends ReadingPage {

	public static final String ID = "org.verkstad.ui.guide";

	private Browser browser;

	/** The page is one, whatever opens it. */
	static final Input INPUT = new Input("guide.title");

	/** Opens the guide in a page of the workbench. */
	static void open(IWorkbenchPage page) {
		try {
			page.openEditor(INPUT, ID);
		} catch (PartInitException e) {
			Platform.getLog(GuideEditor.class).log(e.getStatus());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		// the folder as a whole, so that the page finds its style sheet beside it
		URL folder = Platform.getBundle("org.verkstad.ui").getEntry("guide/");
		String name = "guide_" + Languages.current().getLanguage() + ".html";
		if (folder == null || Platform.getBundle("org.verkstad.ui").getEntry("guide/" + name) == null) {
			name = "guide_en.html";
		}
		try {
			browser = new Browser(parent, SWT.NONE);
			browser.setUrl(FileLocator.toFileURL(folder).toExternalForm() + name);
			browser.addLocationListener(new LocationAdapter() {
				@Override
				public void changing(LocationEvent event) {
					if (event.location.startsWith("verkstad:")) {
						event.doit = false;
						run(event.location.substring("verkstad:".length()));
					}
				}
			});
		} catch (IOException | SWTError e) {
			new Label(parent, SWT.WRAP).setText(UiMessages.text("editor.diagram.noBrowser", String.valueOf(e.getMessage())));
		}
	}

	private void run(String command) {
		if (command.equals("project")) {
			NewCourseProjectWizard wizard = new NewCourseProjectWizard();
			wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
			new WizardDialog(getSite().getShell(), wizard).open();
		} else if (command.startsWith("examples")) {
			// verkstad:examples/FILE: the guide names the example it talks about first
			openExamples(getSite().getPage(), getSite().getShell(), command.startsWith("examples/") ? command.substring("examples/".length()) : "");
		}
	}

	/**
	 * A course project with the course examples ("kursexempel", or the next free name), the example the
	 * guide names opened (the as-is process map).
	 */
	static void openExamples(IWorkbenchPage page, Shell shell, String opened) {
		String title = UiMessages.text("guide.title");
		List<Path> examples = NewCourseProjectWizard.exampleFiles();
		if (examples.isEmpty()) {
			MessageDialog.openInformation(shell, title, UiMessages.text("guide.noExamples"));
			return;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("kursexempel");
		for (int i = 2; project.exists(); i++) {
			project = ResourcesPlugin.getWorkspace().getRoot().getProject("kursexempel-" + i);
		}
		if (!NewCourseProjectWizard.create(new ProgressMonitorDialog(shell), shell, title, project, null, examples)) {
			return;
		}
		IFile first = opened.isEmpty() ? null : project.getFile(opened);
		if (first != null && first.exists()) {
			try {
				IEditorPart editor = IDE.openEditor(page, first, true);
				// the click on the welcome page ends in its browser, which takes the focus back: the example is
				// the active editor (Save, F1 and the views follow it) once the click is over
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed() && page.findEditor(editor.getEditorInput()) == editor) {
						page.activate(editor);
					}
				});
			} catch (PartInitException e) {
				// the project is there, with the examples; the explorer opens them
				Platform.getLog(GuideEditor.class).log(e.getStatus());
			}
		}
	}

	@Override
	public void setFocus() {
		if (browser != null && !browser.isDisposed()) {
			browser.setFocus();
		}
	}
}
