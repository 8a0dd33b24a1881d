package org.verkstad.diagram;

import org.verkstad.core.nls.Messages;

/** The message table of the diagrams: tools, section titles, the page's buttons, errors. */
public final class DiagramMessages {

	public static final Messages MESSAGES = new Messages(DiagramMessages.class, "org.verkstad.diagram.messages");

	private DiagramMessages() {
	}
}
