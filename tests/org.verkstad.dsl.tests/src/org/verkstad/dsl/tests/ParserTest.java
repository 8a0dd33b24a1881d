package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.boxes.BoardModel;
import org.verkstad.boxes.BoxItem;
import org.verkstad.boxes.BoxKind;
import org.verkstad.boxes.Prompt;
import org.verkstad.core.LinkKind;
import org.verkstad.core.Priority;
import org.verkstad.journey.ChannelKind;
import org.verkstad.journey.JourneyModel;
import org.verkstad.journey.Phase;
import org.verkstad.process.Activity;
import org.verkstad.process.Decision;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.ProcessState;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.StartEvent;
import org.verkstad.process.ValueClass;
import org.verkstad.swot.SwotModel;
import org.verkstad.swot.TowsKind;

/** Every construct of the text format, parsed into the EMF model. */
class ParserTest {

	@TempDir
	Path dir;

	@Test
	void processMap() throws Exception {
		ProcessModel process = (ProcessModel) Texts.parse(dir, "felanmalan.process", """
				// Felanmälan i gatu- och parkförvaltningen
				process felanmalan "Felanmälan – nuläge" to-be currency NOK {
					about {
						title "Felanmälan"
						author "Åsa Öberg"
						course "Verksamhetsmodellering"
						organisation "Skellefteå kommun"
						language "sv"
						created 2024-03-14
						template "Processkarta"
					}
					description "Från anmälan till åtgärd"
					remark "Tider i minuter"
					tags gata, "park och natur"
					lane kundtjanst "Kundtjänst" {
						start s "Medborgaren ringer"
						activity registrera "Registrerar ärendet" {
							time 15 min
							wait 2 days
							cost 150.5
							frequency 1200
							waste
							system "Ärendehanteringssystem"
							document "Felanmälan"
							problem p1 "Dubbelregistrering" { remark "sker varje dag" }
							idea i1 "E-tjänst med karta"
						}
						decision d "Akut?"
					}
					lane tekniker "Tekniker" {
						activity atgarda "Åtgärdar" { time 3 hours necessary }
						end e "Klart"
					}
					flow f1 s -> registrera
					flow registrera -> d
					flow d -> atgarda when "Ja"
					flow d -> e when "Nej, planeras"
					flow atgarda -> e
				}
				""");
		assertEquals("felanmalan", process.getId());
		assertEquals("Felanmälan – nuläge", process.getName());
		assertEquals(ProcessState.TO_BE, process.getState());
		assertEquals("NOK", process.getCurrency());
		assertEquals("Åsa Öberg", process.getMetadata().getAuthor());
		assertEquals(LocalDate.of(2024, 3, 14).atStartOfDay(ZoneId.systemDefault()).toInstant(),
				process.getMetadata().getCreated().toInstant());
		assertEquals(List.of("gata", "park och natur"), process.getTags());
		assertEquals(List.of("Tider i minuter"), process.getNotes());
		Activity registrera = (Activity) process.getLanes().get(0).getNodes().get(1);
		assertEquals(15.0, registrera.getProcessingTime());
		assertEquals(2 * 24 * 60.0, registrera.getWaitingTime());
		assertEquals(150.5, registrera.getCost());
		assertEquals(1200.0, registrera.getFrequency());
		assertEquals(ValueClass.WASTE, registrera.getValueClass());
		assertEquals(List.of("Ärendehanteringssystem"), registrera.getSystems());
		assertEquals("Dubbelregistrering", registrera.getProblems().get(0).getName());
		assertEquals(List.of("sker varje dag"), registrera.getProblems().get(0).getNotes());
		assertEquals("E-tjänst med karta", registrera.getIdeas().get(0).getName());
		Activity atgarda = (Activity) process.getLanes().get(1).getNodes().get(0);
		assertEquals(180.0, atgarda.getProcessingTime());
		assertNull(atgarda.getWaitingTime());
		SequenceFlow first = process.getFlows().get(0);
		assertEquals("f1", first.getId());
		assertTrue(first.getSource() instanceof StartEvent);
		assertSame(registrera, first.getTarget());
		SequenceFlow yes = process.getFlows().get(2);
		assertTrue(yes.getSource() instanceof Decision);
		assertEquals("Ja", yes.getCondition());
		assertTrue(process.eResource().getErrors().isEmpty(), process.eResource().getErrors()::toString);
	}

	@Test
	void flowsMayBeWrittenWithoutSpacesAroundTheArrow() throws Exception {
		ProcessModel process = (ProcessModel) Texts.parse(dir, "tat.process", """
				process tat "Utan mellanslag" {
					start s "Start"
					activity a-1 "Tar emot"
					activity b "Registrerar"
					end e "Klart"
					flow s->a-1
					flow f2 a-1->b
					flow b-> e
					flow e2 b ->e
				}
				""");
		assertTrue(process.eResource().getErrors().isEmpty(), process.eResource().getErrors()::toString);
		assertEquals(List.of("s>a-1", "a-1>b", "b>e", "b>e"),
				process.getFlows().stream().map(f -> f.getSource().getId() + ">" + f.getTarget().getId()).toList());
		assertEquals("f2", process.getFlows().get(1).getId());
	}

