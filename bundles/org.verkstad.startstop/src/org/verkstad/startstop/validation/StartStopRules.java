package org.verkstad.startstop.validation;

import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.startstop.Change;
import org.verkstad.startstop.ChangeKind;
import org.verkstad.startstop.ChangeList;

/** The checks of continue / start / stop lists. Each rule's issue code is its message key. */
public final class StartStopRules {

	public static final Messages MESSAGES = new Messages(StartStopRules.class, "org.verkstad.startstop.validation.messages",
			CoreRules.MESSAGES);

	/** A list says something of each kind: {@code startstop.kind.missing.<kind>} on the list, as a hint. */
	public static final Rule<ChangeList> EVERY_KIND = Rule.of(ChangeList.class, (list, report) -> {
		for (ChangeKind kind : ChangeKind.values()) {
			if (list.getChanges().stream().noneMatch(c -> c.getKind() == kind)) {
				report.hint(list, "startstop.kind.missing." + kind.getLiteral());
			}
		}
	});

	/** A change says what it is ({@code core.name.missing}). */
	public static final Rule<Change> NAMED = CoreRules.named(Change.class);

	public static final RuleSet RULES = RuleSet.of(MESSAGES, EVERY_KIND, NAMED);

	private StartStopRules() {
	}
}
