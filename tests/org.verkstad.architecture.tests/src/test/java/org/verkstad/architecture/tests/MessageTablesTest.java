package org.verkstad.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text of Verkstad's message tables ({@code messages*.properties}, read by {@code Messages} as
 * {@link MessageFormat} patterns) renders as written: an apostrophe is doubled in the table (a single
 * one would vanish and quote what follows, "the models diagrams"), and each pattern formats with
 * sample arguments. Checked by rendering every text of every table.
 */
class MessageTablesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	@Test
	void everyTextRendersWithItsApostrophesAndArguments() throws IOException {
		List<String> wrong = new ArrayList<>();
		int texts = 0;
		for (Path table : tables()) {
			Properties properties = new Properties();
			try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
				properties.load(in);
			}
			String name = table.getFileName().toString();
			Locale locale = name.contains("_") ? Locale.forLanguageTag(name.substring(name.indexOf('_') + 1, name.indexOf('.')))
					: Locale.ENGLISH;
			for (String key : properties.stringPropertyNames()) {
				String pattern = properties.getProperty(key);
				texts++;
				String where = Bundles.ROOT.relativize(table) + ": " + key;
				if (pattern.replace("''", "").indexOf('\'') >= 0) {
					wrong.add(where + ": a single apostrophe (write '' for one)");
					continue;
				}
				try {
					String shown = new MessageFormat(pattern, locale).format(sample(pattern));
					long kept = shown.chars().filter(c -> c == '\'').count();
					long meant = (pattern.length() - pattern.replace("''", "").length()) / 2;
					if (kept < meant) {
						wrong.add(where + ": " + (meant - kept) + " apostrophe(s) lost");
					}
				} catch (IllegalArgumentException e) {
					wrong.add(where + ": " + e.getMessage());
				}
			}
		}
		assertEquals(List.of(), wrong, "texts of " + texts);
	}

	/** As many arguments as the pattern uses, each the number 2 (a count, a line, a text alike). */
	private static Object[] sample(String pattern) {
		int count = 0;
		Matcher argument = ARGUMENT.matcher(pattern);
		while (argument.find()) {
			count = Math.max(count, Integer.parseInt(argument.group(1)) + 1);
		}
		Object[] arguments = new Object[count];
		Arrays.fill(arguments, 2);
		return arguments;
	}

	private static List<Path> tables() throws IOException {
		try (Stream<Path> all = Files.walk(Bundles.ROOT.resolve("bundles"))) {
			return all.filter(file -> file.getFileName().toString().matches("messages(_[a-z]{2})?\\.properties"))
					.filter(file -> file.toString().contains("/src/") && !file.toString().contains("/target/")
							&& !file.toString().contains("/node_modules/"))
					.sorted().toList();
		}
	}
}
