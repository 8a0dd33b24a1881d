package org.verkstad.diagram.server;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * An operation from the client, done as one undoable {@link ModelEdit} by the {@link DiagramEditor}. A
 * refused edit changes nothing and tells the user why.
 */
public abstract class EditHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected VerkstadModelState state;

	@Inject
	protected ActionDispatcher dispatcher;

	@Override
	public Optional<Command> createCommand(O operation) {
		if (state.diagram() == null) {
			return doNothing();
		}
		try {
			return Optional.of(state.record(getLabel(), editor -> edit(editor, operation)));
		} catch (EditRefused refused) {
			dispatcher.dispatch(MessageActionUtil.warn(refused.message(state.locale())));
			return doNothing();
		}
	}

	protected abstract void edit(DiagramEditor editor, O operation);
}
