package org.verkstad.process.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.verkstad.core.io.Ids;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.ModelFix;
import org.verkstad.process.EndEvent;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.analysis.ProcessGraph;

/** What the process map's checks can put right themselves: a missing start or end event. */
final class ProcessFixes {

	private ProcessFixes() {
	}

	/**
	 * A start event at the beginning of the first lane, with a flow to the first step nothing leads into
	 * (when there is one).
	 */
	static List<Fix> addStart(Finding finding) {
		if (!(finding.element() instanceof ProcessModel process)) {
			return List.of();
		}
		return List.of(new ModelFix(true, process, () -> {
			ProcessGraph graph = new ProcessGraph(process);
			FlowNode first = graph.nodes().stream()
					.filter(node -> !(node instanceof StartEvent) && graph.incoming(node).isEmpty()).findFirst().orElse(null);
			StartEvent start = ProcessFactory.eINSTANCE.createStartEvent();
			place(process, start, first == null ? null : ProcessGraph.laneOf(first), 0);
			if (first != null) {
				flow(process, start, first);
			}
		}, ProcessRules.MESSAGES, "fix.start.add"));
	}

	/**
	 * An end event at the end of the lane of the last step that leads nowhere, with a flow from every
	 * such step (none when there are none).
	 */
	static List<Fix> addEnd(Finding finding) {
		if (!(finding.element() instanceof ProcessModel process)) {
			return List.of();
		}
		return List.of(new ModelFix(true, process, () -> {
			ProcessGraph graph = new ProcessGraph(process);
			List<FlowNode> last = graph.nodes().stream()
					.filter(node -> !(node instanceof StartEvent) && graph.outgoing(node).isEmpty()).toList();
			EndEvent end = ProcessFactory.eINSTANCE.createEndEvent();
			place(process, end, last.isEmpty() ? null : ProcessGraph.laneOf(last.get(last.size() - 1)), -1);
			for (FlowNode node : last) {
				flow(process, node, end);
			}
		}, ProcessRules.MESSAGES, "fix.end.add"));
	}

	/** Puts an event into a lane (that one, else the first or last) at the start ({@code 0}) or end ({@code -1}). */
	private static void place(ProcessModel process, FlowNode event, Lane lane, int at) {
		// the elements written without an id get theirs first, in the file's order (as saving would)
		Ids.ensure(process);
		event.setName(Labels.capitalised(Labels.kind(event.eClass(), Languages.ofModel(process, Languages.current()))));
		event.setId(Ids.newId(event, process, Ids.taken(process)));
		Lane into = lane != null ? lane
				: process.getLanes().isEmpty() ? null : process.getLanes().get(at == 0 ? 0 : process.getLanes().size() - 1);
		EList<FlowNode> nodes = into != null ? into.getNodes() : process.getNodes();
		nodes.add(at == 0 ? 0 : nodes.size(), event);
	}

	private static void flow(ProcessModel process, FlowNode source, FlowNode target) {
		SequenceFlow flow = ProcessFactory.eINSTANCE.createSequenceFlow();
		flow.setSource(source);
		flow.setTarget(target);
		Set<String> taken = Ids.taken(process);
		flow.setId(Ids.newId(flow, process, taken));
		process.getFlows().add(flow);
	}
}
