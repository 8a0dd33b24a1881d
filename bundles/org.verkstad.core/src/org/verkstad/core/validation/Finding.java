package org.verkstad.core.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.notation.Labels;
import org.verkstad.core.nls.Messages;

/**
 * One result of a check: what is wrong (or could be better), on which element, how serious.
 * The message is kept as a key and arguments so it can be shown in Swedish or English.
 */
public final class Finding {

	private final Severity severity;
	private final String code;
	private final EObject element;
	private final Messages messages;
	private final Object[] arguments;
	private final int line;
	private final int column;

	public Finding(Severity severity, String code, EObject element, Messages messages, Object... arguments) {
		this(severity, code, element, 0, 0, messages, arguments);
	}

	/** A finding at a place in the file (for mistakes in the text itself, which belong to no element). */
	public Finding(Severity severity, String code, EObject element, int line, int column, Messages messages,
			Object... arguments) {
		this.line = line;
		this.column = column;
		this.severity = Objects.requireNonNull(severity);
		this.code = Objects.requireNonNull(code);
		this.element = element;
		this.messages = Objects.requireNonNull(messages);
		this.arguments = arguments.clone();
	}

	public Severity severity() {
		return severity;
	}

	/** The issue code, e.g. {@code process.start.missing}: ties the finding to its rule (and later its quick fix). */
	public String code() {
		return code;
	}

	/** The element the finding is about. */
	public EObject element() {
		return element;
	}

	/** The message in the given language; element arguments are named as a person would name them. */
	/** The line in the file: the given one, else the element's ({@link SourceLines}); 0 when unknown. */
	public int line() {
		return line > 0 ? line : element == null ? 0 : SourceLines.line(element);
	}

	/** The column in the line, for mistakes in the text; 0 when the finding is about an element. */
	public int column() {
		return column;
	}

	public String message(Locale locale) {
		Object[] shown = Arrays.stream(arguments).map(argument -> argument instanceof EClass eClass
				? Labels.kind(eClass, locale)
				: argument instanceof EObject object ? Labels.of(object, locale) : argument).toArray();
		return messages.get(locale, code, shown);
	}

	@Override
	public String toString() {
		return severity + " " + code + Arrays.toString(arguments);
	}
}
