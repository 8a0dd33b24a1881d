package org.verkstad.core.validation;

import java.util.Locale;
import java.util.Objects;

import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.nls.Messages;

/**
 * A known way to put right what a {@link Finding} says, offered beside it: on the text page (Ctrl+1
 * and on the marker), on the diagram's markers and by {@code verkstad validate --fix}. A fix either
 * changes the model ({@link ModelFix}) or, where the text could not be read, the text ({@link TextFix});
 * either way the user gets a changed text that one undo takes back.
 */
public abstract class Fix {

	private final boolean safe;
	private final Messages messages;
	private final String key;
	private final Object[] arguments;

	/**
	 * @param safe whether {@code validate --fix} may make it without asking: it has one obvious result
	 *             and takes away nothing the user wrote
	 * @param key  the message key of what the fix does, e.g. "Add an end event"
	 */
	protected Fix(boolean safe, Messages messages, String key, Object... arguments) {
		this.safe = safe;
		this.messages = Objects.requireNonNull(messages);
		this.key = Objects.requireNonNull(key);
		this.arguments = arguments.clone();
	}

	/** What the fix does, in a language; elements named as a person names them. */
	public String label(Locale locale) {
		return messages.get(locale, key, Finding.shown(arguments, locale));
	}

	/** The message key of the label (tests compare it). */
	public String key() {
		return key;
	}

	public boolean safe() {
		return safe;
	}

	/**
	 * The file's text with the fix made. {@code text} is the text the finding's model was read from;
	 * a model's fix changes that model.
	 */
	public abstract String applyTo(String text) throws ModelFileException;

	@Override
	public String toString() {
		return key + (safe ? " (safe)" : "");
	}
}
