package org.verkstad.swot.validation;

import java.util.List;

import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.Report;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.swot.SwotItem;
import org.verkstad.swot.SwotModel;
import org.verkstad.swot.TowsStrategy;
import org.verkstad.swot.analysis.Quadrant;

/** The checks of SWOT analyses and their TOWS strategies. Each rule's issue code is its message key. */
public final class SwotRules {

	public static final Messages MESSAGES = new Messages(SwotRules.class, "org.verkstad.swot.validation.messages",
			CoreRules.MESSAGES);

	/**
	 * A TOWS strategy takes its items from the quadrants its kind pairs: strengths (SO, ST) or weaknesses (WO, WT)
	 * inside, opportunities (SO, WO) or threats (ST, WT) outside. One finding per misplaced item, keyed by the
	 * quadrant the item should come from: {@code swot.strategy.misplaced.<quadrant>}.
	 */
	public static final Rule<TowsStrategy> STRATEGY_QUADRANTS = Rule.of(TowsStrategy.class, (strategy, report) -> {
		checkQuadrant(report, strategy, strategy.getInternal(), Quadrant.internalOf(strategy.getKind()));
		checkQuadrant(report, strategy, strategy.getExternal(), Quadrant.externalOf(strategy.getKind()));
	});

	/** A TOWS strategy pairs something internal with something external. */
	public static final Rule<TowsStrategy> STRATEGY_PAIRS = Rule.of(TowsStrategy.class, (strategy, report) -> {
		if (strategy.getInternal().isEmpty()) {
			report.warning(strategy, "swot.strategy.internal.missing", strategy, strategy.getKind().getLiteral());
		}
		if (strategy.getExternal().isEmpty()) {
			report.warning(strategy, "swot.strategy.external.missing", strategy, strategy.getKind().getLiteral());
		}
	});

	/** Each of the four quadrants has at least one item: {@code swot.quadrant.empty.<quadrant>}. */
	public static final Rule<SwotModel> QUADRANTS_FILLED = Rule.of(SwotModel.class, (swot, report) -> {
		for (Quadrant quadrant : Quadrant.values()) {
			if (quadrant.items(swot).isEmpty()) {
				report.warning(swot, "swot.quadrant.empty." + quadrant.key());
			}
		}
	});

	/** A SWOT says what it analyses. */
	public static final Rule<SwotModel> HAS_SUBJECT = Rule.of(SwotModel.class, (swot, report) -> {
		if (CoreRules.isBlank(swot.getSubject())) {
			report.hint(swot, "swot.subject.missing");
		}
	});

	public static final RuleSet RULES = RuleSet.of(MESSAGES, STRATEGY_QUADRANTS, STRATEGY_PAIRS, QUADRANTS_FILLED,
			HAS_SUBJECT, CoreRules.named(SwotItem.class), CoreRules.named(TowsStrategy.class));

	private SwotRules() {
	}

	private static void checkQuadrant(Report report, TowsStrategy strategy, List<SwotItem> items, Quadrant expected) {
		for (SwotItem item : items) {
			Quadrant actual = Quadrant.of(item);
			// an item that cannot be found (an unresolved reference) has no quadrant and is skipped
			if (actual != null && actual != expected) {
				report.error(strategy, "swot.strategy.misplaced." + expected.key(), strategy, item,
						strategy.getKind().getLiteral());
			}
		}
	}
}
