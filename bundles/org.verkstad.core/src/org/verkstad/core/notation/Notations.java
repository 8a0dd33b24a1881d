package org.verkstad.core.notation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.verkstad.core.CorePackage;
import org.verkstad.core.validation.CoreRules;
import org.verkstad.core.validation.RuleValidator;

/**
 * The notations installed: read once from the extension point {@value #EXTENSION_POINT}. Reading
 * them registers each notation's {@link RuleValidator} with EMF, so any EMF validation of a model
 * runs Verkstad's checks.
 */
public final class Notations {

	public static final String EXTENSION_POINT = "org.verkstad.core.notations";

	private static volatile List<Notation> all;

	private Notations() {
	}

	public static List<Notation> all() {
		List<Notation> result = all;
		if (result == null) {
			synchronized (Notations.class) {
				result = all;
				if (result == null) {
					result = load();
					EValidator.Registry.INSTANCE.put(CorePackage.eINSTANCE, new RuleValidator(List.of(CoreRules.RULES)));
					for (Notation notation : result) {
						EValidator.Registry.INSTANCE.put(notation.ePackage(),
								new RuleValidator(List.of(CoreRules.RULES, notation.rules())));
					}
					all = result;
				}
			}
		}
		return result;
	}

	/** The notations in the order a course uses them ({@link Notation#order()}). */
	public static List<Notation> inCourseOrder() {
		return all().stream().sorted(Comparator.comparingInt(Notation::order).thenComparing(Notation::id)).toList();
	}

	public static Optional<Notation> byId(String id) {
		return all().stream().filter(n -> n.id().equals(id)).findFirst();
	}

	public static Optional<Notation> of(EPackage ePackage) {
		return all().stream().filter(n -> n.ePackage() == ePackage).findFirst();
	}

	public static Optional<Notation> of(EClass eClass) {
		return of(eClass.getEPackage());
	}

	public static Optional<Notation> of(EObject object) {
		return of(object.eClass());
	}

	private static List<Notation> load() {
		List<Notation> notations = Contributions.create(EXTENSION_POINT, Notation.class);
		notations.sort(Comparator.comparing(Notation::id));
		return List.copyOf(notations);
	}
}
