package org.verkstad.diagram.server;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.CenterAction;
import org.eclipse.glsp.server.actions.SelectAction;
import org.verkstad.diagram.layout.Box;

/**
 * A diagram session's side of a {@link LiveDocuments.Document}: what the editor holding the text asks
 * of the diagram, each done on the session's own thread (a {@link SessionTask}).
 */
final class LiveLink implements LiveDocuments.Session {

	private final VerkstadModelState state;
	private final ActionDispatcher dispatcher;
	private final LiveDocuments.Document document;
	/** The text the model was read from or last rendered to. */
	private String text;

	LiveLink(VerkstadModelState state, ActionDispatcher dispatcher, LiveDocuments.Document document, String text) {
		this.state = state;
		this.dispatcher = dispatcher;
		this.document = document;
		this.text = text;
	}

	/** The document's text when it is not the one the model was read from (which it becomes), else null. */
	String newText() {
		String now = document.text();
		if (now.equals(text)) {
			return null;
		}
		text = now;
		return now;
	}

	/**
	 * An edit on the diagram, done already, goes to the editor's history instead of GLSP's command stack:
	 * an edit of the model as the model's new text, an edit of the layout alone as a change whose undo
	 * and redo come back here. A model that cannot be written as text is taken back.
	 */
	void edited(Command command, List<ModelEdit> edits) {
		boolean changesModel = edits.stream().anyMatch(ModelEdit::changesModel);
		if (changesModel || document instanceof LiveDocuments.Shared) {
			String before = text;
			String after = before;
			if (changesModel) {
				try {
					after = state.rendered();
				} catch (EditRefused refused) {
					state.writing(() -> {
						command.undo();
						return null;
					});
					throw refused;
				}
			}
			text = after;
			if (document instanceof LiveDocuments.Shared shared) {
				shared.edited(this, command.getLabel(), before, after, edits.get(0).layoutBefore(),
						edits.get(edits.size() - 1).layoutAfter());
			} else {
				document.modelEdited(command.getLabel(), before, after);
			}
		} else {
			document.layoutEdited(edits.get(0).getLabel(),
					() -> run(() -> state.layoutStep(() -> {
						for (int i = edits.size() - 1; i >= 0; i--) {
							edits.get(i).undoLayout();
						}
					})),
					() -> run(() -> state.layoutStep(() -> edits.forEach(ModelEdit::redoLayout))));
		}
	}

	@Override
	public void textChanged() {
		run(state::reread);
	}

	@Override
	public void saveLayout() throws IOException {
		state.saveLayout();
	}

	@Override
	public void select(List<String> elementIds) {
		run(() -> {
			List<String> ids = state.reading(() -> state.diagramIds(elementIds));
			dispatcher.dispatch(SelectAction.setSelection(ids));
			if (!ids.isEmpty()) {
				// and in view
				dispatcher.dispatch(new CenterAction(ids, false, true));
			}
			return false;
		});
	}

	@Override
	public Map<String, Map<String, Box>> layout() {
		return state.reading(() -> {
			String type = state.description().type();
			return Map.of(type, new TreeMap<>(state.layout().diagram(type)));
		});
	}

	@Override
	public void changed() {
		run(state::changed);
	}

	@Override
	public boolean isClosed() {
		return dispatcher.isDisposed();
	}

	/** Runs work on the session's thread; it returns whether the diagram must be sent again. */
	void run(BooleanSupplier work) {
		if (!isClosed()) {
			dispatcher.dispatch(new SessionTask(work));
		}
	}
}
