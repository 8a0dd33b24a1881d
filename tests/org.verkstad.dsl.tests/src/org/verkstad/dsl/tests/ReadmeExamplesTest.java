package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** The examples of the text format in the README are real: they parse, link, pass the checks and are formatted. */
class ReadmeExamplesTest {

	private static final Pattern BLOCK = Pattern.compile("```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);
	/** A model's first line: its notation's keyword and its id. */
	private static final Pattern HEADER = Pattern.compile("^([a-z]+) ([\\w-]+) ", Pattern.MULTILINE);

	@TempDir
	Path dir;

	@Test
	void everyTextExampleOfTheReadmeIsAValidModel() throws Exception {
		String readme = Files.readString(Examples.dir().resolve("../README.md"));
		List<Path> files = new ArrayList<>();
		Matcher block = BLOCK.matcher(readme);
		while (block.find()) {
			Matcher header = HEADER.matcher(block.group(1));
			if (header.find() && Notations.byId(header.group(1)).isPresent()) {
				Path file = dir.resolve(header.group(2) + "." + header.group(1));
				Files.writeString(file, block.group(1) + "\n");
				files.add(file);
			}
		}
		assertEquals(Notations.all().size(), files.size(), "one example per notation");
		ResourceSet resourceSet = ModelIO.newResourceSet();
		for (Path file : files) {
			Model model = ModelIO.load(resourceSet, file);
			List<Finding> findings = Validation.validate(model.eResource());
			assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), () -> file + ": " + findings);
			assertTrue(findings.stream().noneMatch(f -> f.code().equals("core.file.problem")), () -> file + ": " + findings);
			// as verkstad format writes it: what the README shows is what a participant's file will look like
			assertEquals(Files.readString(file), new String(ModelIO.render(model, file, true), StandardCharsets.UTF_8),
					file.getFileName() + " in the README is laid out as format writes it");
		}
	}
}
