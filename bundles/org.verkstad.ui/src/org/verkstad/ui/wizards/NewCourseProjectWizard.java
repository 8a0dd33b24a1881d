package org.verkstad.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.ui.UiMessages;

/**
 * A new course project: a project in the workspace where a participant keeps the models of a
 * course, optionally filled with the course examples shipped with the program.
 */
public final class NewCourseProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.verkstad.ui.newCourseProject";

	private IWorkbench workbench;
	private Page page;

	/** The name and place of the project, and whether the examples go into it. */
	private static final class Page extends WizardNewProjectCreationPage {
		private Button examples;
		private boolean withExamples = true;

		Page() {
			super("courseProject");
			setTitle(UiMessages.text("wizard.project.title"));
			setDescription(UiMessages.text("wizard.project.description"));
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite control = (Composite) getControl();
			examples = new Button(control, SWT.CHECK);
			examples.setText(UiMessages.text("wizard.project.examples"));
			examples.setSelection(withExamples);
			examples.addListener(SWT.Selection, e -> withExamples = examples.getSelection());
			examples.setEnabled(!exampleFiles().isEmpty());
		}
	}

	public NewCourseProjectWizard() {
		setWindowTitle(UiMessages.text("wizard.project.window"));
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		List<Path> examples = page.withExamples ? exampleFiles() : List.of();
		if (!create(getContainer(), getShell(), getWindowTitle(), project, location, examples)) {
			return false;
		}
		reveal(project);
		return true;
	}

	/**
	 * Creates the project with the examples, showing the progress in {@code context}; when it cannot,
	 * says why in a dialog titled {@code title} and answers false.
	 */
	public static boolean create(IRunnableContext context, Shell shell, String title, IProject project, URI location,
			List<Path> examples) {
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				create(project, location, examples, monitor);
			}
		};
		try {
			context.run(true, true, create);
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			MessageDialog.openError(shell, title, UiMessages.text("wizard.project.failed", project.getName(),
					cause instanceof CoreException core ? core.getStatus().getMessage() : String.valueOf(cause.getMessage())));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Creates and opens the project and copies the examples into it. */
	public static void create(IProject project, URI location, List<Path> examples, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, UiMessages.text("wizard.project.creating", project.getName()),
				2 + examples.size());
		IProjectDescription description = project.getWorkspace()
				.newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		for (Path example : examples) {
			IFile file = project.getFile(example.getFileName().toString());
			try (InputStream in = Files.newInputStream(example)) {
				file.create(in, true, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error(UiMessages.text("wizard.project.exampleFailed", example.getFileName(), e.getMessage()), e));
			}
		}
	}

	/** The course examples shipped beside the program ({@code <install>/examples}). */
	public static List<Path> exampleFiles() {
		String install = System.getProperty("osgi.install.area");
		if (install == null) {
			return List.of();
		}
		Path folder;
		try {
			folder = Paths.get(new URI(install.replace(" ", "%20"))).resolve("examples");
		} catch (URISyntaxException | IllegalArgumentException e) {
			return List.of();
		}
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		ResourceSet resourceSet = ModelIO.newResourceSet();
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).filter(f -> ModelIO.isModelFile(resourceSet, f)).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private void reveal(IProject project) {
		if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
			return;
		}
		try {
			IViewPart explorer = workbench.getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
			if (explorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(project));
			}
		} catch (PartInitException e) {
			// the project is there; the explorer shows it when it is opened
			Platform.getLog(NewCourseProjectWizard.class).log(e.getStatus());
		}
	}
}
