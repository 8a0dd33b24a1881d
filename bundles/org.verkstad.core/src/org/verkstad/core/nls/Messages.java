package org.verkstad.core.nls;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One message table of a bundle, in English (the base file) and Swedish ({@code _sv}).
 * Unlike {@link org.eclipse.osgi.util.NLS}, the language is chosen per call, so a finding can be
 * printed in either language whatever the machine's locale.
 */
public final class Messages {

	private final String baseName;
	private final ClassLoader loader;
	private final Messages parent;

	/**
	 * @param anchor a class of the bundle that holds the table
	 * @param baseName e.g. {@code org.verkstad.process.validation.messages}
	 */
	public Messages(Class<?> anchor, String baseName) {
		this(anchor, baseName, null);
	}

	/** A table that looks up keys it lacks in {@code parent}. */
	public Messages(Class<?> anchor, String baseName, Messages parent) {
		this.baseName = baseName;
		this.loader = anchor.getClassLoader();
		this.parent = parent;
	}

	public String get(Locale locale, String key, Object... args) {
		String pattern;
		try {
			pattern = bundle(locale).getString(key);
		} catch (MissingResourceException e) {
			return parent != null ? parent.get(locale, key, args) : '!' + key + '!';
		}
		return new MessageFormat(pattern, locale).format(args);
	}

	public boolean has(Locale locale, String key) {
		return bundle(locale).containsKey(key) || parent != null && parent.has(locale, key);
	}

	/** The keys of exactly the given language's file (no fallback), for completeness tests. */
	public Set<String> keys(Locale locale) {
		String name = baseName.replace('.', '/')
				+ (Languages.ENGLISH.equals(locale) ? "" : "_" + locale.getLanguage()) + ".properties";
		Properties properties = new Properties();
		try (InputStream in = loader.getResourceAsStream(name)) {
			if (in == null) {
				return Set.of();
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties.stringPropertyNames();
	}

	private ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(baseName, locale, loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public String baseName() {
		return baseName;
	}
}
