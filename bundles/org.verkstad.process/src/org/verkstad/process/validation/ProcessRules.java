package org.verkstad.process.validation;

import java.util.List;
import java.util.Set;

import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.Report;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.Parallel;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ProcessState;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;
import org.verkstad.process.analysis.ParallelBlocks;
import org.verkstad.process.analysis.ProcessGraph;

/** The checks of process maps. Each rule's issue code is its message key. */
public final class ProcessRules {

	public static final Messages MESSAGES = new Messages(ProcessRules.class,
			"org.verkstad.process.validation.messages", CoreRules.MESSAGES);

	/** A process has a start event. */
	public static final Rule<ProcessModel> HAS_START = Rule.of(ProcessModel.class, (process, report) -> {
		if (new ProcessGraph(process).nodes().stream().noneMatch(StartEvent.class::isInstance)) {
			report.error(process, "process.start.missing");
		}
	});

	/** A process has an end event. */
	public static final Rule<ProcessModel> HAS_END = Rule.of(ProcessModel.class, (process, report) -> {
		if (new ProcessGraph(process).nodes().stream().noneMatch(EndEvent.class::isInstance)) {
			report.error(process, "process.end.missing");
		}
	});

	/** Every activity, decision and parallel split or join lies on a path from a start event to an end event. */
	public static final Rule<ProcessModel> ON_PATH = Rule.of(ProcessModel.class, (process, report) -> {
		ProcessGraph graph = new ProcessGraph(process);
		Set<FlowNode> fromStart = graph.reachableFromStart();
		Set<FlowNode> toEnd = graph.reachingEnd();
		for (FlowNode node : graph.nodes()) {
			if (node instanceof Activity || node instanceof Decision || node instanceof Parallel) {
				if (!fromStart.contains(node)) {
					report.error(node, "process.path.unreachable", node);
				} else if (!toEnd.contains(node)) {
					report.error(node, "process.path.deadEnd", node);
				}
			}
		}
	});

	/** A decision has at least two outgoing flows, each with a condition label. */
	public static final Rule<ProcessModel> DECISION_BRANCHES = Rule.of(ProcessModel.class, (process, report) -> {
		ProcessGraph graph = new ProcessGraph(process);
		for (FlowNode node : graph.nodes()) {
			if (node instanceof Decision decision) {
				List<SequenceFlow> out = graph.outgoing(decision);
				if (out.size() < 2) {
					report.error(decision, "process.decision.branches", decision, out.size());
				}
				for (SequenceFlow flow : out) {
					if (CoreRules.isBlank(flow.getCondition())) {
						report.warning(flow, "process.decision.label", decision, flow.getTarget());
					}
				}
			}
		}
	});

	/** A sequence flow connects two nodes. */
	public static final Rule<SequenceFlow> FLOW_ENDS = Rule.of(SequenceFlow.class, (flow, report) -> {
		if (flow.getSource() == null || flow.getTarget() == null) {
			report.error(flow, "process.flow.ends");
		} else if (flow.getSource() == flow.getTarget()) {
			report.warning(flow, "process.flow.self", flow.getSource());
		}
	});

	/** Nothing flows into a start event or out of an end event. */
	public static final Rule<ProcessModel> EVENT_FLOWS = Rule.of(ProcessModel.class, (process, report) -> {
		ProcessGraph graph = new ProcessGraph(process);
		for (FlowNode node : graph.nodes()) {
			if (node instanceof StartEvent && !graph.incoming(node).isEmpty()) {
				report.warning(node, "process.start.incoming", node);
			}
			if (node instanceof EndEvent && !graph.outgoing(node).isEmpty()) {
				report.warning(node, "process.end.outgoing", node);
			}
		}
	});

	/** Times, costs and frequencies are not negative. */
	public static final Rule<Activity> NON_NEGATIVE = Rule.of(Activity.class, (activity, report) -> {
		check(report, activity, "processingTime", activity.getProcessingTime());
		check(report, activity, "waitingTime", activity.getWaitingTime());
		check(report, activity, "cost", activity.getCost());
		check(report, activity, "frequency", activity.getFrequency());
	});

	/** Activities have the data the analyses need. */
	public static final Rule<Activity> ANALYSIS_DATA = Rule.of(Activity.class, (activity, report) -> {
		if (activity.getProcessingTime() == null) {
			report.hint(activity, "process.activity.noTime", activity);
		}
		if (activity.getValueClass() == ValueClass.UNCLASSIFIED) {
			report.hint(activity, "process.activity.noValueClass", activity);
		}
	});

