package org.verkstad.diagram.server;

import org.verkstad.core.nls.Messages;

/** The diagram server's texts: the palette's groups, edits refused, the pages of {@code verkstad serve}. */
public final class ServerMessages {

	public static final Messages MESSAGES = new Messages(ServerMessages.class, "org.verkstad.diagram.server.messages");

	private ServerMessages() {
	}
}
