package org.verkstad.dsl.messages;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;

/** A name that refers to nothing, in plain words: what kind of element was looked for, and where. */
public class VerkstadLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		Locale locale = Languages.current();
		String text = context.getLinkText();
		boolean otherFile = text.contains(".");
		if (otherFile && hasMistakes(context.getContext(), text.substring(0, text.indexOf('.')))) {
			// the other file's mistake is reported there, once; its elements are found again when it is fixed
			return null;
		}
		EClass type = context.getReference().getEReferenceType();
		String message = type == CorePackage.Literals.ELEMENT
				? DslMessages.get(locale, otherFile ? "link.unresolved.any.otherFile" : "link.unresolved.any", text)
				: DslMessages.get(locale, otherFile ? "link.unresolved.otherFile" : "link.unresolved", Labels.kind(type, locale), text);
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/** Whether the model of this id, read beside the file, has mistakes in its text (or nothing could be read of it). */
	private static boolean hasMistakes(EObject context, String modelId) {
		Resource own = context.eResource();
		if (own == null || own.getResourceSet() == null) {
			return false;
		}
		for (Resource resource : List.copyOf(own.getResourceSet().getResources())) {
			if (resource == own || resource.getErrors().isEmpty()) {
				continue;
			}
			boolean named = !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
					? modelId.equals(model.getId())
					: modelId.equals(resource.getURI().trimFileExtension().lastSegment());
			if (named) {
				return true;
			}
		}
		return false;
	}
}
