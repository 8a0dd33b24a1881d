package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.testsupport.Examples;

/**
 * The examples of the text format in the README and in docs/ (the user guide in every language, the
 * text-format reference) are real: they parse, link, pass the checks and are laid out as format writes
 * them. The examples of one page are files of one folder (they may link to each other).
 */
class ReadmeExamplesTest {

	private static final Pattern BLOCK = Pattern.compile("```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);
	/** A model's first line: its notation's keyword and its id. */
	private static final Pattern HEADER = Pattern.compile("^([a-z]+) ([\\w-]+) ", Pattern.MULTILINE);

	@TempDir
	Path dir;

	@Test
	void everyTextExampleOfTheReadmeAndTheDocsIsAValidModel() throws Exception {
		Path root = Examples.dir().resolve("..");
		List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
		try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		Set<String> notations = new TreeSet<>();
		int examples = 0;
		for (Path page : pages) {
			Path folder = Files.createDirectories(dir.resolve(root.relativize(page).toString().replace('/', '_')));
			List<Path> files = new ArrayList<>();
			Matcher block = BLOCK.matcher(Files.readString(page));
			while (block.find()) {
				Matcher header = HEADER.matcher(block.group(1));
				if (header.find() && header.start() == 0 && Notations.byId(header.group(1)).isPresent()) {
					Path file = folder.resolve(header.group(2) + "." + header.group(1));
					Files.writeString(file, block.group(1) + "\n");
					files.add(file);
					notations.add(header.group(1));
				}
			}
			ResourceSet resourceSet = ModelIO.newResourceSet();
			for (Path file : files) {
				examples++;
				String where = root.relativize(page) + ": " + file.getFileName();
				Model model = ModelIO.load(resourceSet, file);
				List<Finding> findings = Validation.validate(model.eResource());
				assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), () -> where + ": " + findings);
				assertTrue(findings.stream().noneMatch(f -> f.code().equals("core.file.problem")), () -> where + ": " + findings);
				// as verkstad format writes it: what the docs show is what a participant's file will look like
				assertEquals(Files.readString(file), new String(ModelIO.render(model, file, true), StandardCharsets.UTF_8),
						where + " is laid out as format writes it");
			}
		}
		assertEquals(new TreeSet<>(Notations.all().stream().map(n -> n.id()).toList()), notations, "an example of every notation");
		assertTrue(examples >= 3 * Notations.all().size(), "the guide's examples in every language: " + examples);
	}
}
