package org.verkstad.export;

import org.verkstad.core.nls.Messages;

/** The export's texts, English and Swedish ({@code messages.properties}, {@code messages_sv.properties}). */
public final class ExportMessages {

	public static final Messages MESSAGES = new Messages(ExportMessages.class, "org.verkstad.export.messages");

	private ExportMessages() {
	}
}
