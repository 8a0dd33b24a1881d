package org.verkstad.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Element;

/**
 * Semantic highlighting: an element's id where it is declared ({@value #DECLARATION}), its name
 * ({@value #NAME}), and every reference to another element ({@value #REFERENCE}).
 */
public class VerkstadHighlighting implements ISemanticHighlightingCalculator {

	/** Style id of the id where an element is declared. */
	public static final String DECLARATION = "verkstad.declaration";
	/** Style id of an element's name. */
	public static final String NAME = "verkstad.name";
	/** Style id of a reference to another element (flows, links, strategies, …). */
	public static final String REFERENCE = "verkstad.reference";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		for (EObject object : (Iterable<EObject>) () -> resource.getAllContents()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			if (object instanceof Element) {
				highlight(object, CorePackage.Literals.ELEMENT__ID, DECLARATION, acceptor);
				highlight(object, CorePackage.Literals.ELEMENT__NAME, NAME, acceptor);
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
						acceptor.addPosition(node.getOffset(), node.getLength(), REFERENCE);
					}
				}
			}
		}
	}

	private static void highlight(EObject object, EStructuralFeature feature, String style,
			IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
