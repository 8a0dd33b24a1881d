package org.verkstad.process.notation;

import java.util.ArrayList;
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
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ProcessPackage;
import org.verkstad.process.ProcessState;
import org.verkstad.process.analysis.ExpectedValues;
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
		ProcessGraph graph = new ProcessGraph(process);
		long decisions = graph.nodes().stream().filter(Decision.class::isInstance).count();
		String path = analysis.mainPath().isEmpty() ? m.get(locale, "fact.none")
				: analysis.mainPath().stream().map(Element::getName).map(n -> n == null ? "?" : n)
						.collect(Collectors.joining(" \u2192 "));
		List<Fact> facts = new ArrayList<>(List.of(
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
				new Fact(m.get(locale, "fact.yearlyCost"), Format.money(analysis.yearlyCost(), model, locale))));
		if (graph.nodes().stream().anyMatch(node -> graph.outgoing(node).size() > 1)) {
			facts.addAll(expected(process, model, locale));
		}
		return facts;
	}

	@Override
	public Model comparedWith(Model model) {
		ProcessModel asIs = ((ProcessModel) model).getAsIs();
		return asIs == null || asIs.eIsProxy() || asIs == model ? null : asIs;
	}

	@Override
	public List<Comparison> compare(Model before, Model after, Locale locale) {
		return ProcessComparison.of((ProcessModel) before, (ProcessModel) after, locale, messages());
	}

	/**
	 * The expected values over all paths of a map with choices (ExpectedValues): lead time, processing
	 * time, waiting share, cost per case, first-pass yield and the steps done more than once on average;
	 * or why there are none.
	 */
	private List<Fact> expected(ProcessModel process, Model model, Locale locale) {
		Messages m = messages();
		ExpectedValues.Outcome outcome = ExpectedValues.of(process);
		if (!outcome.computed()) {
			String why = outcome.endlessLoop() ? m.get(locale, "fact.expected.endless")
					: m.get(locale, "fact.expected.missing", outcome.withoutShares().stream().map(Element::getName)
							.map(n -> n == null ? "?" : n).collect(Collectors.joining(", ")));
			return List.of(new Fact(m.get(locale, "fact.expected"), why));
		}
		ExpectedValues values = outcome.values();
		String repeated = values.visits().entrySet().stream().filter(e -> e.getKey() instanceof Activity && e.getValue() > 1 + 1e-9)
				.map(e -> e.getKey().getName() + " " + Format.number(Math.round(e.getValue() * 100) / 100.0, locale) + "\u00d7")
				.collect(Collectors.joining(", "));
		return List.of(
				new Fact(m.get(locale, "fact.expected.leadTime"), Format.minutes(values.leadTime(), locale)),
				new Fact(m.get(locale, "fact.expected.processingTime"), Format.minutes(values.processingTime(), locale)),
				new Fact(m.get(locale, "fact.expected.waitingShare"), Format.percent(values.waitingShare(), locale)),
				new Fact(m.get(locale, "fact.expected.costPerCase"), Format.money(values.costPerCase(), model, locale)),
				new Fact(m.get(locale, "fact.expected.firstPassYield"), Format.percent(values.firstPassYield(), locale)),
				new Fact(m.get(locale, "fact.expected.repeated"), repeated.isEmpty() ? m.get(locale, "fact.none") : repeated));
	}
}
