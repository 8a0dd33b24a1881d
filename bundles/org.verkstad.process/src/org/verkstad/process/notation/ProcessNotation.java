package org.verkstad.process.notation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.process.Decision;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ProcessPackage;
import org.verkstad.process.ProcessState;
import org.verkstad.process.analysis.ProcessAnalysis;
import org.verkstad.process.analysis.ProcessGraph;
import org.verkstad.process.validation.ProcessRules;

/** Process maps. */
public final class ProcessNotation implements Notation {

	@Override
	public String id() {
		return "process";
	}

	@Override
	public EPackage ePackage() {
		return ProcessPackage.eINSTANCE;
	}

	@Override
	public int order() {
		return 1;
	}

	@Override
	public RuleSet rules() {
		return ProcessRules.RULES;
	}

	@Override
	public String currency(Model model) {
		return ((ProcessModel) model).getCurrency();
	}

	@Override
	public List<Fact> summarize(Model model, Locale locale) {
		ProcessModel process = (ProcessModel) model;
		ProcessAnalysis analysis = ProcessAnalysis.of(process);
		Messages m = messages();
		long decisions = new ProcessGraph(process).nodes().stream().filter(Decision.class::isInstance).count();
		String path = analysis.mainPath().isEmpty() ? m.get(locale, "fact.none")
				: analysis.mainPath().stream().map(Element::getName).map(n -> n == null ? "?" : n)
						.collect(Collectors.joining(" \u2192 "));
		return List.of(
				new Fact(m.get(locale, "fact.state"), m.get(locale,
						process.getState() == ProcessState.TO_BE ? "fact.state.toBe" : "fact.state.asIs")),
				new Fact(m.get(locale, "fact.lanes"), String.valueOf(process.getLanes().size())),
				new Fact(m.get(locale, "fact.activities"), String.valueOf(analysis.activities())),
				new Fact(m.get(locale, "fact.decisions"), String.valueOf(decisions)),
				new Fact(m.get(locale, "fact.problems"), analysis.problems() + " / " + analysis.ideas()),
				new Fact(m.get(locale, "fact.mainPath"), path),
				new Fact(m.get(locale, "fact.leadTime"), Format.minutes(analysis.leadTime(), locale)),
				new Fact(m.get(locale, "fact.processingTime"), Format.minutes(analysis.processingTime(), locale)),
				new Fact(m.get(locale, "fact.waitingShare"), Format.percent(analysis.waitingShare(), locale)),
				new Fact(m.get(locale, "fact.valueAddingShare"), Format.percent(analysis.valueAddingShare(), locale)),
				new Fact(m.get(locale, "fact.handOffs"), analysis.handOffs() + " / " + analysis.handOffsOnMainPath()),
				new Fact(m.get(locale, "fact.costPerCase"), Format.money(analysis.costPerCase(), model, locale)),
				new Fact(m.get(locale, "fact.yearlyCost"), Format.money(analysis.yearlyCost(), model, locale)));
	}
}
