package org.verkstad.core.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Languages;

/**
 * The EMF validator of one package: runs the rules whose type matches each element. Registered in
 * {@link EValidator.Registry}, so EMF's {@link org.eclipse.emf.ecore.util.Diagnostician} (and with it
 * Xtext's validation) runs the same rules as the command line.
 * The diagnostics carry the {@link Finding} as their third data element.
 */
public final class RuleValidator implements EValidator {

	/** Source of the diagnostics this validator makes. */
	public static final String SOURCE = "org.verkstad";

	private final List<RuleSet> ruleSets;

	public RuleValidator(List<RuleSet> ruleSets) {
		this.ruleSets = List.copyOf(ruleSets);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean[] ok = { true };
		List<RuleSet> all = ruleSets;
		List<RuleSet> extra = constraintRules(eObject, context);
		if (!extra.isEmpty()) {
			all = new ArrayList<>(ruleSets);
			all.addAll(extra);
		}
		for (RuleSet ruleSet : all) {
			Report report = (severity, element, code, arguments) -> {
				ok[0] &= severity != Severity.ERROR;
				if (diagnostics != null) {
					Finding finding = new Finding(severity, code, element, ruleSet.messages(), arguments);
					diagnostics.add(new BasicDiagnostic(severity.diagnosticSeverity(), SOURCE, 0,
							finding.message(Languages.current()), new Object[] { element, null, finding }));
				}
			};
			for (Rule rule : ruleSet.rules()) {
				if (rule.type().isInstance(eObject)) {
					rule.check(eObject, report);
				}
			}
		}
		return ok[0];
	}

	/**
	 * The rules the {@link Constraints} add for the model the object is in, found once per validation
	 * (kept in the validation's context).
	 */
	@SuppressWarnings("unchecked")
	private static List<RuleSet> constraintRules(EObject eObject, Map<Object, Object> context) {
		if (!(EcoreUtil.getRootContainer(eObject) instanceof Model model)) {
			return List.of();
		}
		if (context == null) {
			return Constraints.rules(model);
		}
		Map<Model, List<RuleSet>> known = (Map<Model, List<RuleSet>>) context.computeIfAbsent(Constraints.class,
				key -> new IdentityHashMap<Model, List<RuleSet>>());
		return known.computeIfAbsent(model, Constraints::rules);
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	public List<RuleSet> ruleSets() {
		return ruleSets;
	}
}
