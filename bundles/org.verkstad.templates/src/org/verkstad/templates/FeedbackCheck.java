package org.verkstad.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.Model;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.core.validation.Severity;

/**
 * A teacher's feedback check, written in a pack's manifest without Java:
 * <ul>
 * <li>{@code count}: between {@code min} and {@code max} elements of {@code class} in a model (of the
 * notation that has the class);</li>
 * <li>{@code required}: every element of {@code class} has a value for {@code feature};</li>
 * <li>{@code link}: every element of {@code class} links (of {@code linkKind}, when given) to an element of
 * {@code targetClass} (when given).</li>
 * </ul>
 * {@code where} narrows any kind to the elements whose fields have the given values (a field of the
 * element, or {@code container.<field>} of the element it is in; an enumeration by its name or its
 * keyword), e.g. {@code {"container.kind": "forget"}} for the items of box 2; and to the models whose
 * fields have them ({@code model.<field>}, or a field only the model has), e.g. {@code {"state": "as-is"}}
 * for the as-is maps only: a model of another state is not checked.
 * Each has a message in Swedish and English ({@code {0}} is the element's name) and a severity
 * ({@code error}, {@code warning}, {@code hint}).
 */
public record FeedbackCheck(String id, String kind, @com.google.gson.annotations.SerializedName("class") String eClass,
		String feature, Integer min, Integer max, String linkKind, String targetClass, Map<String, String> where,
		String severity, Map<String, String> message) {

	public static final List<String> KINDS = List.of("count", "required", "link");
	public static final List<String> SEVERITIES = List.of("error", "warning", "hint");

	/** One thing a check found in a model: where, and the teacher's message. */
	public record Result(FeedbackCheck check, int line, String message) {
	}

	/**
	 * What is wrong with the check as written: a message key of the pack's messages and its arguments
	 * (after the pack's name), or null when it can run.
	 */
	Object[] problem() {
		if (id == null || id.isBlank()) {
			return new Object[] { "check.noId" };
		}
		if (!KINDS.contains(kind)) {
			return new Object[] { "check.kind", id, String.valueOf(kind) };
		}
		if (severity != null && !SEVERITIES.contains(severity)) {
			return new Object[] { "check.severity", id, severity };
		}
		if (eClassifier(eClass) == null) {
			return new Object[] { "check.class", id, String.valueOf(eClass) };
		}
		if (kind.equals("required") && (feature == null
				|| ((EClass) eClassifier(eClass)).getEStructuralFeature(feature) == null)) {
			return new Object[] { "check.feature", id, eClass, String.valueOf(feature) };
		}
		if (kind.equals("link") && targetClass != null && eClassifier(targetClass) == null) {
			return new Object[] { "check.class", id, targetClass };
		}
		if (where != null) {
			for (String path : where.keySet()) {
				if (whereFeature((EClass) eClassifier(eClass), path) == null) {
					return new Object[] { "check.where", id, eClass, path };
				}
			}
		}
		if (message == null || message.get("sv") == null || message.get("en") == null) {
			return new Object[] { "check.message", id };
		}
		return null;
	}

	/** The element class of that name in one of the notations, or null. */
	private static EClassifier eClassifier(String name) {
		if (name == null) {
			return null;
		}
		for (Notation notation : Notations.all()) {
			EClassifier c = notation.ePackage().getEClassifier(name);
			if (c instanceof EClass) {
				return c;
			}
		}
		return null;
	}

	/** One place a check fails: the element (the model for a count) and what {@code {0}} of the message is. */
	public record Hit(EObject element, String argument) {
	}

	/** What the check finds in a model; nothing when the model is of another notation. */
	public List<Result> run(Model model, Locale locale) {
		return hits(model).stream()
				.map(hit -> new Result(this, SourceLines.line(hit.element()), text(locale, hit.argument()))).toList();
	}

	/**
	 * The field a {@code where} path names: a field of elements of {@code type}, or with
	 * {@code container.} one of some class that can hold them; null when there is none.
	 */
	private static EStructuralFeature whereFeature(EClass type, String path) {
		if (path.startsWith("model.") || type.getEStructuralFeature(path) == null && !path.startsWith("container.")) {
			EClass model = modelClass(type);
			return model == null ? null : model.getEStructuralFeature(path.startsWith("model.") ? path.substring(6) : path);
		}
		if (!path.startsWith("container.")) {
			return type.getEStructuralFeature(path);
		}
		String name = path.substring("container.".length());
		for (EClassifier c : type.getEPackage().getEClassifiers()) {
			if (c instanceof EClass holder && holder.getEStructuralFeature(name) != null && holder.getEAllContainments()
					.stream().anyMatch(r -> r.getEReferenceType().isSuperTypeOf(type))) {
				return holder.getEStructuralFeature(name);
			}
		}
		return null;
	}

	/** The model class of the notation that has elements of {@code type} (e.g. ProcessModel for Activity). */
	private static EClass modelClass(EClass type) {
		for (EClassifier c : type.getEPackage().getEClassifiers()) {
			if (c instanceof EClass model && !model.isAbstract() && CorePackage.Literals.MODEL.isSuperTypeOf(model)) {
				return model;
			}
		}
		return null;
	}

	/** Whether a {@code where} path is about the model rather than the element. */
	private boolean aboutModel(String path) {
		EClassifier type = eClassifier(eClass);
		return path.startsWith("model.")
				|| type instanceof EClass t && t.getEStructuralFeature(path) == null && !path.startsWith("container.");
	}

	/** Whether the model has the values {@code where} asks of models (true when it asks none). */
	private boolean modelMatches(Model model) {
		if (where == null) {
			return true;
		}
		for (Map.Entry<String, String> wanted : where.entrySet()) {
			if (aboutModel(wanted.getKey())
					&& !equal(model, wanted.getKey().startsWith("model.") ? wanted.getKey().substring(6) : wanted.getKey(),
							wanted.getValue())) {
				return false;
			}
		}
		return true;
	}

	/** Whether an element has the values {@code where} asks of elements. */
	private boolean matches(EObject element) {
		if (where == null) {
			return true;
		}
		for (Map.Entry<String, String> wanted : where.entrySet()) {
			if (aboutModel(wanted.getKey())) {
				continue; // see modelMatches
			}
			boolean container = wanted.getKey().startsWith("container.");
			EObject holder = container ? element.eContainer() : element;
			String name = container ? wanted.getKey().substring("container.".length()) : wanted.getKey();
			if (holder == null || !equal(holder, name, wanted.getValue())) {
				return false;
			}
		}
		return true;
	}

	/** Whether an object's field has the value (an enumeration by its name, its literal or its keyword). */
	private static boolean equal(EObject holder, String name, String wanted) {
		EStructuralFeature f = holder.eClass().getEStructuralFeature(name);
		Object value = f == null ? null : holder.eGet(f);
		return value instanceof Enumerator literal
				? wanted.equals(literal.getName()) || wanted.equals(literal.getLiteral()) || wanted.equals(keyword(literal.getName()))
				: value != null && wanted.equals(String.valueOf(value));
	}

	/** The text format's keyword of an enumeration literal: {@code putInBox2} is {@code put-in-box-2}. */
	private static String keyword(String name) {
		return name.replaceAll("([a-z])([A-Z0-9])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** Whether the check looks into the model: its notation has the check's kind of element. */
	public boolean appliesTo(Model model) {
		return model.eClass().getEPackage().getEClassifier(eClass) instanceof EClass && modelMatches(model);
	}

	/** The teacher's message in the language (English when it lacks that one) with {@code {0}} filled in. */
	public String message(Locale locale, String argument) {
		return text(locale, argument);
	}

	/** Where the check fails in a model; nothing when the model is of another notation. */
	public List<Hit> hits(Model model) {
		List<Hit> hits = new ArrayList<>();
		EClassifier classifier = model.eClass().getEPackage().getEClassifier(eClass);
		if (!(classifier instanceof EClass type) || !modelMatches(model)) {
			return hits;
		}
		List<EObject> elements = new ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			if (type.isInstance(o) && matches(o)) {
				elements.add(o);
			}
		});
		switch (kind) {
		case "count" -> {
			if (min != null && elements.size() < min || max != null && elements.size() > max) {
				hits.add(new Hit(model, String.valueOf(elements.size())));
			}
		}
		case "required" -> {
			for (EObject e : elements) {
				EStructuralFeature f = e.eClass().getEStructuralFeature(feature);
				Object value = f == null ? null : e.eGet(f);
				boolean empty = f == null || !e.eIsSet(f) || value == null || value instanceof EList<?> list && list.isEmpty()
						|| value instanceof String s && s.isBlank();
				if (empty) {
					hits.add(new Hit(e, name(e)));
				}
			}
		}
		default -> { // link
			for (EObject e : elements) {
				if (!(e instanceof Element element && element.getLinks().stream().anyMatch(this::fits))) {
					hits.add(new Hit(e, name(e)));
				}
			}
		}
		}
		return hits;
	}

	/** The checks as rules of the editors and the command line, with the teacher's messages. */
	public static RuleSet rules(List<FeedbackCheck> checks) {
		Map<String, Map<String, String>> texts = new HashMap<>();
		List<Rule<?>> rules = new ArrayList<>();
		for (FeedbackCheck check : checks) {
			if (check.problem() != null) {
				continue;
			}
			String code = "pack.check." + check.id();
			texts.put(code, check.message());
			Severity severity = check.severity() == null ? Severity.WARNING : Severity.valueOf(check.severity().toUpperCase(Locale.ROOT));
			rules.add(Rule.of(Model.class, (model, report) -> {
				for (Hit hit : check.hits(model)) {
					report.add(severity, hit.element(), code, hit.argument());
				}
			}));
		}
		return new RuleSet(Messages.literal(texts), rules, Map.of());
	}

	private boolean fits(Link link) {
		EObject target = link.getTarget();
		return (linkKind == null || link.getKind() != null && link.getKind().getLiteral().equals(linkKind))
				&& target != null && !target.eIsProxy()
				&& (targetClass == null || target.eClass().getName().equals(targetClass)
						|| target.eClass().getEAllSuperTypes().stream().anyMatch(s -> s.getName().equals(targetClass)));
	}

	private String text(Locale locale, String argument) {
		// a Norwegian reader gets the teacher's Swedish when there is no Norwegian: closer than English
		String pattern = message.getOrDefault(locale.getLanguage(),
				"nb".equals(locale.getLanguage()) && message.containsKey("sv") ? message.get("sv") : message.get("en"));
		return pattern.replace("{0}", argument);
	}

	private static String name(EObject e) {
		return e instanceof Element element && element.getName() != null ? element.getName() : e.eClass().getName();
	}
}
