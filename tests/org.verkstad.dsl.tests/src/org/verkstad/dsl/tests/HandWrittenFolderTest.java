package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.journey.JourneyModel;
import org.verkstad.process.Activity;
import org.verkstad.process.ProcessModel;

/**
 * A folder of files written by hand in every variant the text format accepts ({@code handwritten/},
 * see its README): parts in any order, units singular and plural in English and Swedish, a decimal
 * comma, costs with a currency, flows without an id, several needs met, links between the files. It
 * validates without an error and {@code format} writes it stably; each variant has its own test in
 * {@link ForgivingFormatTest}.
 */
class HandWrittenFolderTest {

	@TempDir
	Path dir;

	private List<Path> copy() throws Exception {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> all = Files.list(Paths.get("handwritten"))) {
			for (Path file : all.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
				files.add(Files.copy(file, dir.resolve(file.getFileName())));
			}
		}
		assertEquals(5, files.size(), "one file of each notation");
		return files;
	}

	@Test
	void everyFileValidatesWithoutAnErrorAndTheValuesAreWhatWasMeant() throws Exception {
		for (Path file : copy()) {
			Model model = ModelIO.load(file);
			List<Finding> errors = Validation.validate(model.eResource()).stream()
					.filter(finding -> finding.severity() == Severity.ERROR).toList();
			assertEquals(List.of(), errors, file.getFileName() + ": " + errors);
		}
		ProcessModel process = (ProcessModel) ModelIO.load(dir.resolve("anmalan.process"));
		Activity granskar = (Activity) process.getLanes().get(2).getNodes().get(0);
		assertEquals(90.0, granskar.getProcessingTime(), "1,5 tim");
		assertEquals(7 * 24 * 60.0, granskar.getWaitingTime(), "1 vecka");
		assertEquals(540.0, granskar.getCost(), "540 kronor");
		Activity beslutar = (Activity) process.getLanes().get(2).getNodes().get(3);
		assertEquals(30.0, beslutar.getProcessingTime(), "0.5 hours");
		assertEquals(8, process.getFlows().size(), "flows without ids");
		JourneyModel journey = (JourneyModel) ModelIO.load(dir.resolve("eldstad.journey"));
		assertEquals(2, journey.getPhases().get(0).getIdealSolutions().get(0).getNeed().size(), "meets a, b");
		assertEquals(2, journey.getPhases().get(1).getIdealSolutions().get(0).getNeed().size(), "two meets lines");
	}

	@Test
	void formattingTheFolderTwiceIsFormattingItOnce() throws Exception {
		for (Path file : copy()) {
			String once = format(file);
			Files.writeString(file, once);
			String twice = format(file);
			assertEquals(once, twice, file.getFileName() + ": format twice = once");
			Model model = ModelIO.load(file);
			assertEquals(List.of(), model.eResource().getErrors(), file.getFileName() + " formatted reads again");
		}
		String process = Files.readString(dir.resolve("anmalan.process"));
		assertTrue(process.contains("\t\t\ttime 90 min\n\t\t\twait 7 days\n\t\t\tcost 540\n"), process);
		assertTrue(process.matches("(?s).*\\n\\tflow [a-z0-9-]+ s -> fyller-i\\n.*"), "format gives the flows ids: " + process);
	}

	private static String format(Path file) throws Exception {
		return new String(ModelIO.render(ModelIO.load(file), file, true), StandardCharsets.UTF_8);
	}
}
