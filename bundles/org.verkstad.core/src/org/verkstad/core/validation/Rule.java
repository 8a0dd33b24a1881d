package org.verkstad.core.validation;

import org.eclipse.emf.ecore.EObject;

import java.util.function.BiConsumer;

/**
 * One check on one kind of element. Rules are written once and run wherever models are checked:
 * the command line, the text editor, the diagram editor and teachers' template checks.
 *
 * @param <T> the kind of element the rule looks at
 */
public interface Rule<T extends EObject> {

	/** The kind of element this rule checks. */
	Class<T> type();

	void check(T element, Report report);

	/** A rule from a type and a lambda. */
	static <T extends EObject> Rule<T> of(Class<T> type, BiConsumer<T, Report> check) {
		return new Rule<>() {
			@Override
			public Class<T> type() {
				return type;
			}

			@Override
			public void check(T element, Report report) {
				check.accept(element, report);
			}
		};
	}
}
