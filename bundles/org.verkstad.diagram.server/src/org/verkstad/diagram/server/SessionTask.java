package org.verkstad.diagram.server;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/**
 * Work for a diagram session from outside it (an editor of the same process, see {@link LiveDocuments}),
 * done on the session's own thread like the client's actions. The server keeps it: it is never sent to
 * the client.
 */
public final class SessionTask extends Action {

	public static final String KIND = "verkstadSessionTask";

	/** The work; true when the diagram must be sent to the client again. */
	private final transient BooleanSupplier work;

	/** GLSP makes one to learn the kind. */
	public SessionTask() {
		this(() -> false);
	}

	public SessionTask(BooleanSupplier work) {
		super(KIND);
		this.work = work;
	}

	/** Does the task and sends the diagram when it changed. */
	public static class Handler extends AbstractActionHandler<SessionTask> {

		@Inject
		protected ModelSubmissionHandler submission;

		@Override
		protected List<Action> executeAction(SessionTask task) {
			return task.work.getAsBoolean() ? submission.submitModel() : List.of();
		}
	}
}
