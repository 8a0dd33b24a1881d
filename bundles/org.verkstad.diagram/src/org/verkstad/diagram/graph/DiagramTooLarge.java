package org.verkstad.diagram.graph;

import java.util.Locale;

import org.verkstad.diagram.DiagramMessages;

/**
 * A model with more elements than a diagram shows ({@link DiagramBuilder#MAX_DRAWN}): drawing it would
 * take minutes and give a picture nobody can read, so it is refused with a sentence saying so.
 */
public final class DiagramTooLarge extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int elements;

	public DiagramTooLarge(int elements) {
		super("diagram.tooLarge");
		this.elements = elements;
	}

	/** Why, in the given language. */
	public String message(Locale locale) {
		return DiagramMessages.MESSAGES.get(locale, "diagram.tooLarge", elements, DiagramBuilder.MAX_DRAWN);
	}
}
