package org.verkstad.diagram.server;

import java.util.Locale;

import org.verkstad.core.validation.Finding;

/**
 * An edit the diagram does not allow (a step dropped where it cannot go, an empty name, an element
 * that no longer exists). It carries a message key of the diagram messages; nothing was changed.
 */
public class EditRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Object[] arguments;
	private final transient Finding finding;

	public EditRefused(String key, Object... arguments) {
		super(key);
		this.arguments = arguments;
		this.finding = null;
	}

	/** An edit refused for a reason found elsewhere (e.g. the template that locks the element). */
	public EditRefused(Finding finding) {
		super(finding.code());
		this.arguments = new Object[0];
		this.finding = finding;
	}

	/** Why, in the given language. */
	public String message(Locale locale) {
		return finding != null ? finding.message(locale) : ServerMessages.MESSAGES.get(locale, key(), arguments);
	}

	public String key() {
		return getMessage();
	}

	public Object[] arguments() {
		return arguments;
	}
}
