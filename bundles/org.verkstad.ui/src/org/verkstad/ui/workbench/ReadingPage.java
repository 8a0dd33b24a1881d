package org.verkstad.ui.workbench;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.part.EditorPart;
import org.verkstad.ui.UiMessages;

/**
 * A page to read in the editor area (the welcome page, the user guide): one of its kind, whatever opens
 * it, titled from the message table, nothing to save.
 */
abstract class ReadingPage extends EditorPart {

	/** The input of a reading page: one per kind, named by a key of the message table. */
	static final class Input implements IEditorInput {
		private final String titleKey;

		Input(String titleKey) {
			this.titleKey = titleKey;
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return ImageDescriptor.getMissingImageDescriptor();
		}

		@Override
		public String getName() {
			return UiMessages.text(titleKey);
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return getName();
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
