package org.verkstad.ui;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextEditor;

/** The text page of a model editor: the model file's text, saved atomically. */
final class ModelTextEditor extends TextEditor {

	ModelTextEditor() {
		setDocumentProvider(new AtomicDocumentProvider());
	}

	/** The text being edited (null before the page is created). */
	IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	ISourceViewer viewer() {
		return getSourceViewer();
	}
}