	@Test
	void journeyWithLinksToAProcessInAnotherFile() throws Exception {
		Texts.parse(dir, "handlaggning.process", """
				process handlaggning "Handläggning" {
					activity granska "Granskar ansökan"
				}
				""");
		JourneyModel journey = (JourneyModel) Texts.parse(dir, "bli-foralder.journey", """
				journey bli-foralder "Bli förälder" {
					life-event "Bli förälder"
					goal "Trygg start"
					persona p "Sara, 32" { role "Blivande mamma" quote "Var börjar jag?" }
					phase vantar "Väntar barn" {
						emotion -2
						action a "Söker information"
						touchpoint t "1177" via e-service
						pain smarta "Väntar på besked" { caused-by handlaggning.granska because "kö" }
						gain g "Bra bemötande"
						solution s "Samlad information" {
							priority low
							meets n
							resource "Öppna data"
							partner "Region"
						}
						technology tek "E-legitimation"
						need n "Veta vad som gäller"
					}
					phase fodd "Barnet är fött" { emotion +2 }
				}
				""");
		Phase waiting = journey.getPhases().get(0);
		assertEquals(-2, waiting.getEmotion());
		assertEquals(2, journey.getPhases().get(1).getEmotion());
		assertEquals(ChannelKind.ESERVICE, waiting.getTouchpoints().get(0).getChannel());
		assertEquals(LinkKind.CAUSED_BY, waiting.getPainPoints().get(0).getLinks().get(0).getKind());
		assertEquals("kö", waiting.getPainPoints().get(0).getLinks().get(0).getNote());
		assertEquals("Granskar ansökan", waiting.getPainPoints().get(0).getLinks().get(0).getTarget().getName());
		assertEquals(Priority.LOW, waiting.getIdealSolutions().get(0).getPriority());
		assertSame(waiting.getNeeds().get(0), waiting.getIdealSolutions().get(0).getNeed().get(0));
		assertEquals("Var börjar jag?", journey.getPersonas().get(0).getQuote());
		assertTrue(journey.eResource().getErrors().isEmpty(), journey.eResource().getErrors()::toString);
	}

	@Test
	void toBeMapImprovesItsAsIsMapAndLinksOfEveryKind() throws Exception {
		Texts.parse(dir, "nu.process", """
				process nu "Nuläge" as-is {
					activity skriva "Skriver ut" { idea digital "Digital brevlåda" }
				}
				""");
		ProcessModel toBe = (ProcessModel) Texts.parse(dir, "sen.process", """
				process sen "Börläge" to-be improves nu {
					about { modified 2026-11-23T11:36:44.120Z }
					activity skicka "Skickar digitalt" {
						relates-to nu.digital
						stops nu.skriva because "ersätts"
						realises nu.digital
					}
				}
				""");
		assertEquals("Nuläge", toBe.getAsIs().getName());
		assertEquals(java.time.Instant.parse("2026-11-23T11:36:44.120Z"), toBe.getMetadata().getModified().toInstant());
		Activity send = (Activity) toBe.getNodes().get(0);
		assertEquals(List.of(LinkKind.RELATES_TO, LinkKind.STOPS, LinkKind.REALISES),
				send.getLinks().stream().map(l -> l.getKind()).toList());
		assertEquals("ersätts", send.getLinks().get(1).getNote());
		assertTrue(toBe.eResource().getErrors().isEmpty(), toBe.eResource().getErrors()::toString);
	}

	@Test
	void swotWithTowsStrategies() throws Exception {
		SwotModel swot = (SwotModel) Texts.parse(dir, "bibliotek.swot", """
				swot bibliotek "SWOT – Biblioteket" date 2023-05-02 {
					subject "Folkbiblioteket"
					strengths { item s1 "Kompetent personal" priority high item s2 "Gratis" }
					weaknesses { item w1 "Begränsade öppettider" }
					opportunities { item o1 "Ny biblioteksstrategi" }
					threats { item t1 "Kommunala ekonomin" }
					strategy SO so1 "Läsfrämjande" { internal s1, s2 external o1 }
				}
				""");
		assertEquals(2, swot.getStrengths().size());
		assertEquals(Priority.HIGH, swot.getStrengths().get(0).getPriority());
		assertEquals(TowsKind.SO, swot.getStrategies().get(0).getKind());
		assertEquals(List.of(swot.getStrengths().get(0), swot.getStrengths().get(1)), swot.getStrategies().get(0).getInternal());
		assertSame(swot.getOpportunities().get(0), swot.getStrategies().get(0).getExternal().get(0));
	}

	@Test
	void threeBoxes() throws Exception {
		BoardModel board = (BoardModel) Texts.parse(dir, "grupp1.boxes", """
				boxes grupp1 "Tre lådor – Kundtjänst" group "Grupp 1" {
					box present b1 "Hantera nutiden" {
						note n1 "Pappershantering" today-in-box-1 by "Grupp 1"
					}
					box forget b2 "Selektivt glömmande" { note n2 "Utskrifter" put-in-box-2 }
					box future b3 "Utforska framtiden" { note n3 "Chattbot" }
				}
				""");
		assertEquals("Grupp 1", board.getGroup());
		assertEquals(BoxKind.FORGET, board.getBoxes().get(1).getKind());
		BoxItem first = board.getBoxes().get(0).getItems().get(0);
		assertEquals(Prompt.TODAY_IN_BOX1, first.getPrompt());
		assertEquals("Grupp 1", first.getParticipant());
		assertFalse(board.getBoxes().get(2).getItems().get(0).isSetPrompt());
	}
}
