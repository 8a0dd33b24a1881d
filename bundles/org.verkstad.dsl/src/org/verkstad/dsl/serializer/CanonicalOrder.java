package org.verkstad.dsl.serializer;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.sequencer.SemanticNodeProvider;

/**
 * Where an element's parts may come in any order (its time, costs, details, links …), the text keeps the
 * order it was written in when a program changes the model, but {@code format} writes the one order the
 * grammar gives (docs/text-format.md's). The serializer follows the order of the text's nodes when it knows it;
 * while formatting, the nodes are given without their order, so it follows the grammar, and the text's
 * comments and values are still found.
 */
public class CanonicalOrder extends SemanticNodeProvider {

	private static final ThreadLocal<Boolean> FORMATTING = ThreadLocal.withInitial(() -> Boolean.FALSE);

	/** Runs a save that lays the text out anew: its parts in the grammar's order. */
	public static <T> T formatting(Supplier<T> save) {
		Boolean was = FORMATTING.get();
		FORMATTING.set(Boolean.TRUE);
		try {
			return save.get();
		} finally {
			FORMATTING.set(was);
		}
	}

	/** Whether a save lays the text out anew. */
	static boolean isFormatting() {
		return FORMATTING.get();
	}

	@Override
	protected NodesForEObjectProvider createNodesForEObjectProvider(EObject semanticObject, ICompositeNode node) {
		return FORMATTING.get() ? new Unordered(semanticObject, node) : super.createNodesForEObjectProvider(semanticObject, node);
	}

	/** The nodes of an element's values, without which comes first and which follows which. */
	private static final class Unordered extends NodesForEObjectProvider {

		Unordered(EObject semanticObject, ICompositeNode node) {
			super(semanticObject, node);
		}

		@Override
		protected SemanticNode add(String featureName, INode child, SemanticNode last) {
			super.add(featureName, child, null);
			return null;
		}

		@Override
		public SemanticNode getFirstSemanticNode() {
			return null;
		}
	}
}
