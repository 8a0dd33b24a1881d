package org.verkstad.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EObject;
import org.verkstad.core.Model;

/** The {@link ModelConstraints} contributed by the installed bundles, read once. */
public final class Constraints {

	public static final String EXTENSION_POINT = "org.verkstad.core.constraints";

	private static volatile List<ModelConstraints> all;

	private Constraints() {
	}

	public static List<ModelConstraints> all() {
		List<ModelConstraints> result = all;
		if (result == null) {
			synchronized (Constraints.class) {
				result = all;
				if (result == null) {
					result = load();
					all = result;
				}
			}
		}
		return result;
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

	private static List<ModelConstraints> load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<ModelConstraints> found = new ArrayList<>();
		if (registry == null) {
			return found;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				found.add((ModelConstraints) element.createExecutableExtension("class"));
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException("constraints " + element.getAttribute("class") + " of bundle "
						+ element.getContributor().getName() + " cannot be created", e);
			}
		}
		return List.copyOf(found);
	}
}
