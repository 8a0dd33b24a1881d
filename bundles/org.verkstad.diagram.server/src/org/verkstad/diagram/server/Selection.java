package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;

import com.google.inject.Inject;

/**
 * The client's selection, told to the editor holding the model's text (see {@link LiveDocuments}) as
 * the ids of the chosen model elements. The client sends only what was chosen and what was let go.
 */
public class Selection extends AbstractActionHandler<SelectAction> {

	@Inject
	protected VerkstadModelState state;

	private final Set<String> selected = new LinkedHashSet<>();

	@Override
	protected List<Action> executeAction(SelectAction action) {
		if (!action.isReceivedFromClient()) {
			return List.of();
		}
		if (action.isDeselectAll()) {
			selected.clear();
		}
		if (action.getDeselectedElementsIDs() != null) {
			selected.removeAll(action.getDeselectedElementsIDs());
		}
		if (action.getSelectedElementsIDs() != null) {
			selected.addAll(action.getSelectedElementsIDs());
		}
		LiveDocuments.Document live = state.live();
		if (live != null) {
			live.selected(state.reading(() -> state.elementIds(new ArrayList<>(selected))));
		}
		return List.of();
	}
}
