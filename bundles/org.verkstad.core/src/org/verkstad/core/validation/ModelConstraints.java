package org.verkstad.core.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.Model;

/**
 * What applies to some models beyond their notation's rules, contributed through the extension point
 * {@value Constraints#EXTENSION_POINT}: for example the locked elements and the feedback checks of the
 * template pack a model was made from. The rules run wherever models are checked (editors, command
 * line); the refusals stop the diagram editor from changing a locked element.
 */
public interface ModelConstraints {

	/** A change an editor is about to make to an element. */
	enum Change {
		/** the element is removed */
		DELETE,
		/** the element's name is changed */
		RENAME,
		/** the element goes to another container or to another place among its siblings */
		MOVE
	}

	/** The rules that apply to this model besides its notation's; empty when there are none. */
	List<RuleSet> rules(Model model);

	/** Why the change to the element is not allowed, as an error finding on it; null when it is allowed. */
	Finding refusal(EObject element, Change change);
}
