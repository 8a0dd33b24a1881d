package org.verkstad.core.notation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The objects the bundles contribute to one of the core's extension points, made from their {@code class}. */
public final class Contributions {

	private Contributions() {
	}

	/** One object per contribution, in the registry's order; a class that cannot be made is a programming mistake. */
	public static <T> List<T> create(String extensionPoint, Class<T> type) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new IllegalStateException("Verkstad runs inside an OSGi framework with the extension registry");
		}
		List<T> created = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
			try {
				created.add(type.cast(element.createExecutableExtension("class")));
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException(extensionPoint + ": " + element.getAttribute("class") + " of bundle "
						+ element.getContributor().getName() + " cannot be created", e);
			}
		}
		return created;
	}
}
