package org.verkstad.dsl.messages;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.verkstad.core.CorePackage;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;

/** A name that refers to nothing, in plain words: what kind of element was looked for, and where. */
public class VerkstadLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		Locale locale = Languages.current();
		EClass type = context.getReference().getEReferenceType();
		String kind = type == CorePackage.Literals.ELEMENT ? DslMessages.get(locale, "kind.element")
				: Labels.kind(type, locale);
		String message = DslMessages.get(locale, context.getLinkText().contains(".") ? "link.unresolved.otherFile"
				: "link.unresolved", kind, context.getLinkText());
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
