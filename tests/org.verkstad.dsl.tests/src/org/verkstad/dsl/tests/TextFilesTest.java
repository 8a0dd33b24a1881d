package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.process.Activity;
import org.verkstad.process.ProcessModel;
import org.verkstad.testsupport.Examples;

/** Text files as people keep them: mistakes, comments, programmatic changes, the shared checks. */
class TextFilesTest {

	@TempDir
	Path dir;

	@Test
	void aMistakeStillGivesTheRestOfTheModelAndAClearMessage() throws Exception {
		Model model = Texts.parse(dir, "fel.process", """
				process fel "Med ett fel" {
					lane l "Kundtjänst" {
						start s "Start"
						activity a "Tar emot" { time femton min }
						activity b "Registrerar"
						end e "Klart"
					}
					flow s -> a
					flow a -> b
					flow b -> e
				}
				""");
		ProcessModel process = (ProcessModel) model;
		List<String> names = process.getLanes().get(0).getNodes().stream().map(n -> n.getName()).collect(Collectors.toList());
		assertTrue(names.containsAll(List.of("Start", "Registrerar", "Klart")), names::toString);
		assertEquals(3, process.getFlows().size());
		List<Finding> findings = Validation.validate(model.eResource());
		Finding syntax = findings.stream().filter(f -> f.code().equals("core.file.problem")).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, syntax.severity());
		assertEquals(4, syntax.line());
		assertEquals(32, syntax.column(), "the column of \"femton\" (1-based, a tab counts as one)");
	}

	@Test
	void mistakesAreExplainedInPlainWordsInSwedishAndEnglish() throws Exception {
		String text = """
				process y "Y" {
					start s "S"
					activity a "A" { time en kvart }
					flow s -> b
				""";
		try {
			System.setProperty(Languages.PROPERTY, "sv");
			List<String> sv = Validation.validate(Texts.parse(dir, "sv.process", text).eResource()).stream()
					.map(f -> f.line() + ": " + f.message(Languages.SWEDISH)).collect(Collectors.toList());
			// one mistake per line (not also "kvart" that follows "en"), and nothing of what was not read
			assertEquals(List.of("3: Här väntades ett tal, men det står \u201den\u201d.",
					"3: Resten av filen (vägar, start och slut, länkar, mallens lås) kontrolleras när felet på rad 3 är rättat.",
					"4: Filen tar slut för tidigt: kanske saknas en avslutande }."), sv);
			System.setProperty(Languages.PROPERTY, "en");
			List<String> en = Validation.validate(Texts.parse(dir, "en.process", text).eResource()).stream()
					.map(f -> f.line() + ": " + f.message(Languages.ENGLISH)).collect(Collectors.toList());
			assertTrue(en.contains("3: Expected a number here, but found \u201cen\u201d."), en::toString);
			// a name that refers to nothing, in a file that could be read
			List<String> link = Validation.validate(Texts.parse(dir, "link.process", text.replace("{ time en kvart }", "")
					+ "}\n").eResource()).stream().map(f -> f.line() + ": " + f.message(Languages.ENGLISH)).toList();
			assertTrue(link.contains("4: There is no step with the id \u201cb\u201d. Check the spelling."), link::toString);
		} finally {
			System.clearProperty(Languages.PROPERTY);
		}
	}

	@Test
	void aFileWhoseExtensionDoesNotFitItsContentIsPointedOut() throws Exception {
		// each notation's text format is a language of its own: a .swot file is read as a SWOT
		ModelFileException e = assertThrows(ModelFileException.class, () -> Texts.parse(dir, "fel-filnamn.swot", """
				process fel-filnamn "En processkarta" {
					start s "Start"
					end e "Slut"
					flow s -> e
				}
				"""));
		assertEquals(1, e.line());
		// the parser words its messages in the language of the moment
		String message = e.message(Languages.current());
		assertTrue(message.endsWith("The file ends in .swot but holds a process map. Rename it to end in .process: each kind"
				+ " of model has its own ending.") || message.endsWith("Filen slutar på .swot men innehåller en processkarta. Byt"
				+ " namn så att den slutar på .process: varje sorts modell har sin egen ändelse."), message);
		assertEquals("ratt", Texts.parse(dir, "ratt.process", """
				process ratt "Rätt" { start s "Start" end e "Slut" flow s -> e }
				""").getId());
	}

	@Test
	void unknownNamesAreReportedWithTheirLine() throws Exception {
		Model model = Texts.parse(dir, "namn.process", """
				process namn "Namn" {
					start s "Start"
					end e "Klart"
					flow s -> finns-inte
				}
				""");
		List<Finding> findings = Validation.validate(model.eResource());
		Finding unresolved = findings.stream().filter(f -> f.code().equals("core.file.problem")).findFirst().orElseThrow();
		assertEquals(4, unresolved.line());
		assertTrue(unresolved.message(Languages.ENGLISH).contains("finns-inte"), unresolved.message(Languages.ENGLISH));
	}

	@Test
	void theNotationsChecksRunOnTextWithLines() throws Exception {
		Model model = Texts.parse(dir, "utan-start.process", """
				process utan-start "Utan start" {
					activity a "Tar emot" { time 5 min }
					end e "Klart"
					flow a -> e
				}
				""");
		List<Finding> findings = Validation.validate(model.eResource());
		assertTrue(findings.stream().anyMatch(f -> f.code().equals("process.start.missing") && f.line() == 1),
				findings::toString);
	}

	@Test
	void aProgrammaticChangeKeepsCommentsAndLayoutElsewhere() throws Exception {
		Path example = Examples.first(".process");
		Path file = dir.resolve(example.getFileName());
		Files.copy(example, file);
		List<String> before = Files.readAllLines(file);
		ProcessModel process = (ProcessModel) ModelIO.load(file);
		Activity activity = (Activity) process.getLanes().get(0).getNodes().stream().filter(Activity.class::isInstance)
				.findFirst().orElseThrow();
		String oldName = activity.getName();
		activity.setName("Fyller i ansökan – ändrad");
		ModelIO.save(process, file);
		List<String> after = Files.readAllLines(file);
		assertEquals(before.size(), after.size());
		int changed = 0;
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed++;
				assertEquals(before.get(i).replace(oldName, "Fyller i ansökan – ändrad"), after.get(i));
			}
		}
		assertEquals(1, changed);
		assertTrue(after.get(0).startsWith("// Kursexempel"));
	}

	@Test
	void anElementAddedByProgramIsLaidOutLikeTheRest() throws Exception {
		Path file = dir.resolve("tillagd.process");
		Files.writeString(file, """
				// kommentar som ska finnas kvar
				process p "P" {
					lane l "Kundtjänst" {
						start s "Start"   // också kvar
						end e "Klart"
					}
					flow s -> e
				}
				""");
		ProcessModel process = (ProcessModel) ModelIO.load(file);
		Activity added = org.verkstad.process.ProcessFactory.eINSTANCE.createActivity();
		added.setId("ny");
		added.setName("Ny aktivitet");
		added.setProcessingTime(30.0);
		process.getLanes().get(0).getNodes().add(1, added);
		ModelIO.save(process, file);
		String saved = Files.readString(file);
		assertTrue(saved.contains("// kommentar som ska finnas kvar"), saved);
		assertTrue(saved.contains("// också kvar"), saved);
		assertTrue(saved.contains("activity ny \"Ny aktivitet\""), saved);
		assertTrue(saved.contains("flow flode-1 s -> e"), saved);
		List<Finding> findings = Validation.validate(ModelIO.load(file).eResource());
		assertTrue(findings.stream().noneMatch(f -> f.code().equals("core.file.problem")), findings::toString);
	}

	@Test
	void xmiToTextToXmiGivesAnEqualModel() throws Exception {
		Examples.copyTo(dir);
		for (Path example : Examples.models()) {
			Path first = dir.resolve("first-" + example.getFileName() + ".xmi");
			Path text = dir.resolve("via-" + example.getFileName());
			Path second = dir.resolve("second-" + example.getFileName() + ".xmi");
			ModelIO.save(ModelIO.load(dir.resolve(example.getFileName())), first);
			ModelIO.save(ModelIO.load(first), text);
			ModelIO.save(ModelIO.load(text), second);
			Model one = ModelIO.load(first);
			Model two = ModelIO.load(second);
			assertTrue(EcoreUtil.equals(one, two), () -> "XMI → text → XMI changed " + example);
		}
	}

	@Test
	void everyExampleConvertsToXmiAndBackToTheSameModel() throws Exception {
		Examples.copyTo(dir);
		for (Path example : Examples.models()) {
			Path text = dir.resolve(example.getFileName());
			Path xmi = dir.resolve(example.getFileName() + ".xmi");
			Path back = dir.resolve("back-" + example.getFileName());
			Model original = ModelIO.load(text);
			ModelIO.save(ModelIO.load(text), xmi); // moved into the XMI file: its lazy text links are resolved first
			ModelIO.save(ModelIO.load(xmi), back);
			Model again = ModelIO.load(back);
			EcoreUtil.resolveAll(original.eResource().getResourceSet());
			EcoreUtil.resolveAll(again.eResource().getResourceSet());
			assertTrue(EcoreUtil.equals(original, again), () -> "text → XMI → text changed " + example);
			assertFalse(Validation.hasErrors(Validation.validate(again.eResource())), example::toString);
		}
	}
}
