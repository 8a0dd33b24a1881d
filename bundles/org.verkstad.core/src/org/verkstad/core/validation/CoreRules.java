package org.verkstad.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Concern;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.Measure;
import org.verkstad.core.Model;
import org.verkstad.core.Solution;
import org.verkstad.core.Step;
import org.verkstad.core.io.Ids;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Format;
import org.verkstad.core.notation.Links;
import org.verkstad.core.notation.Measures;
import org.verkstad.core.notation.Notations;

/** Checks every notation shares: links and ids. */
public final class CoreRules {

	public static final Messages MESSAGES = new Messages(CoreRules.class, "org.verkstad.core.validation.messages");

	/** A link needs a target that can be found. */
	public static final Rule<Link> LINK_TARGET = Rule.of(Link.class, (link, report) -> {
		EObject target = link.getTarget();
		if (target == null) {
			report.error(link, "core.link.target.missing", link.eContainer());
		} else if (EcoreUtil.resolve(target, link).eIsProxy()) {
			// a name in a text file that refers to nothing is the text format's to report (once, in words)
			if (!Links.isTextName(EcoreUtil.getURI(target))) {
				report.error(link, "core.link.target.unresolved", link.eContainer(), target);
			}
		}
	});

	/** A link's kind fits what it connects: caused by → activity, stops → activity, realises → solution. */
	public static final Rule<Link> LINK_KIND = Rule.of(Link.class, (link, report) -> {
		EObject source = link.eContainer();
		Element target = link.getTarget();
		if (target == null || target.eIsProxy()) {
			return; // LINK_TARGET reports it
		}
		switch (link.getKind()) {
		case CAUSED_BY:
			if (!(source instanceof Concern)) {
				report.error(link, "core.link.causedBy.source", source);
			}
			if (!(target instanceof Step)) {
				report.error(link, "core.link.causedBy.target", source, target);
			}
			break;
		case STOPS:
			if (!(target instanceof Step)) {
				report.error(link, "core.link.stops.target", source, target);
			}
			break;
		case REALISES:
			if (!(target instanceof Solution)) {
				report.error(link, "core.link.realises.target", source, target);
			}
			break;
		default:
			break;
		}
		if (target == source) {
			report.warning(link, "core.link.self", source);
		}
	});

	/** Ids are unique within a model file. */
	public static final Rule<Model> UNIQUE_IDS = Rule.of(Model.class, (model, report) -> {
		Map<String, Element> seen = new HashMap<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Element element && element.getId() != null) {
				Element first = seen.putIfAbsent(element.getId(), element);
				if (first != null) {
					report.error(element, "core.id.duplicate", element.getId(), first, element);
				}
			}
		});
	});

	/** A model says who made it. */
	public static final Rule<Model> METADATA = Rule.of(Model.class, (model, report) -> {
		if (model.getMetadata() == null || isBlank(model.getMetadata().getAuthor())) {
			report.hint(model, "core.metadata.author");
		}
	});

	/** A text file's extension names the notation it holds ({@code .swot} holds a SWOT). */
	public static final Rule<Model> EXTENSION_FITS = Rule.of(Model.class, (model, report) -> {
		if (model.eResource() == null || model.eResource().getURI() == null) {
			return;
		}
		String extension = model.eResource().getURI().fileExtension();
		Notations.of(model).ifPresent(notation -> {
			if (extension != null && !extension.equals(notation.id())
					&& Notations.byId(extension).isPresent()) {
				report.warning(model, "core.file.extension", extension, model.eClass(), notation.id());
			}
		});
	});

	/**
	 * An effect measure can be followed: a target has a baseline to start from and lies on the side that is
	 * better; a computed measure names a figure its model's notation computes, and then has no current
	 * value written of its own.
	 */
	public static final Rule<Measure> MEASURES = Rule.of(Measure.class, (measure, report) -> {
		Measures reading = Measures.of(measure);
		if (measure.getGoal() != null && measure.getBaseline() == null) {
			report.warning(measure, "core.measure.noBaseline", measure);
		}
		if (reading.targetOnWrongSide()) {
			report.warning(measure, "core.measure.wrongSide", measure, Format.number(measure.getGoal(), Locale.ROOT),
					Format.number(measure.getBaseline(), Locale.ROOT),
					CorePackage.Literals.DIRECTION.getEEnumLiteral(reading.better().getValue()));
		}
		if (measure.getComputed() != null && reading.computed() == null
				&& EcoreUtil.getRootContainer(measure) instanceof Model model) {
			String offered = Notations.of(model).map(n -> String.join(", ", n.figures(model).keySet())).orElse("");
			report.error(measure, "core.measure.computed", measure, measure.getComputed(), offered.isEmpty() ? "\u2013" : offered);
		} else if (measure.getComputed() != null && measure.getCurrent() != null) {
			report.warning(measure, "core.measure.currentComputed", measure, measure.getComputed());
		}
	});

	public static final RuleSet RULES = RuleSet.of(MESSAGES, LINK_TARGET, LINK_KIND, UNIQUE_IDS, METADATA, EXTENSION_FITS, MEASURES)
			.fixing("core.id.duplicate", CoreRules::ownId);

	/** An element whose id another has already: a new id of its own (links to the id keep going to the first). */
	private static List<Fix> ownId(Finding finding) {
		if (!(finding.element() instanceof Element element) || !(EcoreUtil.getRootContainer(element) instanceof Model model)) {
			return List.of();
		}
		String id = Ids.newId(element, model, Ids.taken(model));
		return List.of(new ModelFix(true, element, () -> element.setId(id), MESSAGES, "fix.id.own", element, id));
	}

	private CoreRules() {
	}

	/** Rule factory for "an element of this kind needs a name" (warning). */
	public static <T extends Element> Rule<T> named(Class<T> type) {
		return Rule.of(type, (element, report) -> {
			if (isBlank(element.getName())) {
				report.warning(element, "core.name.missing", element.eClass());
			}
		});
	}

	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
