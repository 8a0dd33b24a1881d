package org.verkstad.ui.editor;

import java.util.function.Supplier;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * A model editor's one undo history: the text's, into which an edit on the diagram goes as one change
 * of the text and a move of the diagram's layout as an operation of its own.
 * <p>
 * The layout has states: each layout edit makes a new one, its undo goes back to the one before. The
 * layout is unsaved while the state is not the one last saved (an undo back to it is clean again).
 */
final class TextHistory {

	private final Supplier<IDocument> document;
	private final Runnable layoutDirtyChanged;
	private long layoutState;
	private long savedLayoutState;
	private long layoutStates;

	/**
	 * @param document the text (the model)
	 * @param layoutDirtyChanged told when the layout's state changes (the editor's dirty flag)
	 */
	TextHistory(Supplier<IDocument> document, Runnable layoutDirtyChanged) {
		this.document = document;
		this.layoutDirtyChanged = layoutDirtyChanged;
	}

	/** Makes the text {@code after} by replacing only what differs, as one change in the undo history. */
	void replace(String after) {
		IDocument text = document.get();
		String now = text.get();
		int prefix = 0;
		int max = Math.min(now.length(), after.length());
		while (prefix < max && now.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& now.charAt(now.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(text);
		if (undo != null) {
			undo.commit();
			undo.beginCompoundChange();
		}
		try {
			text.replace(prefix, now.length() - prefix - suffix, after.substring(prefix, after.length() - suffix));
		} catch (BadLocationException e) {
			Platform.getLog(TextHistory.class).log(Status.error(e.getMessage(), e));
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
				undo.commit();
			}
		}
	}

	/** A move of the diagram's layout, done already: undoable in the text's history. */
	void layoutEdited(String label, Runnable undoLayout, Runnable redoLayout) {
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document.get());
		if (undo == null) {
			return;
		}
		undo.commit();
		long before = layoutState;
		long after = ++layoutStates;
		AbstractOperation operation = new AbstractOperation(label) {
			@Override
			public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
				return Status.OK_STATUS;
			}

			@Override
			public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
				undoLayout.run();
				layoutChanged(before);
				return Status.OK_STATUS;
			}

			@Override
			public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
				redoLayout.run();
				layoutChanged(after);
				return Status.OK_STATUS;
			}
		};
		operation.addContext(undo.getUndoContext());
		OperationHistoryFactory.getOperationHistory().add(operation);
		layoutChanged(after);
	}

	private void layoutChanged(long state) {
		layoutState = state;
		layoutDirtyChanged.run();
	}

	/** A step back or forth in the history. */
	void step(boolean back) {
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document.get());
		if (undo == null) {
			return;
		}
		undo.commit();
		IOperationHistory history = OperationHistoryFactory.getOperationHistory();
		try {
			if (back && history.canUndo(undo.getUndoContext())) {
				history.undo(undo.getUndoContext(), null, null);
			} else if (!back && history.canRedo(undo.getUndoContext())) {
				history.redo(undo.getUndoContext(), null, null);
			}
		} catch (ExecutionException e) {
			Platform.getLog(TextHistory.class).log(Status.error(e.getMessage(), e));
		}
	}

	/** Whether the layout differs from the one last saved. */
	boolean layoutUnsaved() {
		return layoutState != savedLayoutState;
	}

	/** The layout was saved as it is now; true when that made it clean. */
	boolean layoutSaved() {
		boolean was = layoutUnsaved();
		savedLayoutState = layoutState;
		return was;
	}
}
