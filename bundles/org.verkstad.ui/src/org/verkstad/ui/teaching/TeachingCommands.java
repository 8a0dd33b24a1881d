package org.verkstad.ui.teaching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.verkstad.core.nls.Languages;
import org.verkstad.templates.HandInManifest;
import org.verkstad.templates.HandIns;
import org.verkstad.templates.PackException;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;
import org.verkstad.ui.ModelFiles;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.export.ModelExport;

/**
 * The teaching workflow's commands in the File menu (and the explorer's menu of a project or folder):
 * Install Template Pack…, Create Template Pack…, Create Hand-in…, Import Hand-ins…. Long work runs as
 * a job with progress; a refused file's reason is shown in a message, never a stack trace.
 */
public final class TeachingCommands {

	private TeachingCommands() {
	}

	static void error(Shell shell, String titleKey, String message) {
		MessageDialog.openError(shell == null || shell.isDisposed() ? null : shell, UiMessages.text(titleKey), message);
	}

	/** File › Install Template Pack…: a pack file chosen, checked and installed among the user's packs. */
	public static final class InstallPack extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			FileDialog chooser = new FileDialog(shell, SWT.OPEN);
			chooser.setText(UiMessages.text("pack.install.choose"));
			chooser.setFilterExtensions(new String[] { "*" + Packs.EXTENSION, "*" });
			String chosen = chooser.open();
			if (chosen == null) {
				return null;
			}
			Display display = shell.getDisplay();
			Job.create(UiMessages.text("pack.install.job", Path.of(chosen).getFileName()), monitor -> {
				try {
					Path installed = Packs.install(Path.of(chosen), Packs.folder());
					PackManifest manifest = Packs.installed(Packs.folder(), installed.getFileName().toString()).orElseThrow()
							.manifest();
					display.asyncExec(() -> MessageDialog.openInformation(shell.isDisposed() ? null : shell,
							UiMessages.text("pack.install.title"), UiMessages.text("pack.install.done", manifest.title(),
									String.valueOf(manifest.packVersion()), manifest.templates().size())));
				} catch (PackException e) {
					display.asyncExec(() -> error(shell, "pack.install.title", e.message(Languages.current())));
				}
				return Status.OK_STATUS;
			}).schedule();
			return null;
		}
	}

	/** Create Template Pack…: the wizard for the chosen project or folder. */
	public static final class CreatePack extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IContainer folder = ModelFiles.chosenFolder(event);
			Shell shell = HandlerUtil.getActiveShell(event);
			if (folder == null || folder.getLocation() == null) {
				MessageDialog.openInformation(shell, UiMessages.text("pack.create.title"), UiMessages.text("pack.create.noFolder"));
				return null;
			}
			new WizardDialog(shell, new CreatePackWizard(folder)).open();
			return null;
		}
	}

	/** Create Hand-in…: the chosen folder's models in one archive for the teacher. */
	public static final class CreateHandIn extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IContainer folder = ModelFiles.chosenFolder(event);
			Shell shell = HandlerUtil.getActiveShell(event);
			if (folder == null || folder.getLocation() == null) {
				MessageDialog.openInformation(shell, UiMessages.text("handin.create.title"), UiMessages.text("handin.create.noFolder"));
				return null;
			}
			// what is handed in is what is saved
			if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
				return null;
			}
			Path path = folder.getLocation().toFile().toPath();
			IInputValidator notEmpty = text -> text.isBlank() ? UiMessages.text("handin.create.nameMissing") : null;
			InputDialog name = new InputDialog(shell, UiMessages.text("handin.create.title"),
					UiMessages.text("handin.create.name", folder.getName()), HandIns.participant(path), notEmpty);
			if (name.open() != Window.OK) {
				return null;
			}
			FileDialog chooser = new FileDialog(shell, SWT.SAVE);
			chooser.setText(UiMessages.text("handin.create.choose"));
			chooser.setFilterExtensions(new String[] { "*" + HandIns.EXTENSION });
			chooser.setFilterPath(path.getParent().toString());
			chooser.setFileName(folder.getName() + HandIns.EXTENSION);
			chooser.setOverwrite(true);
			String out = chooser.open();
			if (out == null) {
				return null;
			}
			Path file = Path.of(out.endsWith(HandIns.EXTENSION) ? out : out + HandIns.EXTENSION);
			Display display = shell.getDisplay();
			Job job = Job.create(UiMessages.text("handin.create.job", name.getValue().strip()), monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, UiMessages.text("handin.create.job", name.getValue().strip()),
						IProgressMonitor.UNKNOWN);
				try {
					HandInManifest made = HandIns.create(path, name.getValue().strip(), file, Languages.current(), progress::subTask);
					ModelExport.refresh(List.of(file), progress);
					display.asyncExec(() -> MessageDialog.openInformation(shell.isDisposed() ? null : shell,
							UiMessages.text("handin.create.title"), UiMessages.text("handin.create.done", file, made.models().size(),
									made.diagrams().size(), made.errors(), made.warnings())));
				} catch (PackException e) {
					display.asyncExec(() -> error(shell, "handin.create.title", e.message(Languages.current())));
				}
				return Status.OK_STATUS;
			});
			job.setUser(true);
			job.schedule();
			return null;
		}
	}

	/**
	 * Import Hand-ins…: a folder of hand-ins unpacked into a project of the workspace (one folder per
	 * participant), checked again, and shown in the overview.
	 */
	public static final class ImportHandIns extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			Shell shell = HandlerUtil.getActiveShell(event);
			FolderDialog dialog = new FolderDialog(shell);
			if (dialog.open() != Window.OK) {
				return null;
			}
			String chosen = dialog.folder;
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(UiMessages.text("handin.import.project"));
			Display display = shell.getDisplay();
			Job job = Job.create(UiMessages.text("handin.import.job", chosen), monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, UiMessages.text("handin.import.job", chosen), 10);
				try {
					if (!project.exists()) {
						project.create(progress.split(1));
					}
					if (!project.isOpen()) {
						project.open(progress.split(1));
					}
					Path target = project.getLocation().toFile().toPath();
					HandIns.Import imported = HandIns.importAll(Path.of(chosen), target, Languages.current(), progress::subTask);
					project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
					display.asyncExec(() -> {
						HandInsView.show(window, project, imported.rows());
						if (imported.overviewProblem() != null) {
							error(shell, "handin.import.title", imported.overviewProblem());
						}
					});
				} catch (CoreException e) {
					display.asyncExec(() -> error(shell, "handin.import.title", e.getStatus().getMessage()));
				}
				return Status.OK_STATUS;
			});
			job.setUser(true);
			job.schedule();
			return null;
		}
	}

	/** The folder of hand-ins to import: typed, or chosen with Browse…; it must hold hand-ins. */
	static final class FolderDialog extends Dialog {
		private Text text;
		private Label problem;
		String folder;

		FolderDialog(Shell shell) {
			super(shell);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(UiMessages.text("handin.import.title"));
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout(2, false));
			Label label = new Label(area, SWT.WRAP);
			label.setText(UiMessages.text("handin.import.choose"));
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			text = new Text(area, SWT.BORDER | SWT.SINGLE);
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
			wide.widthHint = 420;
			text.setLayoutData(wide);
			text.addModifyListener(e -> validate());
			Button browse = new Button(area, SWT.PUSH);
			browse.setText(UiMessages.text("pack.create.browse"));
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog chooser = new DirectoryDialog(getShell(), SWT.NONE);
				chooser.setMessage(UiMessages.text("handin.import.choose"));
				chooser.setFilterPath(text.getText().strip());
				String chosen = chooser.open();
				if (chosen != null) {
					text.setText(chosen);
				}
			});
			problem = new Label(area, SWT.WRAP);
			problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			super.createButtonsForButtonBar(parent);
			validate();
		}

		private void validate() {
			String value = text == null ? "" : text.getText().strip();
			String reason = null;
			if (value.isEmpty()) {
				reason = "";
			} else if (!Files.isDirectory(Path.of(value))) {
				reason = UiMessages.text("handin.import.notFolder", value);
			}
			if (problem != null) {
				problem.setText(reason == null ? "" : reason);
			}
			if (getButton(OK) != null) {
				getButton(OK).setEnabled(reason == null);
			}
		}

		@Override
		protected void okPressed() {
			folder = text.getText().strip();
			super.okPressed();
		}
	}

	/** Opens the models of a folder of the workspace in their editors. */
	static void openModels(IWorkbenchPage page, IContainer folder) {
		try {
			for (IResource member : folder.members()) {
				if (member instanceof IFile file && ModelFiles.isModel(file)) {
					IDE.openEditor(page, file, true);
				}
			}
		} catch (PartInitException e) {
			error(page.getWorkbenchWindow().getShell(), "handin.overview.title", e.getMessage());
		} catch (CoreException e) {
			error(page.getWorkbenchWindow().getShell(), "handin.overview.title", e.getStatus().getMessage());
		}
	}
}
