package org.verkstad.startstop.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EPackage;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.startstop.ChangeKind;
import org.verkstad.startstop.ChangeList;
import org.verkstad.startstop.StartstopPackage;
import org.verkstad.startstop.validation.StartStopRules;

/** Continue / start / stop lists: what to go on doing, to start and to stop on the way to a goal. */
public final class StartStopNotation implements Notation {

	@Override
	public String id() {
		return "startstop";
	}

	@Override
	public EPackage ePackage() {
		return StartstopPackage.eINSTANCE;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public RuleSet rules() {
		return StartStopRules.RULES;
	}

	@Override
	public List<Fact> summarize(Model model, Locale locale) {
		ChangeList list = (ChangeList) model;
		Messages m = messages();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(m.get(locale, "fact.goal"), CoreRules.isBlank(list.getGoal()) ? m.get(locale, "fact.missing") : list.getGoal()));
		for (ChangeKind kind : ChangeKind.values()) {
			long count = list.getChanges().stream().filter(c -> c.getKind() == kind).count();
			facts.add(new Fact(m.get(locale, "fact." + kind.getLiteral()), Format.number(count, locale)));
		}
		return List.copyOf(facts);
	}
}
