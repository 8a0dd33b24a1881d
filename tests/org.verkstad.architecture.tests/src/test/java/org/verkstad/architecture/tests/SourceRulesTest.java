package org.verkstad.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * House rules of the hand-written sources ({@code bundles/* /src}, not the generated {@code src-gen}): a
 * file past about 400 lines says in its header why it is one file, and no type is written out with its
 * package where an import would do (only where two types of one name meet).
 */
class SourceRulesTest {

	/** About 400 lines: a file longer than this states its reason. */
	static final int LONG = 420;
	/** How a long file states its reason, in its header comment. */
	static final String REASON = "Longer than 400 lines:";

	/**
	 * Files that are being split along their jobs (issue 17), each with what it becomes. This list only
	 * shrinks; the test fails when an entry is no longer too long, so that it is taken out.
	 */
	private static final Map<String, String> BEING_SPLIT = Map.of();

	private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.@\"])((?:java|javax|org|com|jakarta)\\.(?:[a-z_]\\w*\\.)+)([A-Z]\\w*)");
	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);
	private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");

	@Test
	void aLongFileSaysWhyItIsOneFile() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : sources(".java", ".ts", ".tsx")) {
			List<String> lines = Files.readAllLines(file);
			String name = Bundles.ROOT.relativize(file).toString();
			if (lines.size() > LONG && lines.stream().limit(60).noneMatch(l -> l.contains(REASON)) && !BEING_SPLIT.containsKey(name)) {
				tooLong.add(name + ": " + lines.size() + " lines");
			}
		}
		assertEquals(List.of(), tooLong, "split them along their jobs, or say \"" + REASON + " <why>\" in the header");
		List<String> split = new ArrayList<>();
		for (String name : BEING_SPLIT.keySet()) {
			if (!Files.exists(Bundles.ROOT.resolve(name)) || Files.readAllLines(Bundles.ROOT.resolve(name)).size() <= LONG) {
				split.add(name);
			}
		}
		assertEquals(List.of(), split, "split already: take them out of BEING_SPLIT");
	}

	@Test
	void typesAreImportedNotWrittenOutWithTheirPackage() throws IOException {
		List<String> written = new ArrayList<>();
		for (Path file : sources(".java")) {
			String text = Files.readString(file);
			String code = withoutCommentsAndStrings(text);
			Map<String, String> imports = new HashMap<>();
			Matcher imported = IMPORT.matcher(code);
			while (imported.find()) {
				imports.put(imported.group(2), imported.group(1));
			}
			Set<String> declared = new HashSet<>();
			Matcher declaration = DECLARED.matcher(code);
			while (declaration.find()) {
				declared.add(declaration.group(1));
			}
			int number = 0;
			for (String line : code.split("\n", -1)) {
				number++;
				if (line.startsWith("import ") || line.startsWith("package ")) {
					continue;
				}
				Matcher qualified = QUALIFIED.matcher(line);
				while (qualified.find()) {
					String pkg = qualified.group(1).substring(0, qualified.group(1).length() - 1);
					String name = qualified.group(2);
					boolean clash = declared.contains(name) || imports.containsKey(name) && !imports.get(name).equals(pkg);
					if (!clash) {
						written.add(Bundles.ROOT.relativize(file) + ":" + number + ": " + qualified.group());
					}
				}
			}
		}
		assertEquals(List.of(), written, "import these types");
	}

	/** The code of a Java file with comments and string literals blanked (lines kept). */
	static String withoutCommentsAndStrings(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			if (text.startsWith("/*", i)) {
				int end = text.indexOf("*/", i + 2);
				end = end < 0 ? text.length() : end + 2;
				text.substring(i, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
				i = end;
			} else if (text.startsWith("//", i)) {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end;
			} else if (text.startsWith("\"\"\"", i)) {
				int end = text.indexOf("\"\"\"", i + 3);
				end = end < 0 ? text.length() : end + 3;
				text.substring(i, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
				out.append("\"\"");
				i = end;
			} else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
				char quote = text.charAt(i);
				int j = i + 1;
				while (j < text.length() && text.charAt(j) != quote && text.charAt(j) != '\n') {
					j += text.charAt(j) == '\\' ? 2 : 1;
				}
				out.append(quote).append(quote);
				i = Math.min(j + 1, text.length());
			} else {
				out.append(text.charAt(i));
				i++;
			}
		}
		return out.toString();
	}

	/** The hand-written sources of every bundle. */
	private static List<Path> sources(String... endings) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> bundles = Files.list(Bundles.ROOT.resolve("bundles"))) {
			for (Path bundle : bundles.sorted().toList()) {
				Path src = bundle.resolve("src");
				if (!Files.isDirectory(src)) {
					continue;
				}
				try (Stream<Path> all = Files.walk(src)) {
					all.filter(Files::isRegularFile).filter(f -> Stream.of(endings).anyMatch(e -> f.toString().endsWith(e)))
							.filter(f -> !f.toString().contains("node_modules")).sorted().forEach(files::add);
				}
			}
		}
		return files;
	}
}
