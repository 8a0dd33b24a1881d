package org.verkstad.diagram.server;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;

/**
 * An operation from the client, done as one undoable {@link ModelEdit} by the {@link DiagramEditor}. A
 * refused edit changes nothing and tells the user why.
 */
public abstract class EditHandler<O extends Operation> extends BasicOperationHandler<O> {

	/** How long the page shows why an edit was refused. */
	static final int STATUS_MILLIS = 8000;

	@Inject
	protected VerkstadModelState state;

	@Inject
	protected ActionDispatcher dispatcher;

	@Inject
	protected ModelSubmissionHandler submission;

	@Override
	public Optional<Command> createCommand(O operation) {
		if (state.diagram() == null) {
			return doNothing();
		}
		try {
			return Optional.of(state.record(getLabel(), editor -> edit(editor, operation)));
		} catch (EditRefused refused) {
			// the diagram first (a refused move snaps back), then why: a status for the page's overlay, a message
			// for clients with notifications, and the workbench editor's status line
			if (submission instanceof IncrementalSubmission incremental) {
				dispatcher.dispatchAll(incremental.resend("refused"));
			}
			String message = refused.message(state.locale());
			dispatcher.dispatch(StatusActionUtil.warn(message, STATUS_MILLIS));
			dispatcher.dispatch(MessageActionUtil.warn(message));
			if (state.live() != null) {
				state.live().refused(message);
			}
			return doNothing();
		}
	}

	protected abstract void edit(DiagramEditor editor, O operation);
}