	/** A to-be map that names its as-is map names one that is as-is. */
	public static final Rule<ProcessModel> AS_IS_REFERENCE = Rule.of(ProcessModel.class, (process, report) -> {
		ProcessModel asIs = process.getAsIs();
		if (asIs != null && !asIs.eIsProxy() && asIs.getState() != ProcessState.AS_IS) {
			report.warning(process, "process.asIs.state", asIs);
		}
		if (asIs != null && process.getState() != ProcessState.TO_BE) {
			report.warning(process, "process.asIs.fromAsIs");
		}
	});

	/**
	 * Only a decision or a parallel split divides the way: a step with several ways out asks which is meant,
	 * a choice (a decision after it) or work done at the same time (a parallel split after it).
	 */
	public static final Rule<ProcessModel> ONE_WAY_OUT = Rule.of(ProcessModel.class, (process, report) -> {
		ProcessGraph graph = new ProcessGraph(process);
		for (FlowNode node : graph.nodes()) {
			int out = graph.outgoing(node).size();
			if (out > 1 && !(node instanceof Decision) && !(node instanceof Parallel) && !(node instanceof EndEvent)) {
				report.warning(node, "process.branches.noDecision", node, out);
			}
		}
	});

	/**
	 * A share of the cases is between 0 and 100 %, stands where the way divides, and the shares of the ways
	 * out of one step add up to 100 % (the expected values scale them, but the map should say it).
	 */
	public static final Rule<ProcessModel> SHARES = Rule.of(ProcessModel.class, (process, report) -> {
		ProcessGraph graph = new ProcessGraph(process);
		for (SequenceFlow flow : process.getFlows()) {
			if (flow.getShare() != null && flow.getSource() instanceof Parallel) {
				report.warning(flow, "process.share.parallel", flow.getSource());
			} else if (flow.getShare() != null && (flow.getShare() < 0 || flow.getShare() > 100)) {
				report.error(flow, "process.share.range", flow.getSource(), flow.getTarget(), flow.getShare());
			} else if (flow.getShare() != null && flow.getSource() != null && graph.outgoing(flow.getSource()).size() == 1) {
				report.warning(flow, "process.share.single", flow.getSource());
			}
		}
		for (FlowNode node : graph.nodes()) {
			List<SequenceFlow> out = graph.outgoing(node);
			if (out.size() > 1 && !(node instanceof Parallel) && out.stream().allMatch(f -> f.getShare() != null)) {
				double sum = out.stream().mapToDouble(SequenceFlow::getShare).sum();
				if (Math.abs(sum - 100) > 0.5) {
					report.warning(node, "process.share.sum", node, sum);
				}
			}
		}
	});

	/**
	 * Work done at the same time is gathered again: every parallel split has a join that all its ways reach,
	 * every join gathers the ways of a split (else a case that came one way would wait for ever), and a
	 * parallel element divides or gathers something.
	 */
	public static final Rule<ProcessModel> PARALLEL = Rule.of(ProcessModel.class, (process, report) -> {
		ProcessGraph graph = new ProcessGraph(process);
		ParallelBlocks blocks = ParallelBlocks.of(graph);
		for (FlowNode split : blocks.splits()) {
			if (blocks.joinOf(split) == null) {
				report.warning(split, "process.parallel.unjoined", split);
			}
		}
		Set<FlowNode> reachable = graph.reachableFromStart();
		for (FlowNode node : graph.nodes()) {
			if (node instanceof Parallel) {
				int in = graph.incoming(node).size();
				if (in > 1 && reachable.contains(node) && blocks.splitOf(node) == null) {
					report.warning(node, "process.parallel.noSplit", node, in);
				} else if (in <= 1 && graph.outgoing(node).size() <= 1) {
					report.warning(node, "process.parallel.single", node);
				}
			}
		}
	});

	public static final RuleSet RULES = RuleSet.of(MESSAGES, HAS_START, HAS_END, ON_PATH, DECISION_BRANCHES,
			FLOW_ENDS, EVENT_FLOWS, NON_NEGATIVE, ONE_WAY_OUT, PARALLEL, SHARES, ANALYSIS_DATA, AS_IS_REFERENCE, CoreRules.named(Activity.class),
			CoreRules.named(Lane.class)).fixing("process.start.missing", ProcessFixes::addStart)
			.fixing("process.end.missing", ProcessFixes::addEnd);

	private ProcessRules() {
	}

	private static void check(Report report, Activity activity, String what, Double value) {
		if (value != null && value < 0) {
			report.error(activity, "process.activity.negative." + what, activity, value);
		}
	}
}
