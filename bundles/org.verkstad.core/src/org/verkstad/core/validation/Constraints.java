package org.verkstad.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.Model;
import org.verkstad.core.notation.Contributions;

/** The {@link ModelConstraints} contributed by the installed bundles, read once. */
public final class Constraints {

	public static final String EXTENSION_POINT = "org.verkstad.core.constraints";

	/** Made on first use (the holder idiom). */
	private static final class All {
		static final List<ModelConstraints> ALL = List.copyOf(Contributions.create(EXTENSION_POINT, ModelConstraints.class));
	}

	private Constraints() {
	}

	public static List<ModelConstraints> all() {
		return All.ALL;
	}

	/** The rules every contribution adds for the model. */
	public static List<RuleSet> rules(Model model) {
		List<RuleSet> rules = new ArrayList<>();
		for (ModelConstraints constraints : all()) {
			rules.addAll(constraints.rules(model));
		}
		return rules;
	}

	/** The first contribution's reason to refuse the change, or null when every one allows it. */
	public static Finding refusal(EObject element, ModelConstraints.Change change) {
		for (ModelConstraints constraints : all()) {
			Finding refusal = constraints.refusal(element, change);
			if (refusal != null) {
				return refusal;
			}
		}
		return null;
	}
}
