package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.product.tests.Product.Run;

/**
 * The README is the short front door and says nothing stale about the commands: its size, its command
 * table against the program's {@code --help}, every command line in a code block of the README and the
 * docs against the options its command knows, and every link to a file of the repository. (The model
 * examples of the same pages are read and checked by ReadmeExamplesTest.)
 */
class ReadmeTest {

	private static final Pattern BLOCK = Pattern.compile("```([a-z]*)\\n(.*?)\\n```", Pattern.DOTALL);
	private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z]+)[ `]");
	private static final Pattern HELP_COMMAND = Pattern.compile("(?m)^  ([a-z]+) ");
	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)\\s]*)?\\)");

	@TempDir
	Path work;

	@Test
	void theReadmeIsShort() throws Exception {
		Path readme = Product.root().resolve("README.md");
		List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
		assertTrue(lines.size() <= 260, "README lines: " + lines.size());
		assertTrue(Files.size(readme) < 25_000, "README bytes: " + Files.size(readme));
		// its first screen says what Verkstad is and how to start it
		String first = String.join("\n", lines.subList(0, Math.min(40, lines.size())));
		assertTrue(first.contains("./verkstad") && first.contains("./mvnw verify"), first);
	}

	@Test
	void theReadmesCommandTableIsTheProgramsHelp() throws Exception {
		Run help = Product.run(work, "--help");
		assertEquals(0, help.exit(), help::toString);
		Set<String> commands = new TreeSet<>();
		Matcher m = HELP_COMMAND.matcher(help.out().substring(help.out().indexOf("Commands:")));
		while (m.find()) {
			commands.add(m.group(1));
		}
		assertTrue(commands.size() >= 10, commands::toString);
		for (String page : List.of("README.md", "docs/cli.md")) {
			String text = Files.readString(Product.root().resolve(page));
			Set<String> listed = new TreeSet<>();
			Matcher row = ROW.matcher(text);
			while (row.find()) {
				listed.add(row.group(1));
			}
			if (page.equals("README.md")) {
				// the README's only table of that form is the command table: nothing more, nothing less
				assertEquals(commands, listed, page + " lists the commands of verkstad --help");
			} else {
				assertTrue(listed.containsAll(commands), () -> page + " lists " + listed + ", --help " + commands);
			}
		}
	}

	@Test
	void everyCommandLineInTheDocsUsesOptionsItsCommandKnows() throws Exception {
		List<String> wrong = new ArrayList<>();
		// each command's help once, however many lines use it
		Map<String, Run> helps = new HashMap<>();
		int lines = 0;
		for (Path page : pages()) {
			Matcher block = BLOCK.matcher(Files.readString(page));
			while (block.find()) {
				for (String line : block.group(2).split("\n")) {
					String command = line.replaceFirst("^\\$ ", "").strip();
					if (!command.matches("(\\./)?verkstad(\\.sh)?( .*)?")) {
						continue;
					}
					lines++;
					List<String> words = new ArrayList<>(List.of(command.replaceFirst("\\s+#.*$", "").split("\\s+")));
					words.remove(0);
					if (words.size() >= 2 && words.get(0).equals("--lang")) {
						words.subList(0, 2).clear();
					}
					if (words.isEmpty() || words.get(0).matches("[-\\[<].*")) {
						continue;
					}
					Run help = helps.get(words.get(0));
					if (help == null) {
						help = Product.run(work, words.get(0), "--help");
						helps.put(words.get(0), help);
					}
					if (help.exit() != 0) {
						wrong.add(Product.root().relativize(page) + ": " + line + " (no command " + words.get(0) + ")");
						continue;
					}
					for (String word : words) {
						String option = word.replaceFirst("=.*$", "");
						if (option.startsWith("--") && !option.equals("--help") && !(help.out() + help.err()).contains(option)) {
							wrong.add(Product.root().relativize(page) + ": " + line + " (" + words.get(0) + " has no " + option + ")");
						}
					}
				}
			}
		}
		assertTrue(lines > 10, "command lines found: " + lines);
		assertEquals(List.of(), wrong);
	}

	@Test
	void everyLinkToAFileOfTheRepositoryLeadsToOne() throws Exception {
		List<String> broken = new ArrayList<>();
		for (Path page : pages()) {
			Matcher link = LINK.matcher(Files.readString(page));
			while (link.find()) {
				String target = link.group(1);
				if (!target.matches("(?i)(https?|mailto):.*") && !Files.exists(page.getParent().resolve(target).normalize())) {
					broken.add(Product.root().relativize(page) + ": " + target);
				}
			}
		}
		assertEquals(List.of(), broken);
	}

	private static List<Path> pages() throws Exception {
		List<Path> pages = new ArrayList<>(List.of(Product.root().resolve("README.md")));
		try (Stream<Path> docs = Files.walk(Product.root().resolve("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}
}
