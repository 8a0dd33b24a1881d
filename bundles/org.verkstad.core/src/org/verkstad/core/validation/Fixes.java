package org.verkstad.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.verkstad.core.Element;
import org.verkstad.core.LinkKind;
import org.verkstad.core.Step;
import org.verkstad.core.notation.Links;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;

/**
 * The fixes for findings: those a finding came with (a mistake in the text) and those of the rule set
 * that owns its code (the core's and each installed notation's, see {@link RuleSet#fixing}).
 */
public final class Fixes {

	private Fixes() {
	}

	/** What can be done about a finding, in the order to offer it; none when nothing obvious can. */
	public static List<Fix> of(Finding finding) {
		List<Fix> fixes = new ArrayList<>(finding.ownFixes());
		if (finding.element() != null && !finding.element().eIsProxy()) {
			for (RuleSet rules : ruleSets()) {
				Fixer fixer = rules.fixers().get(finding.code());
				if (fixer != null) {
					fixes.addAll(fixer.fixes(finding));
				}
			}
		}
		return fixes;
	}

	/** The fixes of the findings on a line (1-based) of a model file, in the findings' order. */
	public static List<Fix> onLine(Resource resource, int line) {
		return Validation.validate(resource).stream().filter(finding -> finding.line() == line)
				.flatMap(finding -> of(finding).stream()).toList();
	}

	/** The first safe fix, for {@code validate --fix}; null when there is none. */
	public static Fix safe(Finding finding) {
		return of(finding).stream().filter(Fix::safe).findFirst().orElse(null);
	}

	/**
	 * Fixes that link the finding's element to a step of another model of its folder (a pain point to the
	 * activity that causes it, a note to the routine it stops): one per step, for the user to choose.
	 */
	public static Fixer linkToStep(LinkKind kind, String key) {
		return finding -> {
			if (!(finding.element() instanceof Element source) || source.eResource() == null
					|| source.eResource().getResourceSet() == null) {
				return List.of();
			}
			URI folder = source.eResource().getURI().trimSegments(1);
			List<Fix> fixes = new ArrayList<>();
			for (Resource other : List.copyOf(source.eResource().getResourceSet().getResources())) {
				if (other == source.eResource() || !other.getURI().trimSegments(1).equals(folder)) {
					continue;
				}
				for (EObject root : other.getContents()) {
					root.eAllContents().forEachRemaining(object -> {
						if (object instanceof Step && object instanceof Element step) {
							fixes.add(new ModelFix(false, source, () -> Links.link(source, kind, step), CoreRules.MESSAGES, key,
									step, other.getURI().lastSegment()));
						}
					});
				}
			}
			return fixes;
		};
	}

	private static List<RuleSet> ruleSets() {
		List<RuleSet> all = new ArrayList<>();
		all.add(CoreRules.RULES);
		for (Notation notation : Notations.all()) {
			all.add(notation.rules());
		}
		return all;
	}
}
