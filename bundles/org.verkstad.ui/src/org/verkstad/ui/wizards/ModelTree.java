package org.verkstad.ui.wizards;

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
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ContainerCheckedTreeViewer;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.verkstad.ui.ModelFiles;
import org.verkstad.ui.UiMessages;

/**
 * The workspace's model files as a tree of projects and folders to tick, with Select All and Deselect
 * All; what was chosen when a wizard opened is ticked. Used by the wizards that work on many models
 * (diagrams, course reports).
 */
final class ModelTree {

	private final Map<IContainer, Boolean> holdsModels = new HashMap<>();
	private final ContainerCheckedTreeViewer tree;

	/** The resources of a selection (explorer items, adapted). */
	static List<IResource> resources(IStructuredSelection selection) {
		List<IResource> resources = new ArrayList<>();
		for (Object element : selection.toList()) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource != null) {
				resources.add(resource);
			}
		}
		return resources;
	}

	ModelTree(Composite page, Runnable changed) {
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
		tree.addCheckStateListener(e -> changed.run());
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(2, true));
		button(buttons, "wizard.export.selectAll", () -> {
			checkAll(true);
			changed.run();
		});
		button(buttons, "wizard.export.deselectAll", () -> {
			checkAll(false);
			changed.run();
		});
	}

	static Button button(Composite parent, String key, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(UiMessages.text(key));
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		button.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> action.run()));
		return button;
	}

	/** Ticks resources: a folder or project with all its models. */
	void check(List<IResource> resources) {
		for (IResource resource : resources) {
			if (ModelFiles.isModel(resource) || resource instanceof IContainer container && holdsModels(container)) {
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
	}

	/** The model files ticked, in the order of their paths. */
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
		if (resource instanceof IFile file && ModelFiles.isModel(file)) {
			files.add(file);
		} else if (resource instanceof IContainer container) {
			for (IResource member : members(container)) {
				collect(member, files);
			}
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
				if (ModelFiles.isModel(member) || member instanceof IContainer inner && holdsModels(inner)) {
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
					if (ModelFiles.isModel(member) || member instanceof IContainer inner && !member.getName().startsWith(".")
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
