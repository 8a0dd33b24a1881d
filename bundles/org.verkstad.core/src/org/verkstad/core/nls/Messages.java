package org.verkstad.core.nls;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
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
	private final Map<String, Map<String, String>> literal;

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
		this.literal = null;
	}

	private Messages(Map<String, Map<String, String>> literal) {
		this.baseName = "literal";
		this.loader = Messages.class.getClassLoader();
		this.parent = null;
		this.literal = Map.copyOf(literal);
	}

	/**
	 * A table written by a person rather than a bundle, e.g. a teacher's feedback checks: for each key
	 * the text by language ({@code sv}, {@code en}); English stands in for a missing language. The
	 * texts are not {@link MessageFormat} patterns (a teacher's apostrophes stay as written): only
	 * {@code {0}}, {@code {1}}, … are replaced by the arguments.
	 */
	public static Messages literal(Map<String, Map<String, String>> texts) {
		return new Messages(texts);
	}

	public String get(Locale locale, String key, Object... args) {
		if (literal != null) {
			Map<String, String> texts = literal.get(key);
			String text = texts == null ? null : texts.getOrDefault(locale.getLanguage(), texts.get("en"));
			if (text == null) {
				return '!' + key + '!';
			}
			for (int i = 0; i < args.length; i++) {
				text = text.replace("{" + i + "}", String.valueOf(args[i]));
			}
			return text;
		}
		String pattern;
		try {
			pattern = bundle(locale).getString(key);
		} catch (MissingResourceException e) {
			return parent != null ? parent.get(locale, key, args) : '!' + key + '!';
		}
		return new MessageFormat(pattern, locale).format(args);
	}

	public boolean has(Locale locale, String key) {
		if (literal != null) {
			return literal.containsKey(key);
		}
		return bundle(locale).containsKey(key) || parent != null && parent.has(locale, key);
	}

	/** The keys of exactly the given language's file (no fallback), for completeness tests. */
	public Set<String> keys(Locale locale) {
		if (literal != null) {
			return literal.keySet();
		}
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
