package org.verkstad.core.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
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
	private final List<Fix> fixes;

	public Finding(Severity severity, String code, EObject element, Messages messages, Object... arguments) {
		this(severity, code, element, 0, 0, messages, arguments);
	}

	/** A finding at a place in the file (for mistakes in the text itself, which belong to no element). */
	public Finding(Severity severity, String code, EObject element, int line, int column, Messages messages,
			Object... arguments) {
		this(List.of(), severity, code, element, line, column, messages, arguments);
	}

	/** A mistake in the text with the fixes that its reader knows (see {@link Fixes}). */
	public Finding(List<Fix> fixes, Severity severity, String code, EObject element, int line, int column,
			Messages messages, Object... arguments) {
		this.fixes = List.copyOf(fixes);
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

	/** The line in the file: the given one, else the element's ({@link SourceLines}); 0 when unknown. */
	public int line() {
		return line > 0 ? line : element == null ? 0 : SourceLines.line(element);
	}

	/** The column in the line, for mistakes in the text; 0 when the finding is about an element. */
	public int column() {
		return column;
	}

	/** The message in the given language; element arguments are named as a person would name them. */
	public String message(Locale locale) {
		return messages.get(locale, code, shown(arguments, locale));
	}

	/** The message's argument at an index (an element, a kind, a text), or null when it has fewer. */
	public Object argument(int index) {
		return index < arguments.length ? arguments[index] : null;
	}

	/** The fixes the finding came with (a reader's, for a mistake in the text); a rule's are found by {@link Fixes}. */
	List<Fix> ownFixes() {
		return fixes;
	}

	/** Message arguments as shown: kinds and elements named as a person names them. */
	static Object[] shown(Object[] arguments, Locale locale) {
		return Arrays.stream(arguments).map(argument -> argument instanceof EClass eClass ? Labels.kind(eClass, locale)
				: argument instanceof EEnumLiteral literal ? Labels.literal(literal, locale)
				: argument instanceof EObject object ? Labels.of(object, locale) : argument).toArray();
	}

	@Override
	public String toString() {
		return severity + " " + code + Arrays.toString(arguments);
	}
}
