package org.verkstad.swot.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EPackage;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.swot.SwotModel;
import org.verkstad.swot.SwotPackage;
import org.verkstad.swot.TowsKind;
import org.verkstad.swot.TowsStrategy;
import org.verkstad.swot.analysis.Quadrant;
import org.verkstad.swot.validation.SwotRules;

/** SWOT analyses with TOWS strategies. */
public final class SwotNotation implements Notation {

	@Override
	public String id() {
		return "swot";
	}

	@Override
	public EPackage ePackage() {
		return SwotPackage.eINSTANCE;
	}

	@Override
	public int order() {
		return 3;
	}

	@Override
	public RuleSet rules() {
		return SwotRules.RULES;
	}

	@Override
	public List<Fact> summarize(Model model, Locale locale) {
		SwotModel swot = (SwotModel) model;
		Messages m = messages();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(m.get(locale, "fact.subject"),
				CoreRules.isBlank(swot.getSubject()) ? m.get(locale, "fact.missing") : swot.getSubject()));
		for (Quadrant quadrant : Quadrant.values()) {
			facts.add(new Fact(m.get(locale, "fact." + quadrant.key()),
					Format.number(quadrant.items(swot).size(), locale)));
		}
		int[] perKind = new int[TowsKind.values().length];
		for (TowsStrategy strategy : swot.getStrategies()) {
			perKind[strategy.getKind().ordinal()]++;
		}
		facts.add(new Fact(m.get(locale, "fact.strategies"), Stream.of(TowsKind.values())
				.map(kind -> kind.getLiteral() + " " + Format.number(perKind[kind.ordinal()], locale))
				.collect(Collectors.joining(", "))));
		return List.copyOf(facts);
	}
}
