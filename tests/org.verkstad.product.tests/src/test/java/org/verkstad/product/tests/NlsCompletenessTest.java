package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message table and plugin.properties of every bundle exists in English, Swedish and Norwegian
 * bokmål with the same keys.
 */
class NlsCompletenessTest {

	@Test
	void swedishNorwegianAndEnglishAreComplete() throws IOException {
		List<Path> english;
		try (Stream<Path> files = Files.walk(Product.root().resolve("bundles"))) {
			english = files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
					.filter(p -> p.getFileName().toString().equals("messages.properties")
							|| p.getFileName().toString().equals("plugin.properties"))
					.toList();
		}
		assertTrue(english.size() >= 10, "tables found: " + english);
		for (Path file : english) {
			for (String language : List.of("sv", "nb")) {
				Path other = file.resolveSibling(file.getFileName().toString().replace(".properties", "_" + language + ".properties"));
				assertTrue(Files.exists(other), () -> "missing " + other);
				assertEquals(keys(file), keys(other), () -> "keys differ: " + file + " / " + other);
			}
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}
}
