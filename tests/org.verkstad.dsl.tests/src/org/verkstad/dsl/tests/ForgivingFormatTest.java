package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.Priority;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.journey.IdealSolution;
import org.verkstad.journey.JourneyModel;
import org.verkstad.journey.Need;
import org.verkstad.process.Activity;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessModel;
import org.verkstad.swot.SwotItem;
import org.verkstad.swot.SwotModel;
import org.verkstad.testsupport.Examples;

/**
 * The text format accepts what participants naturally write: an element's parts in any order where
 * the order means nothing. {@code format} writes them in the one order docs/text-format.md shows.
 */
class ForgivingFormatTest {

	@TempDir
	Path dir;

	@Test
	void anActivitysPartsAndALanesTagsComeInAnyOrder() throws Exception {
		String text = """
				process ordning "Ordning" {
					description "Delarna i den ordning man skriver dem."
					lane handl "Handläggare" {
						start s "Start"
						activity a "Granskar ansökan" {
							tags granskning
							remark "Tar ofta längre tid."
							description "Granskar mot detaljplanen."
							time 45 min
							value-adding
							wait 2 days
							problem p "Väntar på yttranden"
							system "Ärendehanteringssystemet"
							cost 300
						}
						end e "Klar"
						tags handläggning, bygglov
					}
					flow f1 s -> a
					flow f2 a -> e
				}
				""";
		Model model = Texts.parse(dir, "ordning.process", text);
		assertEquals(List.of(), model.eResource().getErrors(), "no mistakes in the text");
		List<Finding> errors = Validation.validate(model.eResource()).stream()
				.filter(f -> f.severity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		ProcessModel process = (ProcessModel) model;
		Lane lane = process.getLanes().get(0);
		assertEquals(List.of("handläggning", "bygglov"), lane.getTags());
		assertEquals(3, lane.getNodes().size(), "the steps in their order");
		Activity activity = (Activity) lane.getNodes().get(1);
		assertEquals(45.0, activity.getProcessingTime());
		assertEquals(2 * 24 * 60.0, activity.getWaitingTime());
		assertEquals(300.0, activity.getCost());
		assertEquals("Granskar mot detaljplanen.", activity.getDescription());
		assertEquals(List.of("Tar ofta längre tid."), activity.getNotes());
		assertEquals(List.of("granskning"), activity.getTags());
		assertEquals(1, activity.getProblems().size());

		String formatted = new String(ModelIO.render(model, dir.resolve("ordning.process"), true), StandardCharsets.UTF_8);
		String expected = """
						activity a "Granskar ansökan" {
							time 45 min
							wait 2 days
							cost 300
							value-adding
							system "Ärendehanteringssystemet"
							description "Granskar mot detaljplanen."
							remark "Tar ofta längre tid."
							tags granskning
							problem p "Väntar på yttranden"
						}
				""";
		assertTrue(formatted.contains(expected.stripTrailing()), formatted);
		assertTrue(formatted.contains("\tlane handl \"Handläggare\" {\n\t\ttags handläggning, bygglov\n\t\tstart s"), formatted);
	}

	@Test
	void formattingTwiceIsFormattingOnceAndTheExamplesAreFormatted() throws Exception {
		Examples.copyTo(dir);
		for (Path example : Examples.models()) {
			Path file = dir.resolve(example.getFileName());
			String text = Files.readString(file);
			String once = format(file);
			Files.writeString(file, once);
			assertEquals(once, format(file), file.getFileName() + ": format twice = once");
			assertEquals(text, once, file.getFileName() + " is as format writes it");
		}
	}

	/** What {@code verkstad format} writes for a file. */
	private static String format(Path file) throws Exception {
		Model model = ModelIO.load(file);
		return new String(ModelIO.render(model, file, true), StandardCharsets.UTF_8);
	}

	@Test
	void timesAndCostsInEnglishOrSwedishSingularOrPluralWithPointOrComma() throws Exception {
		Model model = Texts.parse(dir, "enheter.process", """
				process enheter "Enheter" {
					lane l "Bana" {
						start s
						activity a "A" {
							time 1 hour
							wait 2 dagar
							cost 300 kr
						}
						activity b "B" {
							time 1,5 tim
							wait 1 week
							cost 1200,50 SEK
							frequency 2,5
						}
						activity c "C" {
							time 30 minuter
							wait 1 Timme
						}
						end e
					}
					flow f1 s -> a
					flow f2 a -> b
					flow f3 b -> c
					flow f4 c -> e
				}
				""");
		assertEquals(List.of(), model.eResource().getErrors());
		List<Activity> steps = ((ProcessModel) model).getLanes().get(0).getNodes().stream()
				.filter(Activity.class::isInstance).map(Activity.class::cast).toList();
		assertEquals(List.of(60.0, 90.0, 30.0), steps.stream().map(Activity::getProcessingTime).toList());
		assertEquals(List.of(2 * 1440.0, 7 * 1440.0, 60.0), steps.stream().map(Activity::getWaitingTime).toList());
		assertEquals(300.0, steps.get(0).getCost());
		assertEquals(1200.5, steps.get(1).getCost());
		assertEquals(2.5, steps.get(1).getFrequency());
		String formatted = format(dir.resolve("enheter.process"));
		assertTrue(formatted.contains("\t\t\ttime 1 hour\n\t\t\twait 2 days\n\t\t\tcost 300\n"), formatted);
		assertTrue(formatted.contains("\t\t\ttime 90 min\n\t\t\twait 7 days\n\t\t\tcost 1200.5\n\t\t\tfrequency 2.5\n"), formatted);
		assertTrue(formatted.contains("\t\t\ttime 30 min\n\t\t\twait 1 hour\n"), formatted);
	}

	@Test
	void aUnitNobodyKnowsIsExplainedWithTheUnitsThatAre() throws Exception {
		String text = """
				process okand "Okänd" {
					lane l "Bana" {
						activity a "A" {
							time 2 jiffies
							cost 20 dollar
						}
					}
				}
				""";
		try {
			System.setProperty(Languages.PROPERTY, "en");
			List<String> english = messages(Texts.parse(dir, "okand.process", text), Languages.ENGLISH);
			assertTrue(english.stream().anyMatch(m -> m.contains("\u201cjiffies\u201d is not a unit of time Verkstad knows: write min, hour(s), day(s) or week(s)")), english::toString);
			assertTrue(english.stream().anyMatch(m -> m.contains("\u201cdollar\u201d is not a currency Verkstad knows")), english::toString);
			System.setProperty(Languages.PROPERTY, "sv");
			List<String> swedish = messages(Texts.parse(dir, "okand2.process", text.replace("okand ", "okand2 ")), Languages.SWEDISH);
			assertTrue(swedish.stream().anyMatch(m -> m.contains("\u201djiffies\u201d är ingen tidsenhet som Verkstad känner: skriv min, minuter, tim, timme, timmar")), swedish::toString);
		} finally {
			System.clearProperty(Languages.PROPERTY);
		}
	}

	@Test
	void anIdealSolutionMeetsSeveralNeeds() throws Exception {
		Model model = Texts.parse(dir, "behov.journey", """
				journey behov "Behov" {
					phase p "Planerar" {
						need n1 "Veta vad som gäller"
						need n2 "Överblick över kostnaden"
						need n3 "Svar i tid"
						solution s "Bygglovsguide" {
							meets n1, n2
							priority high
							meets n3
						}
					}
				}
				""");
		assertEquals(List.of(), model.eResource().getErrors());
		IdealSolution solution = ((JourneyModel) model).getPhases().get(0).getIdealSolutions().get(0);
		assertEquals(List.of("n1", "n2", "n3"), solution.getNeed().stream().map(Need::getId).toList());
		String formatted = format(dir.resolve("behov.journey"));
		assertTrue(formatted.contains("\t\t\tpriority high\n\t\t\tmeets n1, n2, n3\n"), formatted);
	}

	@Test
	void theOtherNotationsTakeTheirPartsInAnyOrderToo() throws Exception {
		Model swot = Texts.parse(dir, "ordning.swot", """
				swot ordning "Ordning" {
					subject "Ämnet före about"
					tags bibliotek
					about {
						author "Anna"
					}
					description "Beskrivningen sist."
					weaknesses {
						item w1 "Svaghet"
					}
					threats {
						item t1 "Hot"
					}
					strategy WT wt "Strategi" {
						description "Först beskrivningen."
						external t1
						internal w1
					}
				}
				""");
		assertEquals(List.of(), swot.eResource().getErrors());
		assertTrue(format(dir.resolve("ordning.swot")).startsWith("""
				swot ordning "Ordning" {
					about {
						author "Anna"
					}
					subject "Ämnet före about"
					description "Beskrivningen sist."
					tags bibliotek
					weaknesses {"""), format(dir.resolve("ordning.swot")));
		Model boxes = Texts.parse(dir, "ordning.boxes", """
				boxes ordning "Ordning" {
					box present b1 "Nutiden" {
						note n "Lapp"
						tags idag
						description "Efter lappen."
					}
					description "Tavlan."
				}
				""");
		assertEquals(List.of(), boxes.eResource().getErrors());
		Model list = Texts.parse(dir, "ordning.startstop", """
				startstop ordning "Ordning" goal "Målbild" {
					stop s "Sluta"
					about {
						author "Anna"
					}
					continue c "Fortsätta"
					tags mål
				}
				""");
		assertEquals(List.of(), list.eResource().getErrors());
		Model journey = Texts.parse(dir, "ordning.journey", """
				journey ordning "Ordning" {
					persona p "Anna" {
						quote "Jag vill veta."
						role "Sökande"
					}
					phase f "Fas" {
						action a "Gör"
						emotion -1
					}
					goal "Målet efter faserna"
				}
				""");
		assertEquals(List.of(), journey.eResource().getErrors());
		for (String name : List.of("ordning.swot", "ordning.boxes", "ordning.startstop", "ordning.journey")) {
			Path file = dir.resolve(name);
			String once = format(file);
			Files.writeString(file, once);
			assertEquals(once, format(file), name + ": format twice = once");
		}
	}

	/** What the checks say of a file, with the line: what validate prints. */
	private static List<String> messages(Model model, Locale locale) {
		return Validation.validate(model.eResource()).stream().map(f -> f.line() + ": " + f.message(locale)).toList();
	}

	@Test
	void aPointNobodyPrioritisedHasNoPriorityAndHighIsKeptEverywhere() throws Exception {
		Model model = Texts.parse(dir, "prio.swot", """
				swot prio "Prioriteringar" {
					strengths {
						item viktig "Viktig" priority high
						item oprioriterad "Ingen har prioriterat den"
					}
				}
				""");
		List<SwotItem> items = ((SwotModel) model).getStrengths();
		assertTrue(items.get(0).isSetPriority());
		assertEquals(Priority.HIGH, items.get(0).getPriority());
		assertFalse(items.get(1).isSetPriority(), "never prioritised is not high");
		String saved = new String(ModelIO.render(model, dir.resolve("prio.swot"), false), StandardCharsets.UTF_8);
		assertTrue(saved.contains("item viktig \"Viktig\" priority high\n"), saved);
		assertTrue(format(dir.resolve("prio.swot")).contains("\t\titem viktig \"Viktig\" priority high\n\t\titem oprioriterad"));
		// and through XMI, which used to keep only what differs from the first priority
		Path xmi = dir.resolve("prio.xmi");
		ModelIO.save(model, xmi);
		List<SwotItem> read = ((SwotModel) ModelIO.load(xmi)).getStrengths();
		assertTrue(read.get(0).isSetPriority());
		assertFalse(read.get(1).isSetPriority());
	}

	@Test
	void aNewIdIsNeverAKeywordThatWouldHaveToBeEscaped() throws Exception {
		Path file = dir.resolve("nytt.process");
		Files.writeString(file, """
				process nytt "New" {
					lane l "Lane" {
						start s "Start"
						end e "End"
					}
				}
				""");
		ProcessModel process = (ProcessModel) ModelIO.load(file);
		Activity added = org.verkstad.process.ProcessFactory.eINSTANCE.createActivity();
		added.setName("Activity");
		process.getLanes().get(0).getNodes().add(1, added);
		String saved = new String(ModelIO.render(process, file, false), StandardCharsets.UTF_8);
		assertTrue(saved.contains("\t\tactivity activity-1 \"Activity\"\n"), saved);
		assertFalse(saved.contains("^"), saved);
	}

	@Test
	void aMistakeInOneFileIsReportedThereOnlyAndNoMessageShowsAnAddress() throws Exception {
		Files.writeString(dir.resolve("resa.journey"), """
				journey resa "Resa" {
					phase p "Planerar" {
						pain vet-inte "Vet inte vad som gäller"
						emotion en
					}
				}
				""");
		Files.writeString(dir.resolve("tavla.boxes"), """
				boxes tavla "Tavla" {
					box future b3 "Framtiden" {
						note chatt "Chattbot" { relates-to resa.vet-inte }
						note annan "Annan" { relates-to resa.finns-inte }
						note egen "Egen" { relates-to saknas }
					}
				}
				""");
		System.setProperty(Languages.PROPERTY, "sv");
		try {
			List<String> board = messages(ModelIO.load(dir.resolve("tavla.boxes")), Languages.SWEDISH);
			assertTrue(board.stream().noneMatch(m -> m.contains("resa.")), "links into a file with a mistake wait for it: " + board);
			assertEquals(1, board.stream().filter(m -> m.contains("saknas")).count(), "a broken link is reported once: " + board);
			assertTrue(board.contains("5: Det finns inget element med id \u201dsaknas\u201d. Kontrollera stavningen."), board::toString);
			List<String> journey = messages(ModelIO.load(dir.resolve("resa.journey")), Languages.SWEDISH);
			for (String message : board) {
				assertFalse(message.contains("file:") || message.contains("#|"), message);
			}
			for (String message : journey) {
				assertFalse(message.contains("file:") || message.contains("#|"), message);
			}
		} finally {
			System.clearProperty(Languages.PROPERTY);
		}
	}

	@Test
	void aSyntaxErrorInOneFileOfTheCourseFolderIsOneErrorThereAndChangesNothingElsewhere() throws Exception {
		Path folder = Examples.copyTo(Files.createDirectories(dir.resolve("kurs")));
		Map<String, List<String>> before = folderMessages(folder);
		Path broken = folder.resolve("bygglov-nulage.process");
		String text = Files.readString(broken);
		// a brace too many in the middle of the map: the lanes, steps and flows after it are never read
		int at = text.indexOf("cost 160\n");
		Files.writeString(broken, text.substring(0, at) + "cost 160 }}\n" + text.substring(at + "cost 160\n".length()));
		int line = (int) text.substring(0, at).lines().count() + 1;
		Map<String, List<String>> after = folderMessages(folder);
		assertEquals(List.of(line + ": error: Expected \u201c}\u201d here, but found \u201cfrequency\u201d.",
				line + ": hint: The rest of this file (paths, start and end, links, a template's locks) is checked once the mistake on line "
						+ line + " is fixed."),
				after.get("bygglov-nulage.process").stream().map(m -> m.replaceFirst("^(\\d+):\\d+:", "$1:")).toList());
		for (String name : before.keySet()) {
			if (!name.equals("bygglov-nulage.process")) {
				assertEquals(before.get(name), after.get(name), name + " is not changed by a mistake in another file");
			}
		}
		for (List<String> messages : after.values()) {
			for (String message : messages) {
				assertFalse(message.contains("file:") || message.contains("#|"), message);
			}
		}
	}

	@Test
	void anUnknownUnitIsOneErrorAndNotAlsoAMissingTime() throws Exception {
		Model model = Texts.parse(dir, "enhet.process", """
				process enhet "Enhet" {
					lane l "Handläggare" {
						start s "Start"
						activity a "Granskar" {
							time 20 mn
							value-adding
						}
						end e "Klart"
					}
					flow f1 s -> a
					flow f2 a -> e
				}
				""");
		List<Finding> findings = Validation.validate(model.eResource());
		assertEquals(List.of(Severity.ERROR, Severity.HINT), findings.stream().map(Finding::severity).toList(), findings::toString);
		assertEquals(Validation.HELD_BACK, findings.get(1).code());
		assertTrue(findings.get(0).message(Languages.SWEDISH).contains("tim, timme, timmar"), findings.get(0).message(Languages.SWEDISH));
		assertEquals("Resten av filen (vägar, start och slut, länkar, mallens lås) kontrolleras när felet på rad 5 är rättat.",
				findings.get(1).message(Languages.SWEDISH));
	}

	/** What the checks say of each model file of a folder, each read on its own as the command line reads it. */
	private static Map<String, List<String>> folderMessages(Path folder) throws Exception {
		Map<String, List<String>> messages = new TreeMap<>();
		try (var files = Files.list(folder)) {
			// (a course folder holds other files too: layouts, the activity-list template)
			for (Path file : files.filter(f -> ModelIO.isModelFile(ModelIO.newResourceSet(), f)).sorted().toList()) {
				messages.put(file.getFileName().toString(), Validation.validate(ModelIO.load(file).eResource()).stream()
						.map(f -> f.line() + ":" + f.column() + ": " + f.severity().label(Locale.ENGLISH) + ": " + f.message(Locale.ENGLISH))
						.toList());
			}
		}
		return messages;
	}

	@Test
	void aFlowAddedAtTheEndKeepsTheLastLineBreakAndANewAttributeStaysOnItsLine() throws Exception {
		Path file = dir.resolve("slut.process");
		Files.writeString(file, """
				process slut "Slut" {
					lane l "Handläggare" {
						start s "Start"
						activity a "Granskar"
						end e "Klart"
					}
					flow f1 s -> a
				}
				""");
		ProcessModel process = (ProcessModel) ModelIO.load(file);
		org.verkstad.process.SequenceFlow flow = org.verkstad.process.ProcessFactory.eINSTANCE.createSequenceFlow();
		flow.setSource(process.getLanes().get(0).getNodes().get(1));
		flow.setTarget(process.getLanes().get(0).getNodes().get(2));
		process.getFlows().add(flow);
		((Activity) process.getLanes().get(0).getNodes().get(1)).setValueClass(org.verkstad.process.ValueClass.WASTE);
		String saved = new String(ModelIO.render(process, file, false), StandardCharsets.UTF_8);
		assertTrue(saved.endsWith("\tflow f1 s -> a\n\tflow flode-1 a -> e\n}\n"), saved);
		assertTrue(saved.contains("\t\tactivity a \"Granskar\" {\n\t\t\twaste\n\t\t}\n"), saved);
		// an attribute written without a block stays on its element's line
		Files.writeString(file, saved);
		process = (ProcessModel) ModelIO.load(file);
		process.getLanes().get(0).setName("Handläggare på bygglov");
		process.getLanes().get(0).getTags().add("nytt");
		String tagged = new String(ModelIO.render(process, file, false), StandardCharsets.UTF_8);
		assertTrue(tagged.contains("\tlane l \"Handläggare på bygglov\" {\n"), tagged);
	}

	@Test
	void aStepAddedAtTheEndOfALaneIsIndentedLikeItsSiblings() throws Exception {
		Path file = dir.resolve("sist.process");
		Files.writeString(file, """
				process sist "Sist" {
					lane l "Handläggare" {
						start s "Start"
						activity a-granska "Granskar" {
							time 1 hour
						}
					}
				    // spaces kept where the text has them
				}
				""");
		ProcessModel process = (ProcessModel) ModelIO.load(file);
		Activity added = org.verkstad.process.ProcessFactory.eINSTANCE.createActivity();
		added.setName("Aktivitet");
		process.getLanes().get(0).getNodes().add(added);
		String saved = new String(ModelIO.render(process, file, false), StandardCharsets.UTF_8);
		assertTrue(saved.contains("\t\t}\n\t\tactivity aktivitet \"Aktivitet\"\n\t}\n"), saved);
		assertTrue(saved.contains("\n    // spaces kept where the text has them\n"), saved);
	}
}
