package org.verkstad.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.verkstad.core.notation.Notations;

/**
 * Which files are models: those whose extension is the id of an installed notation. Also the property
 * {@code org.verkstad.ui.isModel} of plugin.xml's expressions (menus shown for model files), so that a new
 * notation's files count without an edit here. And which folder a command of the File menu is for.
 */
public final class ModelFiles extends PropertyTester {

	/** Whether a resource is a model file. */
	public static boolean isModel(IResource resource) {
		return resource instanceof IFile file && file.getFileExtension() != null
				&& Notations.byId(file.getFileExtension()).isPresent();
	}

	/** The project or folder chosen in the explorer, else the folder of the active editor's file, else null. */
	public static IContainer chosenFolder(ExecutionEvent event) {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		if (selection.size() == 1) {
			IResource chosen = Adapters.adapt(selection.getFirstElement(), IResource.class);
			if (chosen instanceof IContainer container && !(chosen.getType() == IResource.ROOT)) {
				return container;
			}
			if (chosen instanceof IFile file) {
				return file.getParent();
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		return file == null ? null : file.getParent();
	}

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IResource resource && isModel(resource);
	}
}
