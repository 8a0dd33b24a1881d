package org.verkstad.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The workbench bundle's packages, one job each, in layers: a package uses only the packages below it,
 * so that the editor never needs the teaching workflow and the shell (application, advisors,
 * perspective, guide) is the only one that knows them all.
 */
class UiPackagesTest {

	private static final String UI = "org.verkstad.ui";
	private static final Path SOURCES = Bundles.ROOT.resolve("bundles/org.verkstad.ui/src/org/verkstad/ui");
	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.verkstad\\.ui\\.([a-z]+)\\.", Pattern.MULTILINE);

	/** Each package and the packages it may use (besides the root's shared texts and helpers). */
	private static final Map<String, Set<String>> MAY_USE = Map.of(
			"", Set.of(),
			"checks", Set.of(),
			"preferences", Set.of(),
			"editor", Set.of("checks"),
			"wizards", Set.of("checks", "editor", "preferences"),
			"export", Set.of("checks", "editor", "preferences", "wizards"),
			"teaching", Set.of("checks", "editor", "preferences", "wizards", "export"),
			"workbench", Set.of("checks", "editor", "preferences", "wizards", "export", "teaching"));

	@Test
	void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
		List<String> wrong = new ArrayList<>();
		Set<String> packages = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				Path folder = SOURCES.relativize(file.getParent());
				String pkg = folder.toString().replace('/', '.');
				packages.add(pkg);
				Set<String> allowed = MAY_USE.get(pkg);
				if (allowed == null) {
					continue;
				}
				Matcher used = IMPORT.matcher(Files.readString(file));
				while (used.find()) {
					if (!used.group(1).equals(pkg) && !allowed.contains(used.group(1))) {
						wrong.add(SOURCES.relativize(file) + " uses " + UI + "." + used.group(1));
					}
				}
			}
		}
		assertEquals(List.of(), wrong, "a package uses one above it (see MAY_USE)");
		assertTrue(MAY_USE.keySet().containsAll(packages), "a new package of " + UI + " needs its place in MAY_USE: " + packages);
	}
}
