package org.verkstad.core.notation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

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

	/** A file in a contributing bundle: the bundle's entry under OSGi, else the entry of the jar it came in; null when it has none. */
	private static URL entry(IContributor contributor, String path) {
		if (FrameworkUtil.getBundle(Contributions.class) != null) {
			Bundle bundle = ContributorFactoryOSGi.resolve(contributor);
			return bundle == null ? null : bundle.getEntry(path);
		}
		// without the framework, EMF maps platform:/plugin/<bundle>/ to the jar it read the bundle's plugin.xml from
		URI uri = URIConverter.INSTANCE.normalize(URI.createPlatformPluginURI(contributor.getName() + "/" + path, true));
		try {
			URL url = new URL(uri.toString());
			url.openStream().close();
			return url;
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * The version of the bundle that holds a class: the framework's answer under OSGi, else the
	 * {@code Bundle-Version} of the jar the class was loaded from; {@code "0"} when neither knows.
	 */
	public static String version(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		if (bundle != null) {
			return bundle.getVersion().toString();
		}
		URL jar = type.getProtectionDomain().getCodeSource() == null ? null : type.getProtectionDomain().getCodeSource().getLocation();
		if (jar != null) {
			try (InputStream in = new URL("jar:" + jar + "!/" + JarFile.MANIFEST_NAME).openStream()) {
				String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
				if (version != null) {
					return version;
				}
			} catch (IOException e) {
				// a class from a folder (a development set-up) has no manifest of its jar
			}
		}
		return "0";
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
			URL url = path == null ? null : entry(element.getContributor(), path);
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

	/**
	 * The extension registry: the framework's under OSGi; on a plain class path (the commands' quick start) the
	 * same registry implementation filled from the {@code plugin.xml} of every jar on the class path, made
	 * when first asked for. EMF fills it and also reads its own points from it (generated packages, file
	 * extensions), as the framework would.
	 */
	private static synchronized IExtensionRegistry registry() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			EcorePlugin.ExtensionProcessor.process(Contributions.class.getClassLoader());
			registry = RegistryFactory.getRegistry();
		}
		return registry;
	}

	private static IConfigurationElement[] elements(String extensionPoint) {
		return registry().getConfigurationElementsFor(extensionPoint);
	}
}
