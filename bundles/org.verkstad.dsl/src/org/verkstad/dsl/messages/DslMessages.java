package org.verkstad.dsl.messages;

import java.util.Locale;

import org.verkstad.core.nls.Messages;

/** The text format's message table (messages.properties / messages_sv.properties beside this class). */
public final class DslMessages {

	public static final Messages MESSAGES = new Messages(DslMessages.class, "org.verkstad.dsl.messages.messages");

	private DslMessages() {
	}

	public static String get(Locale locale, String key, Object... arguments) {
		return MESSAGES.get(locale, key, arguments);
	}

	public static boolean has(Locale locale, String key) {
		return MESSAGES.has(locale, key);
	}
}
