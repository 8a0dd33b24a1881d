package org.verkstad.core.validation;

import java.util.List;

/** What can be done about the findings of one issue code: a rule set's fixes ({@link RuleSet#fixing}). */
@FunctionalInterface
public interface Fixer {

	/** The fixes for a finding of the code, none when there is nothing obvious to do. */
	List<Fix> fixes(Finding finding);
}
