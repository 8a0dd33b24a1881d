package org.verkstad.diagram.server;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

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

	LiveLink(VerkstadModelState state, ActionDispatcher dispatcher) {
		this.state = state;
		this.dispatcher = dispatcher;
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
