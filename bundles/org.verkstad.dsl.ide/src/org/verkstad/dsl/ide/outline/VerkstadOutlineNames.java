package org.verkstad.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.verkstad.core.Element;

/** The outline shows elements by their name ("Granskar ansökan"), or by their id when they have none. */
public class VerkstadOutlineNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof Element element) {
			if (element.getName() != null && !element.getName().isBlank()) {
				return element.getName();
			}
			if (element.getId() != null) {
				return element.getId();
			}
		}
		return super.getName(object);
	}
}
