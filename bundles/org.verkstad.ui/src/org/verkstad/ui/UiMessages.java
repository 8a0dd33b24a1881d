package org.verkstad.ui;

import org.verkstad.core.nls.Languages;
import org.verkstad.core.nls.Messages;

/** The workbench's own strings, in Swedish and English ({@code messages.properties}, {@code messages_sv.properties}). */
public final class UiMessages {

	public static final Messages MESSAGES = new Messages(UiMessages.class, "org.verkstad.ui.messages");

	private UiMessages() {
	}

	/** A string in the language of the user interface. */
	public static String text(String key, Object... args) {
		return MESSAGES.get(Languages.current(), key, args);
	}
}
