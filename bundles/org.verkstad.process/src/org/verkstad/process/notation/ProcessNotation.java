package org.verkstad.process.notation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.verkstad.core.Direction;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Parallel;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ProcessPackage;
import org.verkstad.process.ProcessState;
import org.verkstad.process.ValueClass;
import org.verkstad.process.analysis.ExpectedValues;
import org.verkstad.process.analysis.ParallelBlocks;
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
		long splits = graph.nodes().stream().filter(node -> ParallelBlocks.isSplit(graph, node)).count();
		String path = names(analysis.mainPath(), " \u2192 ", m.get(locale, "fact.none"));
		List<Fact> facts = new ArrayList<>(List.of(
				Fact.of(m, locale, "fact.state", m.get(locale,
						process.getState() == ProcessState.TO_BE ? "fact.state.toBe" : "fact.state.asIs")),
				Fact.of(m, locale, "fact.lanes", String.valueOf(process.getLanes().size())),
				Fact.of(m, locale, "fact.activities", String.valueOf(analysis.activities())),
				Fact.of(m, locale, "fact.decisions", String.valueOf(decisions)),
				Fact.of(m, locale, "fact.problems", analysis.problems() + " / " + analysis.ideas()),
				Fact.of(m, locale, "fact.mainPath", path),
				Fact.of(m, locale, "fact.leadTime", Format.minutes(analysis.leadTime(), locale)),
				Fact.of(m, locale, "fact.processingTime", Format.minutes(analysis.processingTime(), locale)),
				Fact.of(m, locale, "fact.waitingShare", Format.percent(analysis.waitingShare(), locale)),
				Fact.of(m, locale, "fact.valueAddingShare", Format.percent(analysis.valueAddingShare(), locale)),
				Fact.of(m, locale, "fact.handOffs", analysis.handOffs() + " / " + analysis.handOffsOnMainPath()),
				Fact.of(m, locale, "fact.costPerCase", Format.money(analysis.costPerCase(), model, locale)),
				Fact.of(m, locale, "fact.yearlyCost", Format.money(analysis.yearlyCost(), model, locale))));
		if (splits > 0) {
			// after the decisions and after the main path, which the work done at the same time goes beside
			facts.add(4, Fact.of(m, locale, "fact.parallel", String.valueOf(splits)));
			facts.add(7, Fact.of(m, locale, "fact.parallelWork", names(analysis.parallelWork(), ", ", m.get(locale, "fact.none"))));
		}
		if (graph.nodes().stream().anyMatch(node -> !(node instanceof Parallel) && graph.outgoing(node).size() > 1)) {
			facts.addAll(expected(process, model, locale));
		}
		return facts;
	}

	private static String names(List<FlowNode> nodes, String separator, String none) {
		return nodes.isEmpty() ? none
				: nodes.stream().map(Element::getName).map(n -> n == null ? "?" : n).collect(Collectors.joining(separator));
	}

	/**
	 * What a measure may be computed from: the main path's figures, the yearly cost, the counts of
	 * hand-offs, problems and waste, and, where the decisions give their shares, the expected values.
	 */
	@Override
	public Map<String, Figure> figures(Model model) {
		ProcessModel process = (ProcessModel) model;
		ProcessAnalysis a = ProcessAnalysis.of(process);
		Map<String, Figure> figures = new LinkedHashMap<>();
		figures.put("lead-time", new Figure(a.leadTime(), Figure.Kind.TIME, Direction.LOWER));
		figures.put("processing-time", new Figure(a.processingTime(), Figure.Kind.TIME, Direction.LOWER));
		figures.put("waiting-share", new Figure(a.waitingShare(), Figure.Kind.SHARE, Direction.LOWER));
		figures.put("value-adding-share", new Figure(a.valueAddingShare(), Figure.Kind.SHARE, Direction.HIGHER));
		figures.put("hand-offs", new Figure(a.handOffs(), Figure.Kind.COUNT, Direction.LOWER));
		figures.put("cost-per-case", new Figure(a.costPerCase(), Figure.Kind.MONEY, Direction.LOWER));
		figures.put("cost-per-year", new Figure(a.yearlyCost(), Figure.Kind.MONEY, Direction.LOWER));
		figures.put("problems", new Figure(a.problems(), Figure.Kind.COUNT, Direction.LOWER));
		figures.put("waste-activities", new Figure(new ProcessGraph(process).nodes().stream()
				.filter(n -> n instanceof Activity act && act.getValueClass() == ValueClass.WASTE).count(), Figure.Kind.COUNT,
				Direction.LOWER));
		ExpectedValues.Outcome outcome = ExpectedValues.of(process);
		if (outcome.computed()) {
			ExpectedValues e = outcome.values();
			figures.put("expected-lead-time", new Figure(e.leadTime(), Figure.Kind.TIME, Direction.LOWER));
			figures.put("expected-cost-per-case", new Figure(e.costPerCase(), Figure.Kind.MONEY, Direction.LOWER));
			figures.put("first-pass-yield", new Figure(e.firstPassYield(), Figure.Kind.SHARE, Direction.HIGHER));
		}
		return figures;
	}

	@Override
	public StepFigures stepFigures(Element step) {
		return step instanceof Activity a ? new StepFigures(ProcessAnalysis.value(a.getProcessingTime()),
				ProcessAnalysis.value(a.getWaitingTime()), ProcessAnalysis.value(a.getCost())) : null;
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
			return List.of(Fact.of(m, locale, "fact.expected", why));
		}
		ExpectedValues values = outcome.values();
		String repeated = values.visits().entrySet().stream().filter(e -> e.getKey() instanceof Activity && e.getValue() > 1 + 1e-9)
				.map(e -> e.getKey().getName() + " " + Format.number(Math.round(e.getValue() * 100) / 100.0, locale) + "\u00d7")
				.collect(Collectors.joining(", "));
		return List.of(
				Fact.of(m, locale, "fact.expected.leadTime", Format.minutes(values.leadTime(), locale)),
				Fact.of(m, locale, "fact.expected.processingTime", Format.minutes(values.processingTime(), locale)),
				Fact.of(m, locale, "fact.expected.waitingShare", Format.percent(values.waitingShare(), locale)),
				Fact.of(m, locale, "fact.expected.costPerCase", Format.money(values.costPerCase(), model, locale)),
				Fact.of(m, locale, "fact.expected.firstPassYield", Format.percent(values.firstPassYield(), locale)),
				Fact.of(m, locale, "fact.expected.repeated", repeated.isEmpty() ? m.get(locale, "fact.none") : repeated));
	}
}
