package org.verkstad.ui.teaching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Notations;
import org.verkstad.templates.PackException;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;
import org.verkstad.templates.Templates;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.preferences.ExportPreferencePage;
import org.verkstad.ui.wizards.NewModelWizard;

/**
 * File › New › Model from Template: a template of an installed pack becomes a new model in the
 * workspace, by the participant (asked once, then remembered in the workspace's preferences), which
 * opens in its editor with the pack's instructions beside it.
 */
public final class NewFromTemplateWizard extends Wizard implements INewWizard {

	/** The workspace's preference with the participant's name, the author of the models made from templates. */
	static final String AUTHOR = "participant.name";

	/** A template of an installed pack. */
	record Choice(Packs.Installed pack, PackManifest.Template template) {
		String fileName() {
			return template.file().substring(template.file().lastIndexOf('/') + 1);
		}
	}

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private TemplatePage templates;
	private WizardNewFileCreationPage file;

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
		this.workbench = newWorkbench;
		IStructuredSelection chosen = NewModelWizard.inProject(newWorkbench, newSelection);
		this.selection = chosen == null ? StructuredSelection.EMPTY : chosen;
		setWindowTitle(UiMessages.text("wizard.fromTemplate.window"));
	}

	/** The folder the new model goes into unless the user says otherwise: the chosen one, or the chosen file's. */
	private IPath initialFolder() {
		IResource chosen = Adapters.adapt(selection.getFirstElement(),
				IResource.class);
		if (chosen instanceof IFile f) {
			return f.getParent().getFullPath();
		}
		return chosen instanceof IContainer c ? c.getFullPath() : null;
	}

	/** Every template of every installed pack. */
	static List<Choice> choices() {
		List<Choice> all = new ArrayList<>();
		for (Packs.Installed installed : Packs.installed(Packs.folder())) {
			installed.manifest().templates().forEach(t -> all.add(new Choice(installed, t)));
		}
		return all;
	}

	@Override
	public void addPages() {
		templates = new TemplatePage();
		addPage(templates);
		file = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected InputStream getInitialContents() {
				Choice choice = templates.chosen();
				try {
					return new ByteArrayInputStream(Templates.render(choice.pack(), choice.template().file(),
							Path.of(System.getProperty("java.io.tmpdir"), getFileName()), templates.author()));
				} catch (PackException e) {
					setErrorMessage(e.message(Languages.current()));
					return null;
				}
			}
		};
		file.setTitle(UiMessages.text("wizard.fromTemplate.fileTitle"));
		file.setDescription(UiMessages.text("wizard.fromTemplate.fileDescription"));
		addPage(file);
	}

	@Override
	public boolean canFinish() {
		return templates.chosen() != null && file.isPageComplete() && getContainer().getCurrentPage() == file;
	}

	@Override
	public boolean performFinish() {
		IFile created = file.createNewFile();
		if (created == null) {
			return false;
		}
		IPreferenceStore store = ExportPreferencePage.store();
		store.setValue(AUTHOR, templates.author());
		try {
			((ScopedPreferenceStore) store).save();
		} catch (IOException e) {
			Platform.getLog(NewFromTemplateWizard.class).log(
					Status.warning(String.valueOf(e.getMessage()), e));
		}
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(page, created, true);
			page.showView(InstructionsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			Platform.getLog(NewFromTemplateWizard.class).log(e.getStatus());
		}
		return true;
	}

	/** The first page: the installed packs' templates, one to choose. */
	private final class TemplatePage extends WizardPage {

		private TableViewer viewer;
		private Text author;

		TemplatePage() {
			super("template");
			setTitle(UiMessages.text("wizard.fromTemplate.title"));
			setDescription(UiMessages.text("wizard.fromTemplate.description"));
			setPageComplete(false);
		}

		Choice chosen() {
			return viewer == null ? null : (Choice) viewer.getStructuredSelection().getFirstElement();
		}

		/** The participant's name, the new model's author. */
		String author() {
			return author == null ? "" : author.getText().strip();
		}

		/** The page is complete with a template chosen and a name; until the name is there, the page asks for it (not an error). */
		private void update() {
			boolean named = !author().isEmpty();
			setErrorMessage(null);
			if (named || author == null) {
				setMessage(UiMessages.text("wizard.fromTemplate.description"));
			} else {
				setMessage(UiMessages.text("wizard.fromTemplate.noAuthor"), IMessageProvider.INFORMATION);
			}
			setPageComplete(chosen() != null && named);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(1, false));
			List<Choice> all = choices();
			if (all.isEmpty()) {
				Label none = new Label(area, SWT.WRAP);
				none.setText(UiMessages.text("wizard.fromTemplate.none", Packs.folder()));
				none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			}
			viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
			viewer.getTable().setHeaderVisible(true);
			viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			viewer.setContentProvider(ArrayContentProvider.getInstance());
			column("wizard.fromTemplate.template", 240, Choice::fileName);
			column("wizard.fromTemplate.kind", 130, c -> Notations.byId(Templates.extension(c.fileName()).substring(1))
					.map(n -> n.name(Languages.current())).orElse(""));
			column("wizard.fromTemplate.pack", 240, c -> c.pack().manifest().title() + " "
					+ (c.pack().manifest().packVersion() == null ? "" : c.pack().manifest().packVersion()));
			column("wizard.fromTemplate.locked", 90, c -> String.valueOf(c.template().locked() == null ? 0 : c.template().locked().size()));
			viewer.setInput(all);
			Composite who = new Composite(area, SWT.NONE);
			who.setLayout(new GridLayout(2, false));
			who.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Label label = new Label(who, SWT.NONE);
			label.setText(UiMessages.text("wizard.fromTemplate.author"));
			author = new Text(who, SWT.BORDER | SWT.SINGLE);
			author.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			author.setText(ExportPreferencePage.store().getString(AUTHOR));
			author.setMessage(UiMessages.text("wizard.fromTemplate.authorHint"));
			author.addModifyListener(e -> update());
			viewer.addSelectionChangedListener(e -> {
				Choice choice = chosen();
				update();
				if (choice != null) {
					file.setFileExtension(Templates.extension(choice.fileName()).substring(1));
					file.setFileName(freeName(choice.fileName()));
				}
			});
			viewer.addDoubleClickListener(e -> {
				if (chosen() != null) {
					getContainer().showPage(file);
				}
			});
			if (!all.isEmpty()) {
				viewer.getTable().setSelection(0);
				viewer.setSelection(viewer.getSelection());
				update();
				Choice first = all.get(0);
				file.setFileExtension(Templates.extension(first.fileName()).substring(1));
				file.setFileName(freeName(first.fileName()));
			}
			setControl(area);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				if (author().isEmpty()) {
					author.setFocus(); // asked once: a participant's name is remembered for the next model
				} else {
					viewer.getTable().setFocus();
				}
			}
		}

		/** The template's name, or with -2, -3, … when the folder has a file of that name already. */
		private String freeName(String name) {
			IPath folder = file.getControl() != null ? file.getContainerFullPath() : initialFolder();
			if (folder == null) {
				return name;
			}
			var root = ResourcesPlugin.getWorkspace().getRoot();
			String extension = Templates.extension(name);
			String base = name.substring(0, name.length() - extension.length());
			String free = name;
			for (int n = 2; root.exists(folder.append(free)); n++) {
				free = base + "-" + n + extension;
			}
			return free;
		}

		private void column(String key, int width, Function<Choice, String> text) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(UiMessages.text(key));
			column.getColumn().setWidth(width);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((Choice) element);
				}
			});
		}
	}
}
