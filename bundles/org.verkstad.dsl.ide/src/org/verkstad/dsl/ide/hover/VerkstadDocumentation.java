package org.verkstad.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.verkstad.core.Element;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;

/** What a hover shows for an element: its kind and name, its description and its remarks. */
public class VerkstadDocumentation implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject object) {
		if (!(object instanceof Element element)) {
			return null;
		}
		StringBuilder text = new StringBuilder("**").append(Labels.of(element, Languages.current())).append("**");
		if (element.getDescription() != null && !element.getDescription().isBlank()) {
			text.append("\n\n").append(element.getDescription());
		}
		for (String remark : element.getNotes()) {
			text.append("\n\n").append(remark);
		}
		return text.toString();
	}
}
