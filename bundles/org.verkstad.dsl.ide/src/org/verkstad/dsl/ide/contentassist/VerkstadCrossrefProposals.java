package org.verkstad.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Link;
import org.verkstad.core.LinkKind;

import com.google.common.collect.Iterables;

/**
 * Proposes only targets that fit: for a link, by its kind ({@code caused-by} and {@code stops}: an
 * activity; {@code realises}: an ideal solution or improvement idea; {@code relates-to}: anything).
 */
public class VerkstadCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference reference,
			ContentAssistContext context) {
		Iterable<IEObjectDescription> candidates = super.queryScope(scope, reference, context);
		if (GrammarUtil.getReference(reference) != CorePackage.Literals.LINK__TARGET) {
			return candidates;
		}
		LinkKind kind = kindBefore(context);
		EClass wanted = kind == LinkKind.CAUSED_BY || kind == LinkKind.STOPS ? CorePackage.Literals.STEP
				: kind == LinkKind.REALISES ? CorePackage.Literals.SOLUTION : CorePackage.Literals.ELEMENT;
		return Iterables.filter(candidates, description -> wanted.isSuperTypeOf(description.getEClass()));
	}

	/** The link's kind: the keyword just before the target being written ("caused-by"), else the link's own. */
	private static LinkKind kindBefore(ContentAssistContext context) {
		if (context.getLastCompleteNode() != null) {
			String keyword = context.getLastCompleteNode().getText().trim().replace("-", "");
			for (LinkKind candidate : LinkKind.values()) {
				if (candidate.getLiteral().equalsIgnoreCase(keyword)) {
					return candidate;
				}
			}
		}
		return context.getCurrentModel() instanceof Link link ? link.getKind() : null;
	}
}
