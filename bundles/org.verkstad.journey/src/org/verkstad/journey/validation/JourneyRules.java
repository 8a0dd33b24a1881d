package org.verkstad.journey.validation;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Link;
import org.verkstad.core.LinkKind;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.Fixes;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.journey.IdealSolution;
import org.verkstad.journey.JourneyModel;
import org.verkstad.journey.Need;
import org.verkstad.journey.PainPoint;
import org.verkstad.journey.Persona;
import org.verkstad.journey.Phase;

/** The checks of citizen journeys. Each rule's issue code is its message key. */
public final class JourneyRules {

	public static final Messages MESSAGES = new Messages(JourneyRules.class,
			"org.verkstad.journey.validation.messages", CoreRules.MESSAGES);

	/** The lowest and highest emotion score of a phase. */
	public static final int MIN_EMOTION = -2;
	public static final int MAX_EMOTION = 2;

	/** A journey has at least one phase. */
	public static final Rule<JourneyModel> HAS_PHASES = Rule.of(JourneyModel.class, (journey, report) -> {
		if (journey.getPhases().isEmpty()) {
			report.error(journey, "journey.phases.missing");
		}
	});

	/** A phase says something: an action, a touchpoint, a pain point or a gain point. */
	public static final Rule<Phase> PHASE_CONTENT = Rule.of(Phase.class, (phase, report) -> {
		if (phase.getActions().isEmpty() && phase.getTouchpoints().isEmpty() && phase.getPainPoints().isEmpty()
				&& phase.getGainPoints().isEmpty()) {
			report.warning(phase, "journey.phase.empty", phase);
		}
	});

	/** The emotion of a phase, when set, is between -2 and +2. */
	public static final Rule<Phase> EMOTION_RANGE = Rule.of(Phase.class, (phase, report) -> {
		Integer emotion = phase.getEmotion();
		if (emotion != null && (emotion < MIN_EMOTION || emotion > MAX_EMOTION)) {
			report.error(phase, "journey.phase.emotion", phase, emotion);
		}
	});

	/** A journey is seen through someone's eyes: it has a persona. */
	public static final Rule<JourneyModel> HAS_PERSONA = Rule.of(JourneyModel.class, (journey, report) -> {
		if (journey.getPersonas().isEmpty()) {
			report.warning(journey, "journey.persona.missing");
		}
	});

	/** A pain point says which process activity causes it. */
	public static final Rule<PainPoint> PAIN_CAUSE = Rule.of(PainPoint.class, (pain, report) -> {
		for (Link link : pain.getLinks()) {
			if (link.getKind() == LinkKind.CAUSED_BY) {
				return;
			}
		}
		report.hint(pain, "journey.painPoint.cause", pain);
	});

	/** An ideal solution meets needs of the same journey. */
	public static final Rule<IdealSolution> SOLUTION_NEED = Rule.of(IdealSolution.class, (solution, report) -> {
		for (Need need : solution.getNeed()) {
			// a name that refers to nothing is the text format's to report; here: a need of another journey
			if (!need.eIsProxy() && EcoreUtil.getRootContainer(need) != EcoreUtil.getRootContainer(solution)) {
				report.warning(solution, "journey.solution.need", solution, need);
			}
		}
	});

	public static final RuleSet RULES = RuleSet.of(MESSAGES, HAS_PHASES, PHASE_CONTENT, EMOTION_RANGE, HAS_PERSONA,
			PAIN_CAUSE, SOLUTION_NEED, CoreRules.named(Phase.class), CoreRules.named(Persona.class))
			.fixing("journey.painPoint.cause", Fixes.linkToStep(LinkKind.CAUSED_BY, "fix.link.causedBy"));

	private JourneyRules() {
	}
}
