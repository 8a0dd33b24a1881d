package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.Fixes;
import org.verkstad.core.validation.Validation;
import org.verkstad.testsupport.Examples;

/**
 * The fixes the checks offer for what they find: each is made on a file as the workbench and
 * {@code validate --fix} make it (the text the model was read from, changed), after which the finding
 * is gone and everything else in the text is as it was.
 */
class QuickFixesTest {

	@TempDir
	Path dir;

	/** The findings of a file with that code. */
	private static List<Finding> found(Path file, String code) throws Exception {
		Model model = ModelIO.load(ModelIO.newResourceSet(), file, Files.readAllBytes(file));
		return Validation.validate(model.eResource()).stream().filter(f -> f.code().equals(code)).toList();
	}

	/** Makes a fix of the first finding with that code and returns the text afterwards (not saved). */
	private static String fixed(Path file, String code, int fix) throws Exception {
		List<Finding> findings = found(file, code);
		assertFalse(findings.isEmpty(), "no finding " + code);
		return Fixes.of(findings.get(0)).get(fix).applyTo(Files.readString(file));
	}

	@Test
	void aMissingEndEventIsAddedAfterTheLastStepsAndAMissingStartBeforeTheFirst() throws Exception {
		Path file = dir.resolve("ansokan.process");
		String text = """
				process ansokan "Ansökan" {
					lane l1 "Handläggare" {
						activity a-ta-emot "Tar emot ansökan" {
							time 10 min
							necessary
						}
						activity a-besluta "Beslutar" {
							time 1 hour
							value-adding
						}
						activity a-meddela "Meddelar beslutet" {
							time 5 min
							necessary
						}
					}
					flow f01 a-ta-emot -> a-besluta
					flow f02 a-besluta -> a-meddela
				}
				""";
		Files.writeString(file, text);
		Fix end = Fixes.of(found(file, "process.end.missing").get(0)).get(0);
		assertTrue(end.safe());
		assertEquals("Lägg till en sluthändelse efter de sista stegen", end.label(Languages.SWEDISH));
		String withEnd = fixed(file, "process.end.missing", 0);
		assertEquals(text.replace("""
							necessary
						}
					}
				""", """
							necessary
						}
						end sluthandelse "Sluthändelse"
					}
				""").replace("\tflow f02 a-besluta -> a-meddela\n", "\tflow f02 a-besluta -> a-meddela\n\tflow f03 a-meddela -> sluthandelse\n"),
				withEnd);
		Files.writeString(file, withEnd);
		String withStart = fixed(file, "process.start.missing", 0);
		assertTrue(withStart.contains("\tlane l1 \"Handläggare\" {\n\t\tstart starthandelse \"Starthändelse\"\n\t\tactivity a-ta-emot"), withStart);
		assertTrue(withStart.contains("\tflow f04 starthandelse -> a-ta-emot\n"), withStart);
		Files.writeString(file, withStart);
		assertEquals(List.of(), Validation.validate(ModelIO.load(ModelIO.newResourceSet(), file, Files.readAllBytes(file)).eResource())
				.stream().filter(f -> f.severity() != org.verkstad.core.validation.Severity.HINT).toList());
	}

	@Test
	void aMistypedUnitIsWrittenAsTheUnitMeantAndOnlyAnObviousOneIsSafe() throws Exception {
		Path file = dir.resolve("enheter.process");
		String text = """
				process enheter "Enheter" {
					lane l "Handläggare" {
						start s "Start"
						activity a "Granskar" {
							time 20 mn
							wait 2 dagr
							cost 300 kronr
						}
						end e "Klart"
					}
					flow f1 s -> a
					flow f2 a -> e
				}
				""";
		Files.writeString(file, text);
		List<Finding> mistakes = found(file, "core.file.problem");
		assertEquals(3, mistakes.size(), "each unit is a mistake of its own: " + mistakes);
		List<Fix> fixes = Fixes.of(mistakes.get(0));
		assertEquals(1, fixes.size());
		assertTrue(fixes.get(0).safe());
		assertEquals("Write \u201cmin\u201d instead of \u201cmn\u201d", fixes.get(0).label(Languages.ENGLISH));
		String once = fixes.get(0).applyTo(text);
		assertEquals(text.replace("20 mn", "20 min"), once);
		Files.writeString(file, once);
		String twice = fixed(file, "core.file.problem", 0);
		assertEquals(once.replace("2 dagr", "2 dagar"), twice);
		Files.writeString(file, twice);
		String thrice = fixed(file, "core.file.problem", 0);
		assertEquals(twice.replace("300 kronr", "300 kronor"), thrice);
		Files.writeString(file, thrice);
		assertEquals(List.of(), found(file, "core.file.problem"));
		// a word close to two units of the same length: both offered, neither made without asking
		Files.writeString(file, text.replace("20 mn", "20 dax"));
		List<Fix> two = Fixes.of(found(file, "core.file.problem").get(0));
		assertEquals(List.of("Write \u201cday\u201d instead of \u201cdax\u201d", "Write \u201cdag\u201d instead of \u201cdax\u201d"),
				two.stream().map(f -> f.label(Languages.ENGLISH)).toList());
		assertFalse(two.get(0).safe() || two.get(1).safe());
		// nothing close: no fix (the message lists the units)
		Files.writeString(file, text.replace("20 mn", "20 kvartar"));
		assertEquals(List.of(), Fixes.of(found(file, "core.file.problem").get(0)));
	}

