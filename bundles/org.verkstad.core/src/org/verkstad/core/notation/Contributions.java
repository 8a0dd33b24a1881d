package org.verkstad.core.notation;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

/**
 * What the bundles contribute to Verkstad's extension points: objects made from a {@code class}, and files
 * (a notation's diagram descriptions, styles, report tables) named by a {@code file} inside the
 * contributing bundle.
 */
public final class Contributions {

	private Contributions() {
	}

	/** One object per contribution, in the registry's order; a class that cannot be made is a programming mistake. */
	public static <T> List<T> create(String extensionPoint, Class<T> type) {
		List<T> created = new ArrayList<>();
		for (IConfigurationElement element : elements(extensionPoint)) {
			try {
				created.add(type.cast(element.createExecutableExtension("class")));
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException(extensionPoint + ": " + element.getAttribute("class") + " of bundle "
						+ element.getContributor().getName() + " cannot be created", e);
			}
		}
		return created;
	}

	/**
	 * Objects contributed under a key, made when first asked for: for each element of the extension point
	 * that has both attributes, its {@code keyAttribute} mapped to a maker of its {@code classAttribute}
	 * (a notation's text format: {@code process} to its setup). A class that cannot be made is a
	 * programming mistake.
	 */
	public static <T> Map<String, Supplier<T>> byKey(String extensionPoint, String keyAttribute, String classAttribute,
			Class<T> type) {
		Map<String, Supplier<T>> made = new LinkedHashMap<>();
		for (IConfigurationElement element : elements(extensionPoint)) {
			String key = element.getAttribute(keyAttribute);
			if (key != null && element.getAttribute(classAttribute) != null) {
				made.put(key, () -> {
					try {
						return type.cast(element.createExecutableExtension(classAttribute));
					} catch (CoreException | ClassCastException e) {
						throw new IllegalStateException(extensionPoint + ": " + element.getAttribute(classAttribute) + " of bundle "
								+ element.getContributor().getName() + " cannot be created", e);
					}
				});
			}
		}
		return made;
	}

	/** A file a bundle contributes: the name of the element that names it, where it is, and the element's attributes. */
	public record File(String kind, URL url, Map<String, String> attributes) {
	}

	/**
	 * The files contributed to an extension point, each named by the {@code file} attribute of an element,
	 * in the registry's order. A file that is not in its bundle is a programming mistake.
	 */
	public static List<File> files(String extensionPoint) {
		List<File> files = new ArrayList<>();
		for (IConfigurationElement element : elements(extensionPoint)) {
			String path = element.getAttribute("file");
			Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
			URL url = path == null || bundle == null ? null : bundle.getEntry(path);
			if (url == null) {
				throw new IllegalStateException(extensionPoint + ": " + path + " is not in bundle " + element.getContributor().getName());
			}
			Map<String, String> attributes = new LinkedHashMap<>();
			for (String name : element.getAttributeNames()) {
				attributes.put(name, element.getAttribute(name));
			}
			files.add(new File(element.getName(), url, Map.copyOf(attributes)));
		}
		return files;
	}

	private static IConfigurationElement[] elements(String extensionPoint) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new IllegalStateException("Verkstad runs inside an OSGi framework with the extension registry");
		}
		return registry.getConfigurationElementsFor(extensionPoint);
	}
}
