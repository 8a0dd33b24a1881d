package org.verkstad.ui;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.verkstad.core.notation.Notations;

/**
 * Which files are models: those whose extension is the id of an installed notation. Also the property
 * {@code org.verkstad.ui.isModel} of plugin.xml's expressions (menus shown for model files), so that a new
 * notation's files count without an edit here.
 */
public final class ModelFiles extends PropertyTester {

	/** Whether a resource is a model file. */
	public static boolean isModel(IResource resource) {
		return resource instanceof IFile file && file.getFileExtension() != null
				&& Notations.byId(file.getFileExtension()).isPresent();
	}

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IResource resource && isModel(resource);
	}
}
