package org.verkstad.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.ModelConstraints;
import org.verkstad.core.validation.Report;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;
import org.verkstad.core.validation.Severity;

/**
 * The locked elements of one template, as the teacher made them: each one's kind, name and place (the
 * element it is in, the list it is in, its order among the locked elements of that list). A model made
 * from the template keeps them: the {@link #rules() rule} reports a locked element that is gone,
 * renamed, in another element or out of order, and {@link #refusal} tells an editor not to make such a
 * change. The locks come from the pack, so removing a {@code locked} tag in a model does not unlock
 * anything.
 */
public final class TemplateLocks {

	/** A locked element of the template, where it is. */
	private record Lock(Element element, String parent, EStructuralFeature feature, int order) {
		String id() {
			return element.getId();
		}
	}

	private final String packTitle;
	private final List<Lock> locks;
	private final Set<String> ids;

	private TemplateLocks(String packTitle, List<Lock> locks) {
		this.packTitle = packTitle;
		this.locks = List.copyOf(locks);
		this.ids = new LinkedHashSet<>(locks.stream().map(Lock::id).toList());
	}

	/** The locks of the elements of {@code template} whose ids are given (ids it lacks are left out). */
	public static TemplateLocks of(Model template, Collection<String> lockedIds, String packTitle) {
		Map<String, Element> byId = elements(template);
		List<Lock> locks = new ArrayList<>();
		Map<List<Object>, Integer> orders = new HashMap<>();
		for (Element e : byId.values()) { // model order
			if (!lockedIds.contains(e.getId()) || e == template) {
				continue;
			}
			String parent = parentId(e);
			EStructuralFeature feature = e.eContainingFeature();
			int order = orders.merge(List.of(String.valueOf(parent), feature), 1, Integer::sum) - 1;
			locks.add(new Lock(e, parent, feature, order));
		}
		return new TemplateLocks(packTitle, locks);
	}

	public boolean isEmpty() {
		return locks.isEmpty();
	}

	/** The ids of the locked elements. */
	public Set<String> ids() {
		return ids;
	}

	/** Whether the element is one of the locked ones (by its id). */
	public boolean isLocked(EObject element) {
		return element instanceof Element e && e.getId() != null && !(e instanceof Model) && ids.contains(e.getId());
	}

	/** Why an editor may not make the change to the element; null when it is not locked. */
	public Finding refusal(EObject element, ModelConstraints.Change change) {
		if (!isLocked(element)) {
			return null;
		}
		return new Finding(Severity.ERROR, "template.refused." + change.name().toLowerCase(Locale.ROOT), element,
				PackException.MESSAGES, element, packTitle);
	}

	/** The rule that reports what became of the locked elements in a model made from the template. */
	public RuleSet rules() {
		return RuleSet.of(PackException.MESSAGES, Rule.of(Model.class, this::check));
	}

	/** What the rule finds in a model made from the template. */
	public List<Finding> findings(Model model) {
		List<Finding> findings = new ArrayList<>();
		check(model, (severity, element, code, arguments) -> findings
				.add(new Finding(severity, code, element, PackException.MESSAGES, arguments)));
		return findings;
	}

	private void check(Model model, Report report) {
		Map<String, Element> byId = elements(model);
		Map<List<Object>, Integer> lastIndex = new HashMap<>();
		Map<List<Object>, Lock> lastLock = new HashMap<>();
		for (Lock lock : locks) {
			Element template = lock.element();
			Element e = byId.get(lock.id());
			if (e == null || e.eClass() != template.eClass()) {
				report.error(model, "template.locked.deleted", template, packTitle);
				continue;
			}
			if (!Objects.equals(e.getName(), template.getName())) {
				report.error(e, "template.locked.renamed", e, packTitle, String.valueOf(template.getName()));
				continue;
			}
			if (!Objects.equals(parentId(e), lock.parent()) || e.eContainingFeature() != lock.feature()) {
				EObject place = template.eContainer();
				report.error(e, "template.locked.moved", e, packTitle, place);
				continue;
			}
			if (!lock.feature().isMany()) {
				continue;
			}
			List<Object> list = List.of(String.valueOf(lock.parent()), lock.feature());
			int index = ((List<?>) e.eContainer().eGet(e.eContainingFeature())).indexOf(e);
			Integer before = lastIndex.get(list);
			if (before != null && index < before) {
				report.error(e, "template.locked.order", e, packTitle, lastLock.get(list).element());
			}
			lastIndex.put(list, index);
			lastLock.put(list, lock);
		}
	}

	/** The id of the element a locked element is in; null for the model itself (whose id a new model changes). */
	private static String parentId(EObject e) {
		for (EObject c = e.eContainer(); c != null; c = c.eContainer()) {
			if (c instanceof Model) {
				return null;
			}
			if (c instanceof Element element && element.getId() != null) {
				return element.getId();
			}
		}
		return null;
	}

	/** The elements of a model with ids, by id, in the model's order. */
	private static Map<String, Element> elements(Model model) {
		Map<String, Element> byId = new LinkedHashMap<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Element e && e.getId() != null) {
				byId.putIfAbsent(e.getId(), e);
			}
		});
		return byId;
	}
}
