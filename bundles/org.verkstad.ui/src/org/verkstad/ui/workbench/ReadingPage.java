package org.verkstad.ui.workbench;

import java.util.Objects;

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

	/**
	 * The input of a reading page, named by a key of the message table: one per kind (the guide), or one
	 * per thing it shows (the key figures of a folder), which is then its identity.
	 */
	static final class Input implements IEditorInput {
		private final String titleKey;
		private final Object identity;
		private final Object[] arguments;

		Input(String titleKey) {
			this(titleKey, titleKey);
		}

		Input(String titleKey, Object identity, Object... arguments) {
			this.titleKey = titleKey;
			this.identity = identity;
			this.arguments = arguments;
		}

		/** What the page shows (for a page of its kind, its title key). */
		Object identity() {
			return identity;
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
			return UiMessages.text(titleKey, arguments);
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return identity == titleKey ? getName() : identity.toString();
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Input input && input.titleKey.equals(titleKey) && input.identity.equals(identity);
		}

		@Override
		public int hashCode() {
			return Objects.hash(titleKey, identity);
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
