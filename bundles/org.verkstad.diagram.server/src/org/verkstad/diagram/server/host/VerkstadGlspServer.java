package org.verkstad.diagram.server.host;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.apache.logging.log4j.LogManager;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.verkstad.diagram.server.ServerMessages;

import com.google.inject.Inject;
import com.google.inject.name.Named;

/**
 * GLSP's server with one change: when an action fails, the page is told so in its own language
 * (Verkstad's own reasons as they are, anything else as "could not be done" with the details in the log
 * file), not with GLSP's English "[GLSP-Server] Could not process message" and the whole message.
 */
public class VerkstadGlspServer extends DefaultGLSPServer {

	/** The name under which the server module binds the pages' language. */
	public static final String LOCALE = "verkstad.locale";

	private final Locale locale;

	@Inject
	public VerkstadGlspServer(@Named(LOCALE) Locale locale) {
		this.locale = locale;
	}

	@Override
	public void process(ActionMessage message) {
		validateServerInitialized();
		String clientSessionId = message.getClientId();
		if (!clientSessions.containsKey(clientSessionId)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					ServerMessages.MESSAGES.get(locale, "serve.noSession"), null));
		}
		Function<Throwable, Void> failed = problem -> {
			Throwable cause = problem instanceof CompletionException && problem.getCause() != null
					? problem.getCause() : problem;
			LogManager.getLogger(VerkstadGlspServer.class).error(LibraryLogging.safe("an action failed: " + message), cause);
			String reason = cause instanceof GLSPServerException ours && ours.getMessage() != null ? ours.getMessage()
					: ServerMessages.MESSAGES.get(locale, "serve.actionFailed");
			getClient().process(new ActionMessage(clientSessionId, MessageActionUtil.error(reason)));
			return null;
		};
		try {
			Action action = message.getAction();
			action.setReceivedFromClient(true);
			clientSessions.get(clientSessionId).getActionDispatcher().dispatch(action).exceptionally(failed);
		} catch (RuntimeException e) {
			failed.apply(e);
		}
	}
}
