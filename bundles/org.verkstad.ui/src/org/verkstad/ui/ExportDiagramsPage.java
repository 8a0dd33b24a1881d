package org.verkstad.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerCheckedTreeViewer;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * The export wizard's page: the model files of the workspace as a tree of projects and folders to
 * check (those chosen when the wizard opened are checked), the export's format, page and resolution,
 * and where the files go: beside each model, or all into one folder of the workspace or the file
 * system. The choice of place is remembered for the next export.
 */
final class ExportDiagramsPage extends WizardPage {

	private static final String INTO_FOLDER = "intoFolder";
	private static final String FOLDER = "folder";

	private final List<IResource> initial;
	private final Map<IContainer, Boolean> holdsModels = new HashMap<>();
	private ContainerCheckedTreeViewer tree;
	private ExportOptionsForm form;
	private Button beside;
	private Button into;
	private Text folderText;
	private Button workspaceButton;
	private Button fileSystemButton;

	ExportDiagramsPage(IStructuredSelection selection) {
		super("diagrams");
		setTitle(UiMessages.text("wizard.export.title"));
		setDescription(UiMessages.text("wizard.export.description"));
		initial = new ArrayList<>();
		for (Object element : selection.toList()) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource != null) {
				initial.add(resource);
			}
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		createModels(page);
		Group how = new Group(page, SWT.NONE);
		how.setText(UiMessages.text("wizard.export.how"));
		how.setLayout(new GridLayout(2, false));
		how.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		form = new ExportOptionsForm(how, 2, ModelExport.Options.fromPreferences());
		createPlace(page);
		setControl(page);
		check(initial);
		update();
	}

	private void createModels(Composite page) {
		new Label(page, SWT.NONE).setText(UiMessages.text("wizard.export.models"));
		tree = new ContainerCheckedTreeViewer(page, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 200;
		data.widthHint = 440;
		tree.getTree().setLayoutData(data);
		tree.setContentProvider(new Models());
		tree.setLabelProvider(new WorkbenchLabelProvider());
		tree.setComparator(new ViewerComparator());
		tree.setInput(ResourcesPlugin.getWorkspace().getRoot());
		tree.addCheckStateListener(e -> update());
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(2, true));
		button(buttons, "wizard.export.selectAll", () -> checkAll(true));
		button(buttons, "wizard.export.deselectAll", () -> checkAll(false));
	}

	private void createPlace(Composite page) {
		Group place = new Group(page, SWT.NONE);
		place.setText(UiMessages.text("wizard.export.place"));
		place.setLayout(new GridLayout(4, false));
		place.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		beside = new Button(place, SWT.RADIO);
		beside.setText(UiMessages.text("wizard.export.beside"));
		beside.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 4, 1));
		into = new Button(place, SWT.RADIO);
		into.setText(UiMessages.text("wizard.export.into"));
		folderText = new Text(place, SWT.BORDER | SWT.SINGLE);
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		workspaceButton = button(place, "wizard.export.workspace", this::chooseInWorkspace);
		fileSystemButton = button(place, "wizard.export.fileSystem", this::chooseOnDisk);
		IDialogSettings settings = getDialogSettings();
		boolean intoFolder = settings != null && settings.getBoolean(INTO_FOLDER);
		String folder = settings == null ? null : settings.get(FOLDER);
		beside.setSelection(!intoFolder);
		into.setSelection(intoFolder);
		folderText.setText(folder == null ? "" : folder);
		beside.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> update()));
		into.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> update()));
		folderText.addModifyListener(e -> update());
	}

	private static Button button(Composite parent, String key, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(UiMessages.text(key));
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		button.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> action.run()));
		return button;
	}

	/** Checks the resources chosen when the wizard opened: a folder or project with all its models. */
	private void check(List<IResource> resources) {
		for (IResource resource : resources) {
			if (ModelExport.isModel(resource) || resource instanceof IContainer container && holdsModels(container)) {
				tree.reveal(resource);
				tree.setChecked(resource, true);
				if (resource instanceof IContainer) {
					// what it holds in sight
					tree.setExpandedState(resource, true);
				}
			}
		}
	}

	private void checkAll(boolean checked) {
		for (Object project : ((Models) tree.getContentProvider()).getElements(tree.getInput())) {
			tree.setSubtreeChecked(project, checked);
		}
		update();
	}

	private void chooseInWorkspace() {
		ContainerSelectionDialog chooser = new ContainerSelectionDialog(getShell(), null, true,
				UiMessages.text("wizard.export.chooseWorkspace"));
		if (chooser.open() == ContainerSelectionDialog.OK && chooser.getResult().length > 0
				&& chooser.getResult()[0] instanceof IPath chosen) {
			IResource folder = ResourcesPlugin.getWorkspace().getRoot().findMember(chosen);
			if (folder != null && folder.getLocation() != null) {
				folderText.setText(folder.getLocation().toOSString());
				into.setSelection(true);
				beside.setSelection(false);
			}
		}
		update();
	}

	private void chooseOnDisk() {
		DirectoryDialog chooser = new DirectoryDialog(getShell(), SWT.NONE);
		chooser.setMessage(UiMessages.text("export.folder.choose"));
		chooser.setFilterPath(folderText.getText().strip());
		String chosen = chooser.open();
		if (chosen != null) {
			folderText.setText(chosen);
			into.setSelection(true);
			beside.setSelection(false);
		}
		update();
	}

	/** The page is complete with at least one model and, when all go into one folder, a folder. */
	private void update() {
		boolean intoFolder = into.getSelection();
		folderText.setEnabled(intoFolder);
		workspaceButton.setEnabled(intoFolder);
		fileSystemButton.setEnabled(intoFolder);
		String problem = files().isEmpty() ? UiMessages.text("wizard.export.noModels")
				: intoFolder ? ModelExport.folderProblem(folderText.getText()) : null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** The model files checked, in the order of their paths. */
	List<IFile> files() {
		Set<IFile> files = new LinkedHashSet<>();
		for (Object element : tree.getCheckedElements()) {
			if (!tree.getGrayed(element) && element instanceof IResource resource) {
				collect(resource, files);
			}
		}
		List<IFile> sorted = new ArrayList<>(files);
		sorted.sort(Comparator.comparing(file -> file.getFullPath().toString()));
		return sorted;
	}

	private void collect(IResource resource, Set<IFile> files) {
		if (resource instanceof IFile file && ModelExport.isModel(file)) {
			files.add(file);
		} else if (resource instanceof IContainer container) {
			for (IResource member : members(container)) {
				collect(member, files);
			}
		}
	}

	ModelExport.Options options() {
		return form.options();
	}

	/** The one folder all files go into, or null: each beside its model. */
	Path folder() {
		return into.getSelection() ? Path.of(folderText.getText().strip()) : null;
	}

	/** Remembers where the files went, for the next export. */
	void saveSettings() {
		IDialogSettings settings = getDialogSettings();
		if (settings != null) {
			settings.put(INTO_FOLDER, into.getSelection());
			settings.put(FOLDER, folderText.getText().strip());
		}
	}

	private static IResource[] members(IContainer container) {
		try {
			return container.isAccessible() ? container.members() : new IResource[0];
		} catch (CoreException e) {
			return new IResource[0];
		}
	}

	/** Whether a project or folder has a model file in it, at any depth. */
	private boolean holdsModels(IContainer container) {
		Boolean known = holdsModels.get(container);
		if (known == null) {
			known = false;
			for (IResource member : members(container)) {
				if (ModelExport.isModel(member) || member instanceof IContainer inner && holdsModels(inner)) {
					known = true;
					break;
				}
			}
			holdsModels.put(container, known);
		}
		return known;
	}

	/** The workspace's open projects, folders and model files, each folder shown only when it holds models. */
	private final class Models implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof IWorkspaceRoot root ? getChildren(root) : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<IResource> children = new ArrayList<>();
			if (parent instanceof IContainer container) {
				for (IResource member : members(container)) {
					if (ModelExport.isModel(member) || member instanceof IContainer inner && !member.getName().startsWith(".")
							&& (!(inner instanceof IProject project) || project.isOpen()) && holdsModels(inner)) {
						children.add(member);
					}
				}
			}
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof IResource resource ? resource.getParent() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IContainer container && holdsModels(container);
		}
	}
}
