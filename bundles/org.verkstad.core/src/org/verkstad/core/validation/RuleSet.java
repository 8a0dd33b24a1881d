package org.verkstad.core.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verkstad.core.nls.Messages;

/**
 * The rules of one bundle with the message table their issue codes are keys of, and the fixes it knows
 * for some of those codes.
 */
public record RuleSet(Messages messages, List<Rule<?>> rules, Map<String, Fixer> fixers) {

	public RuleSet {
		rules = List.copyOf(rules);
		fixers = Map.copyOf(fixers);
	}

	public static RuleSet of(Messages messages, Rule<?>... rules) {
		return new RuleSet(messages, List.of(rules), Map.of());
	}

	/** The same rules, with a fixer for the findings of {@code code}. */
	public RuleSet fixing(String code, Fixer fixer) {
		Map<String, Fixer> more = new LinkedHashMap<>(fixers);
		more.put(code, fixer);
		return new RuleSet(messages, rules, more);
	}
}
