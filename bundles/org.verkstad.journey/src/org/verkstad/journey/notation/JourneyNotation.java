package org.verkstad.journey.notation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Direction;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.LinkKind;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.journey.ChannelKind;
import org.verkstad.journey.JourneyModel;
import org.verkstad.journey.JourneyPackage;
import org.verkstad.journey.PainPoint;
import org.verkstad.journey.Phase;
import org.verkstad.journey.analysis.JourneyAnalysis;
import org.verkstad.journey.validation.JourneyRules;

/** Citizen journeys. */
public final class JourneyNotation implements Notation {

	@Override
	public String id() {
		return "journey";
	}

	@Override
	public EPackage ePackage() {
		return JourneyPackage.eINSTANCE;
	}

	@Override
	public int order() {
		return 2;
	}

	@Override
	public RuleSet rules() {
		return JourneyRules.RULES;
	}

	@Override
	public List<Fact> summarize(Model model, Locale locale) {
		JourneyModel journey = (JourneyModel) model;
		JourneyAnalysis analysis = JourneyAnalysis.of(journey);
		Messages m = messages();
		String none = m.get(locale, "fact.none");
		String missing = m.get(locale, "fact.missing");
		String personas = journey.getPersonas().isEmpty() ? none
				: journey.getPersonas().stream().map(JourneyNotation::name).collect(Collectors.joining(", "));
		String phases = journey.getPhases().isEmpty() ? none
				: journey.getPhases().stream().map(JourneyNotation::name).collect(Collectors.joining(" \u2192 "));
		String curve = analysis.emotionCurve().isEmpty() ? none
				: analysis.emotionCurve().stream().map(e -> e == null ? "?" : signed(e, locale))
						.collect(Collectors.joining(", "));
		String lowest = analysis.momentOfTruth() == null ? none
				: name(analysis.momentOfTruth()) + " (" + signed(analysis.momentOfTruth().getEmotion(), locale) + ")";
		String channels = analysis.touchpointsPerChannel().isEmpty() ? none
				: analysis.touchpointsPerChannel().entrySet().stream()
						.map(e -> channel(e, locale))
						.collect(Collectors.joining(", "));
		List<Fact> facts = new ArrayList<>(List.of(
				new Fact(m.get(locale, "fact.personas"), personas),
				new Fact(m.get(locale, "fact.lifeEvent"), text(journey.getLifeEvent(), missing)),
				new Fact(m.get(locale, "fact.goal"), text(journey.getGoal(), missing)),
				new Fact(m.get(locale, "fact.phases"), phases),
				new Fact(m.get(locale, "fact.emotionCurve"), curve),
				new Fact(m.get(locale, "fact.momentOfTruth"), lowest),
				new Fact(m.get(locale, "fact.actions"), Format.number(analysis.actions(), locale)),
				new Fact(m.get(locale, "fact.touchpoints"), Format.number(analysis.touchpoints(), locale)),
				new Fact(m.get(locale, "fact.painPoints"), Format.number(analysis.painPoints(), locale)),
				new Fact(m.get(locale, "fact.gainPoints"), Format.number(analysis.gainPoints(), locale)),
				new Fact(m.get(locale, "fact.idealSolutions"), Format.number(analysis.idealSolutions(), locale)),
				new Fact(m.get(locale, "fact.channels"), channels)));
		for (Phase phase : journey.getPhases()) {
			Fact cost = phaseCost(phase, locale);
			if (cost != null) {
				facts.add(cost);
			}
		}
		return facts;
	}

	/** What a measure may be computed from: the counts of pain points, gain points and touchpoints, the lowest emotion. */
	@Override
	public Map<String, Figure> figures(Model model) {
		JourneyAnalysis analysis = JourneyAnalysis.of((JourneyModel) model);
		Map<String, Figure> figures = new LinkedHashMap<>();
		figures.put("pain-points", new Figure(analysis.painPoints(), Figure.Kind.COUNT, Direction.LOWER));
		figures.put("gain-points", new Figure(analysis.gainPoints(), Figure.Kind.COUNT, Direction.HIGHER));
		figures.put("touchpoints", new Figure(analysis.touchpoints(), Figure.Kind.COUNT, Direction.UNSTATED));
		if (analysis.momentOfTruth() != null && analysis.momentOfTruth().getEmotion() != null) {
			figures.put("lowest-emotion", new Figure(analysis.momentOfTruth().getEmotion(), Figure.Kind.COUNT, Direction.HIGHER));
		}
		return figures;
	}

	/**
	 * What the process steps behind a phase's pain points (their caused-by links) take per case, each step
	 * once: "this phase costs the municipality so much per case"; null when no pain point names a step.
	 */
	private Fact phaseCost(Phase phase, Locale locale) {
		Set<Element> steps = new LinkedHashSet<>();
		for (PainPoint pain : phase.getPainPoints()) {
			for (Link link : pain.getLinks()) {
				if (link.getKind() == LinkKind.CAUSED_BY && link.getTarget() != null && !link.getTarget().eIsProxy()) {
					steps.add(link.getTarget());
				}
			}
		}
		double work = 0, waiting = 0, cost = 0;
		Model model = null;
		for (Element step : steps) {
			StepFigures figures = Notations.of(step).map(n -> n.stepFigures(step)).orElse(null);
			if (figures != null) {
				work += figures.processingTime();
				waiting += figures.waitingTime();
				cost += figures.cost();
				model = model != null ? model : (Model) EcoreUtil.getRootContainer(step);
			}
		}
		if (model == null) {
			return null;
		}
		Messages m = messages();
		return new Fact(m.get(locale, "fact.phaseCost", name(phase)), m.get(locale, "fact.phaseCost.value",
				Format.minutes(work + waiting, locale), Format.minutes(work, locale), Format.minutes(waiting, locale),
				Format.money(cost, model, locale)), m.get(locale, "fact.phaseCost.help"));
	}

	private String channel(Map.Entry<ChannelKind, Integer> entry, Locale locale) {
		return messages().get(locale, "fact.channel." + entry.getKey().getLiteral()) + " "
				+ Format.number(entry.getValue(), locale);
	}

	/** An emotion score with its sign: +2, 0, -1 (with the language's minus sign). */
	static String signed(int value, Locale locale) {
		return (value > 0 ? "+" : "") + Format.number(value, locale);
	}

	private static String name(Element element) {
		return CoreRules.isBlank(element.getName()) ? "?" : element.getName();
	}

	private static String text(String text, String none) {
		return CoreRules.isBlank(text) ? none : text;
	}
}
