package org.verkstad.ui;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The model editor's share of the menus: on the text page the workbench's undo, redo, clipboard,
 * select all and find act on the text; on the diagram page the diagram has its own (its tool bar and
 * keys).
 */
public final class ModelEditorContributor extends MultiPageEditorActionBarContributor {

	private static final String[] TEXT_ACTIONS = { ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
			ActionFactory.CUT.getId(), ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(),
			ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId() };

	@Override
	public void setActivePage(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (bars == null) {
			return;
		}
		ITextEditor text = part instanceof ITextEditor editor ? editor : null;
		for (String id : TEXT_ACTIONS) {
			bars.setGlobalActionHandler(id, text == null ? null : text.getAction(id));
		}
		bars.updateActionBars();
	}
}
