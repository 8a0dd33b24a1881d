package org.verkstad.core.validation;

import java.util.List;

import org.verkstad.core.nls.Messages;

/** The rules of one bundle with the message table their issue codes are keys of. */
public record RuleSet(Messages messages, List<Rule<?>> rules) {

	public RuleSet {
		rules = List.copyOf(rules);
	}

	public static RuleSet of(Messages messages, Rule<?>... rules) {
		return new RuleSet(messages, List.of(rules));
	}
}
