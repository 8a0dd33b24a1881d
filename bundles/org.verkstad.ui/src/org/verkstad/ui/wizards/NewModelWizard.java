package org.verkstad.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.Ids;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.ui.UiMessages;

/**
 * A new model of one notation (named in plugin.xml after the class: {@code NewModelWizard:process}):
 * a text file in a course project, with the notation's empty model named after the file, opened in its
 * editor.
 */
public final class NewModelWizard extends Wizard implements INewWizard, IExecutableExtension {

	private Notation notation;
	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) throws CoreException {
		String id = data instanceof String text ? text : "";
		notation = Notations.byId(id).orElseThrow(() -> new CoreException(
				Status.error(UiMessages.text("wizard.model.unknown", id))));
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
		this.workbench = newWorkbench;
		this.selection = inProject(newWorkbench, newSelection);
		setWindowTitle(UiMessages.text("wizard.model.window", notation.name(Languages.current())));
	}

	/**
	 * The selection the new file goes beside: a model editor's selection is of model elements, which
	 * are not resources, so then the file the editor shows.
	 */
	public static IStructuredSelection inProject(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null && !selection.isEmpty()
				&& Adapters.adapt(selection.getFirstElement(), IResource.class) != null) {
			return selection;
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		IFile file = editor == null ? null
				: editor.getEditorInput().getAdapter(IFile.class);
		return file == null ? selection : new StructuredSelection(file);
	}

	@Override
	public void addPages() {
		String name = notation.name(Languages.current());
		page = new WizardNewFileCreationPage("model", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(initialText(getFileName()));
			}
		};
		page.setTitle(name);
		page.setDescription(UiMessages.text("wizard.model.description", name));
		page.setFileExtension(notation.id());
		// the notation's name as a file name: "Tre lådor" → tre-lådor
		page.setFileName(UiMessages.text("wizard.model.fileName", Ids.fileName(name, Languages.current())));
		addPage(page);
	}

	/** The text of an empty model of the notation, its id and name from the file's name. */
	byte[] initialText(String fileName) {
		String base = fileName.endsWith("." + notation.id())
				? fileName.substring(0, fileName.length() - notation.id().length() - 1) : fileName;
		Model model = (Model) EcoreUtil.create(notation.modelClass());
		model.setId(Ids.forModel(base));
		model.setName(base.replace('-', ' '));
		try {
			return ModelIO.render(model, Path.of(System.getProperty("java.io.tmpdir"), fileName), true);
		} catch (ModelFileException e) {
			return new byte[0];
		}
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			Platform.getLog(NewModelWizard.class).log(e.getStatus());
		}
		return true;
	}
}