	@Test
	void aDuplicatedIdIsMadeUniqueOnTheSecondElement() throws Exception {
		Path file = dir.resolve("dubbel.process");
		Files.writeString(file, """
				process dubbel "Dubbel" {
					lane l "Handläggare" {
						start s "Start"
						activity a1 "Tar emot" {
							time 10 min
						}
						activity a1 "Granskar" {
							time 20 min
						}
						end e "Klart"
					}
					flow f1 s -> a1
					flow f2 a1 -> e
				}
				""");
		Fix fix = Fixes.of(found(file, "core.id.duplicate").get(0)).get(0);
		assertTrue(fix.safe());
		assertEquals("Ge aktivitet \u201dGranskar\u201d id:t \u201dgranskar\u201d", fix.label(Languages.SWEDISH));
		String after = fixed(file, "core.id.duplicate", 0);
		assertTrue(after.contains("\t\tactivity a1 \"Tar emot\" {\n") && after.contains("\t\tactivity granskar \"Granskar\" {\n"), after);
		Files.writeString(file, after);
		assertEquals(List.of(), found(file, "core.id.duplicate"));
	}

	@Test
	void aPainPointIsLinkedToTheActivityChosenFromTheFolder() throws Exception {
		Path folder = Examples.copyTo(Files.createDirectories(dir.resolve("kurs")));
		Path journey = folder.resolve("bygga-hus-bygglov.journey");
		Finding unlinked = found(journey, "journey.painPoint.cause").get(0);
		List<Fix> fixes = Fixes.of(unlinked);
		// every activity of the folder's process maps, none safe: the user chooses
		assertEquals(activities(folder), fixes.size());
		assertTrue(fixes.stream().noneMatch(Fix::safe));
		Fix chosen = fixes.stream().filter(f -> f.label(Languages.SWEDISH).contains("Granskar ansökan")).findFirst().orElseThrow();
		assertTrue(chosen.label(Languages.SWEDISH).startsWith("Länka: orsakas av aktivitet \u201d"), chosen.label(Languages.SWEDISH));
		String before = Files.readString(journey);
		String after = fixes.get(fixes.indexOf(chosen)).applyTo(before);
		// the pain point's line gets a block with the link; every other line stays
		String pain = ((org.verkstad.core.Element) unlinked.element()).getId();
		assertTrue(java.util.regex.Pattern.compile("\\n\\t\\tpain " + pain + " \"[^\"]*\" \\{\\n\\t\\t\\tcaused-by bygglov-(nulage|malbild)"
				+ "\\.[a-z0-9-]+\\n\\t\\t\\}\\n").matcher(after).find(), after);
		assertEquals(before.lines().count() + 2, after.lines().count());
		int unlinkedBefore = found(journey, "journey.painPoint.cause").size();
		Files.writeString(journey, after);
		assertEquals(unlinkedBefore - 1, found(journey, "journey.painPoint.cause").size());
	}

	private static int activities(Path folder) throws Exception {
		int count = 0;
		for (String name : List.of("bygglov-nulage.process", "bygglov-malbild.process")) {
			count += (int) Files.readAllLines(folder.resolve(name)).stream().filter(l -> l.strip().startsWith("activity ")).count();
		}
		return count;
	}

	@Test
	void aNoteThatAnswersNoQuestionOfItsBoxGetsTheQuestionOfItsBox() throws Exception {
		Path file = dir.resolve("tavla.boxes");
		String text = """
				boxes tavla "Tavla" {
					box present b1 "Hantera nutiden" {
						note n1 "Utan fråga i låda 1"
					}
					box forget b2 "Selektivt glömmande" {
						note n2 "Sluta skriva ut"
					}
					box future b3 "Utforska framtiden" {
						note n3 "Chattbot"
					}
				}
				""";
		Files.writeString(file, text);
		List<Finding> missing = found(file, "boxes.item.prompt.missing");
		assertEquals(2, missing.size(), "box 1 asks one question only: " + missing);
		assertEquals("note \u201cSluta skriva ut\u201d answers none of the questions of box 2, so the diagram cannot show it under one."
				+ " Say which question it answers.", missing.get(0).message(Languages.ENGLISH));
		List<Fix> box2 = Fixes.of(missing.get(0));
		assertEquals(List.of("Answer \u201cWhat do you want to put in box 2?\u201d"), box2.stream().map(f -> f.label(Languages.ENGLISH)).toList());
		assertTrue(box2.get(0).safe());
		List<Fix> box3 = Fixes.of(missing.get(1));
		assertEquals(2, box3.size());
		assertFalse(box3.get(0).safe() || box3.get(1).safe(), "box 3 asks two questions: the user chooses");
		String after = box2.get(0).applyTo(text);
		assertEquals(text.replace("note n2 \"Sluta skriva ut\"", "note n2 \"Sluta skriva ut\" put-in-box-2"), after);
	}
}
