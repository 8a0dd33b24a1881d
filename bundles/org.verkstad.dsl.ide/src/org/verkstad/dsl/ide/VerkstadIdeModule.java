package org.verkstad.dsl.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.service.AbstractGenericModule;
import org.verkstad.dsl.ide.contentassist.VerkstadCrossrefProposals;
import org.verkstad.dsl.ide.highlighting.VerkstadHighlighting;
import org.verkstad.dsl.ide.hover.VerkstadDocumentation;
import org.verkstad.dsl.ide.outline.VerkstadOutlineNames;

/**
 * The editor services every notation's text format shares, mixed over its generated IDE module by
 * {@link IdeServices#createInjector}: content assist (link targets that fit the link's kind), semantic
 * highlighting, hover, outline (by name); formatting comes from Xtext's service over the language's
 * formatter.
 */
public class VerkstadIdeModule extends AbstractGenericModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return VerkstadCrossrefProposals.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return VerkstadHighlighting.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return VerkstadDocumentation.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return VerkstadOutlineNames.class;
	}
}
