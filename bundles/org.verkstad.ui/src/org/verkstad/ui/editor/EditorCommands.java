package org.verkstad.ui.editor;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** The model editor's commands in the Edit menu (plugin.xml), each a handler for the active model editor. */
public abstract class EditorCommands extends AbstractHandler {

	private final Consumer<ModelEditor> command;

	protected EditorCommands(Consumer<ModelEditor> command) {
		this.command = command;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ModelEditor editor) {
			command.accept(editor);
		}
		return null;
	}

	/** Edit › Format (Ctrl+Shift+F). */
	public static final class Format extends EditorCommands {
		public Format() {
			super(ModelEditor::format);
		}
	}

	/** Edit › Open Linked Element (F3). */
	public static final class OpenLink extends EditorCommands {
		public OpenLink() {
			super(ModelEditor::openLink);
		}
	}

	/** Edit › Links to This Element (Ctrl+Shift+G). */
	public static final class LinksHere extends EditorCommands {
		public LinksHere() {
			super(ModelEditor::showLinksHere);
		}
	}
}
