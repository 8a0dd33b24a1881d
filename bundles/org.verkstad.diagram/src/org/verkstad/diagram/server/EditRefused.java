package org.verkstad.diagram.server;

/**
 * An edit the diagram does not allow (a step dropped where it cannot go, an empty name, an element
 * that no longer exists). It carries a message key of the diagram messages; nothing was changed.
 */
public class EditRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Object[] arguments;

	public EditRefused(String key, Object... arguments) {
		super(key);
		this.arguments = arguments;
	}

	public String key() {
		return getMessage();
	}

	public Object[] arguments() {
		return arguments;
	}
}
