package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verkstad.testsupport.Findings.assertFinding;
import static org.verkstad.testsupport.Findings.assertNoFinding;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.notation.Links;
import org.verkstad.boxes.BoardModel;
import org.verkstad.boxes.BoxItem;
import org.verkstad.boxes.BoxesFactory;
import org.verkstad.core.CoreFactory;
import org.verkstad.core.Link;
import org.verkstad.core.LinkKind;
import org.verkstad.core.Metadata;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.journey.IdealSolution;
import org.verkstad.journey.JourneyFactory;
import org.verkstad.journey.PainPoint;
import org.verkstad.process.Activity;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.swot.SwotFactory;
import org.verkstad.swot.SwotItem;
import org.verkstad.swot.SwotModel;

/** The checks every notation shares: typed cross-model links, unique ids, metadata. */
class CoreRulesTest {

	ProcessModel process;
	Activity activity;
	org.verkstad.journey.JourneyModel journey;
	PainPoint painPoint;
	IdealSolution ideal;

	@BeforeEach
	void models() {
		process = ProcessFactory.eINSTANCE.createProcessModel();
		activity = ProcessFactory.eINSTANCE.createActivity();
		activity.setName("Skriver ut handlingar");
		process.getNodes().add(activity);
		journey = JourneyFactory.eINSTANCE.createJourneyModel();
		org.verkstad.journey.Phase phase = JourneyFactory.eINSTANCE.createPhase();
		phase.setName("Ansöker");
		journey.getPhases().add(phase);
		painPoint = JourneyFactory.eINSTANCE.createPainPoint();
		painPoint.setName("Vet inte hur länge det tar");
		phase.getPainPoints().add(painPoint);
		ideal = JourneyFactory.eINSTANCE.createIdealSolution();
		ideal.setName("Se status i e-tjänsten");
		phase.getIdealSolutions().add(ideal);
	}


	@Test
	void causedByLinksAPainPointToAnActivity() {
		Links.link(painPoint, LinkKind.CAUSED_BY, activity);
		assertNoFinding(journey, "core.link.causedBy.source");
		assertNoFinding(journey, "core.link.causedBy.target");
		Link wrongTarget = Links.link(painPoint, LinkKind.CAUSED_BY, ideal);
		assertFinding(journey, "core.link.causedBy.target", wrongTarget, Severity.ERROR);
	}

	@Test
	void onlyConcernsAreCausedBySomething() {
		Link wrongSource = Links.link(ideal, LinkKind.CAUSED_BY, activity);
		assertFinding(journey, "core.link.causedBy.source", wrongSource, Severity.ERROR);
	}

	@Test
	void stopsPointsAtAnActivity() {
		BoardModel board = BoxesFactory.eINSTANCE.createBoardModel();
		org.verkstad.boxes.Box box = BoxesFactory.eINSTANCE.createBox();
		board.getBoxes().add(box);
		BoxItem item = BoxesFactory.eINSTANCE.createBoxItem();
		item.setName("Sluta skriva ut");
		box.getItems().add(item);
		Links.link(item, LinkKind.STOPS, activity);
		assertNoFinding(board, "core.link.stops.target");
		Link wrong = Links.link(item, LinkKind.STOPS, painPoint);
		assertFinding(board, "core.link.stops.target", wrong, Severity.ERROR);
	}

	@Test
	void realisesPointsAtASolution() {
		SwotModel swot = SwotFactory.eINSTANCE.createSwotModel();
		SwotItem item = SwotFactory.eINSTANCE.createSwotItem();
		item.setName("Digital kompetens");
		swot.getStrengths().add(item);
		Links.link(item, LinkKind.REALISES, ideal);
		assertNoFinding(swot, "core.link.realises.target");
		Link wrong = Links.link(item, LinkKind.REALISES, activity);
		assertFinding(swot, "core.link.realises.target", wrong, Severity.ERROR);
	}

	@Test
	void relatesToAcceptsAnythingButItself() {
		Links.link(painPoint, LinkKind.RELATES_TO, activity);
		assertNoFinding(journey, "core.link.self");
		Link self = Links.link(painPoint, LinkKind.RELATES_TO, painPoint);
		assertFinding(journey, "core.link.self", self, Severity.WARNING);
	}

	@Test
	void linkNeedsATarget() {
		Link empty = Links.link(painPoint, LinkKind.CAUSED_BY, null);
		assertFinding(journey, "core.link.target.missing", empty, Severity.ERROR);
	}

	@Test
	void linkToAMissingFileIsReported(@TempDir Path dir) {
		Activity proxy = ProcessFactory.eINSTANCE.createActivity();
		((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(dir.resolve("borta.xmi").toString()).appendFragment("a1"));
		ModelIO.newResourceSet().createResource(URI.createFileURI(dir.resolve("resa.xmi").toString())).getContents().add(journey);
		Link link = Links.link(painPoint, LinkKind.CAUSED_BY, proxy);
		Finding finding = assertFinding(journey, "core.link.target.unresolved", link, Severity.ERROR);
		assertTrue(finding.message(Languages.SWEDISH).contains("borta.xmi"), finding.message(Languages.SWEDISH));
		assertNoFinding(journey, "core.link.causedBy.target");
	}

	@Test
	void idsAreUniqueInAFile() {
		activity.setId("a1");
		assertNoFinding(process, "core.id.duplicate");
		Activity twin = ProcessFactory.eINSTANCE.createActivity();
		twin.setId("a1");
		twin.setName("Arkiverar");
		process.getNodes().add(twin);
		assertFinding(process, "core.id.duplicate", twin, Severity.ERROR);
	}

	@Test
	void modelSaysWhoMadeIt() {
		assertFinding(process, "core.metadata.author", process, Severity.HINT);
		Metadata metadata = CoreFactory.eINSTANCE.createMetadata();
		metadata.setAuthor("Anna Andersson");
		process.setMetadata(metadata);
		assertNoFinding(process, "core.metadata.author");
	}

	@Test
	void messagesNameElementsInTheReadersLanguage() {
		Link wrong = Links.link(painPoint, LinkKind.CAUSED_BY, ideal);
		Finding finding = assertFinding(journey, "core.link.causedBy.target", wrong, Severity.ERROR);
		String sv = finding.message(Languages.SWEDISH);
		String en = finding.message(Locale.ENGLISH);
		assertTrue(sv.contains("\u201dVet inte hur länge det tar\u201d"), sv);
		assertTrue(sv.contains("orsakas av"), sv);
		assertTrue(en.contains("caused by"), en);
		assertEquals("fel", Severity.ERROR.label(Languages.SWEDISH));
	}
}
