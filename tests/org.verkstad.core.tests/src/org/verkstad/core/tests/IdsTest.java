package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

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
		assertEquals(List.of("sequenceflow-1", "sequenceflow-2"), List.of(first.getId(), second.getId()));
		Ids.ensure(process);
		assertEquals("kontrollerar-om-ansokan-ar-2", again.getId(), "an id once given is kept");
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
