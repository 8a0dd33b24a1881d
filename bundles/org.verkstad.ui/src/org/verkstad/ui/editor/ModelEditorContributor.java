package org.verkstad.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.verkstad.ui.UiMessages;

/**
 * The model editor's share of the menus: on the text page the workbench's undo, redo, clipboard,
 * select all and find act on the text; on the diagram page undo and redo step through the same
 * history (the text's, which holds the diagram's edits), the rest the diagram has itself (its tool bar
 * and keys).
 */
public final class ModelEditorContributor extends MultiPageEditorActionBarContributor {

	private static final String[] TEXT_ACTIONS = { ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
			ActionFactory.CUT.getId(), ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(),
			ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId(),
			ActionFactory.PRINT.getId() };

	private ModelEditor modelEditor;

	private final IAction undo = new Action(UiMessages.text("menu.undo")) {
		@Override
		public void run() {
			if (modelEditor != null) {
				modelEditor.history().step(true);
			}
		}
	};

	private final IAction redo = new Action(UiMessages.text("menu.redo")) {
		@Override
		public void run() {
			if (modelEditor != null) {
				modelEditor.history().step(false);
			}
		}
	};

	private final IAction print = new Action(UiMessages.text("print.title")) {
		@Override
		public void run() {
			if (modelEditor != null) {
				modelEditor.printDiagram();
			}
		}
	};

	@Override
	public void setActiveEditor(IEditorPart part) {
		modelEditor = part instanceof ModelEditor editor ? editor : null;
		super.setActiveEditor(part);
	}

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
		if (text == null && modelEditor != null) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
			bars.setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
		}
		bars.updateActionBars();
	}
}
