package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verkstad.core.io.Ids;
import org.verkstad.process.Activity;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;

/** Ids made from names as the course writes them, and the names of new model files. */
class IdsTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Test
	void anElementGetsAReadableIdFromItsNameOnceAndKeepsIt() {
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		Activity stamp = activity(process, "Tar emot post, stämplar och skannar");
		Activity check = activity(process, "Kontrollerar om ansökan är komplett");
		Activity again = activity(process, "Kontrollerar om ansökan är komplett");
		Activity numbered = activity(process, "1:a kontakten");
		Activity kept = activity(process, "Registrerar ärendet");
		kept.setId("a-registrera");
		SequenceFlow first = ProcessFactory.eINSTANCE.createSequenceFlow();
		SequenceFlow second = ProcessFactory.eINSTANCE.createSequenceFlow();
		process.getFlows().addAll(List.of(first, second));

		Ids.ensure(process);

		assertEquals("tar-emot-post-stamplar-och", stamp.getId(), "marks dropped, cut at a word within 32 characters");
		assertEquals("kontrollerar-om-ansokan-ar", check.getId());
		assertEquals("kontrollerar-om-ansokan-ar-2", again.getId(), "unique in the model");
		assertEquals("a-1-a-kontakten", numbered.getId(), "an id starts with a letter");
		assertEquals("a-registrera", kept.getId());
		assertEquals(List.of("flode-1", "flode-2"), List.of(first.getId(), second.getId()), "its kind in the model's language");
		Ids.ensure(process);
		assertEquals("kontrollerar-om-ansokan-ar-2", again.getId(), "an id once given is kept");
	}

	@Test
	void aNewIdFollowsTheIdsOfItsKindInTheFile() {
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		Activity registrera = activity(process, "Registrerar ärendet");
		registrera.setId("a-registrera");
		activity(process, "Granskar").setId("a-granska");
		for (String id : List.of("f01", "f02", "f09")) {
			SequenceFlow flow = ProcessFactory.eINSTANCE.createSequenceFlow();
			flow.setId(id);
			process.getFlows().add(flow);
		}
		SequenceFlow added = ProcessFactory.eINSTANCE.createSequenceFlow();
		process.getFlows().add(added);
		Activity decides = activity(process, "Fattar beslut");
		Ids.ensure(process);
		assertEquals("f10", added.getId(), "the flows' prefix and numbering");
		assertEquals("a-fattar-beslut", decides.getId(), "the activities' prefix, and the name");

		Activity english = ProcessFactory.eINSTANCE.createActivity();
		ProcessModel plain = ProcessFactory.eINSTANCE.createProcessModel();
		plain.getNodes().add(ProcessFactory.eINSTANCE.createActivity());
		Ids.ensure(plain);
		assertEquals("activity-1", ((Activity) plain.getNodes().get(0)).getId(), "English where nothing says Swedish");
		assertEquals("a-ny", Ids.newId(withName(english, "Ny"), process, Set.of()));
	}

	private static Activity withName(Activity activity, String name) {
		activity.setName(name);
		return activity;
	}

	@Test
	void aNewModelsIdComesFromItsFileName() {
		assertEquals("bygglov-nulage", Ids.forModel("Bygglov nuläge"));
		assertEquals("namndsekretariat-skelleftea", Ids.forModel("nämndsekretariat-skellefteå"));
		assertEquals("tjenestereise-tromso", Ids.forModel("Tjenestereise Tromsø"), "Norwegian ø too");
		assertEquals("m-2023", Ids.forModel("2023"));
	}

	@Test
	void aNewModelsFileIsNamedAfterTheNotationWithItsLettersKept() {
		assertEquals("tre-lådor", Ids.fileName("Tre lådor", SWEDISH));
		assertEquals("fortsätta-börja-sluta", Ids.fileName("Fortsätta / börja / sluta", SWEDISH));
		assertEquals("swot", Ids.fileName("SWOT", SWEDISH));
		assertEquals("kundresa", Ids.fileName(" Kundresa ", SWEDISH));
	}

	private static Activity activity(ProcessModel process, String name) {
		Activity activity = ProcessFactory.eINSTANCE.createActivity();
		activity.setName(name);
		process.getNodes().add(activity);
		return activity;
	}
}
