package org.verkstad.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.ValueSerializer;

/**
 * A value the text already has is written as it was typed ({@code 2 dagar}, {@code 1,5 tim},
 * {@code 300 kr}), except when {@code format} lays the text out anew: then every value is written the one
 * way the format writes it ({@code 2 days}, {@code 90 min}, {@code 300}).
 */
public class CanonicalValues extends ValueSerializer {

	@Override
	public String serializeAssignedValue(EObject context, RuleCall ruleCall, Object value, INode node, Acceptor errors) {
		return super.serializeAssignedValue(context, ruleCall, value, CanonicalOrder.isFormatting() ? null : node, errors);
	}
}
