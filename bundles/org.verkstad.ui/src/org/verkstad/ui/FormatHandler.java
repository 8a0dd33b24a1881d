package org.verkstad.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit › Format (Ctrl+Shift+F): lays out the text of the model editor's model anew. */
public final class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ModelEditor editor) {
			editor.format();
		}
		return null;
	}
}
