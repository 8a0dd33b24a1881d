package org.verkstad.journey.tests;

import org.verkstad.core.CoreFactory;
import org.verkstad.core.Element;
import org.verkstad.core.Metadata;
import org.verkstad.journey.Action;
import org.verkstad.journey.ChannelKind;
import org.verkstad.journey.GainPoint;
import org.verkstad.journey.IdealSolution;
import org.verkstad.journey.JourneyFactory;
import org.verkstad.journey.JourneyModel;
import org.verkstad.journey.Need;
import org.verkstad.journey.PainPoint;
import org.verkstad.journey.Persona;
import org.verkstad.journey.Phase;
import org.verkstad.journey.Technology;
import org.verkstad.journey.Touchpoint;

/** Small citizen journeys for tests, built the way the editors will build them. */
final class JourneyBuilder {

	static final JourneyFactory F = JourneyFactory.eINSTANCE;

	final JourneyModel journey = F.createJourneyModel();

	JourneyBuilder(String name) {
		journey.setName(name);
	}

	JourneyBuilder author(String author) {
		Metadata metadata = CoreFactory.eINSTANCE.createMetadata();
		metadata.setAuthor(author);
		journey.setMetadata(metadata);
		return this;
	}

	Persona persona(String name) {
		Persona persona = named(F.createPersona(), name);
		journey.getPersonas().add(persona);
		return persona;
	}

	Phase phase(String name, Integer emotion) {
		Phase phase = named(F.createPhase(), name);
		phase.setEmotion(emotion);
		journey.getPhases().add(phase);
		return phase;
	}

	Action action(Phase phase, String name) {
		Action action = named(F.createAction(), name);
		phase.getActions().add(action);
		return action;
	}

	Touchpoint touchpoint(Phase phase, String name, ChannelKind channel) {
		Touchpoint touchpoint = named(F.createTouchpoint(), name);
		touchpoint.setChannel(channel);
		phase.getTouchpoints().add(touchpoint);
		return touchpoint;
	}

	PainPoint pain(Phase phase, String name) {
		PainPoint pain = named(F.createPainPoint(), name);
		phase.getPainPoints().add(pain);
		return pain;
	}

	GainPoint gain(Phase phase, String name) {
		GainPoint gain = named(F.createGainPoint(), name);
		phase.getGainPoints().add(gain);
		return gain;
	}

	Need need(Phase phase, String name) {
		Need need = named(F.createNeed(), name);
		phase.getNeeds().add(need);
		return need;
	}

	IdealSolution solution(Phase phase, String name, Need need) {
		IdealSolution solution = named(F.createIdealSolution(), name);
		if (need != null) {
			solution.getNeed().add(need);
		}
		phase.getIdealSolutions().add(solution);
		return solution;
	}

	Technology technology(Phase phase, String name) {
		Technology technology = named(F.createTechnology(), name);
		phase.getTechnologies().add(technology);
		return technology;
	}


	private static <T extends Element> T named(T element, String name) {
		element.setName(name);
		return element;
	}
}
