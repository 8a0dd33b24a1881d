package org.verkstad.dsl.serializer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.serializer.analysis.ISemanticSequencerNfaProvider.ISemState;
import org.eclipse.xtext.serializer.sequencer.BacktrackingSemanticSequencer;

/**
 * Writes an element's parts, where they may come in any order, in the one order its grammar rule lists
 * them (docs/text-format.md's): the {@code about} block, the element's own values (a step's time, waiting, cost
 * …), its details (description, remarks, tags, links: the shared {@code Detail} rule, where the rule
 * calls it), then what it holds (a lane's steps, a step's problems). A part the text already has stays
 * where the text has it, unless {@code format} lays the text out anew (see {@link CanonicalOrder}); a
 * list ({@code tags a, b}) is written on one line.
 */
public class CanonicalSequencer extends BacktrackingSemanticSequencer {

	/** Where an element of the grammar is in a rule: its index there, and in the fragments on the way. */
	private static final Map<List<EObject>, List<Integer>> PATHS = new ConcurrentHashMap<>();

	@Override
	protected Comparator<ISemState> createFollowerSorter(SerializableObject obj, AbstractElement nodeModelEle) {
		Comparator<ISemState> xtext = super.createFollowerSorter(obj, nodeModelEle);
		return (a, b) -> {
			boolean hinted = nodeModelEle != null && (a.getAssignedGrammarElement() == nodeModelEle || b.getAssignedGrammarElement() == nodeModelEle);
			if (!hinted && a.getFeature() != null && b.getFeature() != null
					// a value that must be written, and one that is there, before one that may be left out
					&& obj.isOptional(a.getFeatureID()) == obj.isOptional(b.getFeatureID())
					&& (obj.getValueCount(a.getFeatureID()) == 0) == (obj.getValueCount(b.getFeatureID()) == 0)) {
				if (a.getFeature() == b.getFeature()) {
					// the next value of a list after a comma rather than its keyword again
					return Integer.compare(b.getOrderID(), a.getOrderID());
				}
				int byGrammar = inGrammar(a.getAssignedGrammarElement(), b.getAssignedGrammarElement());
				if (byGrammar != 0) {
					return byGrammar;
				}
			}
			return xtext.compare(a, b);
		};
	}

	/** Which of two grammar elements a rule lists first (0 when that cannot be told). */
	static int inGrammar(AbstractElement a, AbstractElement b) {
		ParserRule ruleOfA = GrammarUtil.containingParserRule(a);
		ParserRule ruleOfB = GrammarUtil.containingParserRule(b);
		ParserRule rule = !ruleOfA.isFragment() ? ruleOfA : !ruleOfB.isFragment() ? ruleOfB : ruleOfA == ruleOfB ? ruleOfA : null;
		if (rule == null) {
			return 0;
		}
		List<Integer> pathA = path(rule, a);
		List<Integer> pathB = path(rule, b);
		if (pathA.isEmpty() || pathB.isEmpty()) {
			return 0;
		}
		for (int i = 0; i < Math.min(pathA.size(), pathB.size()); i++) {
			int byIndex = Integer.compare(pathA.get(i), pathB.get(i));
			if (byIndex != 0) {
				return byIndex;
			}
		}
		return Integer.compare(pathA.size(), pathB.size());
	}

	/** Where an element is in a rule, through the fragments the rule calls; empty when it is not there. */
	private static List<Integer> path(ParserRule rule, AbstractElement element) {
		return PATHS.computeIfAbsent(List.of(rule, element), key -> find(rule, element, new ArrayList<>()));
	}

	private static List<Integer> find(ParserRule rule, AbstractElement element, List<ParserRule> visiting) {
		visiting.add(rule);
		int index = 0;
		for (TreeIterator<EObject> all = rule.eAllContents(); all.hasNext(); index++) {
			EObject content = all.next();
			if (content == element) {
				return List.of(index);
			}
			if (content instanceof RuleCall call && call.getRule() instanceof ParserRule called && called.isFragment()
					&& !visiting.contains(called)) {
				List<Integer> inside = find(called, element, visiting);
				if (!inside.isEmpty()) {
					List<Integer> path = new ArrayList<>();
					path.add(index);
					path.addAll(inside);
					return List.copyOf(path);
				}
			}
		}
		visiting.remove(rule);
		return List.of();
	}
}
