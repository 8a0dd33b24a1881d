package org.verkstad.core.notation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Direction;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.validation.RuleSet;

/**
 * What Verkstad needs to know about one notation (process map, journey, SWOT, three boxes, ...).
 * Contributed through the extension point {@value Notations#EXTENSION_POINT}; a new notation is a
 * new metamodel bundle with one of these.
 */
public interface Notation {

	/** Short id, also the text file extension: {@code process}, {@code journey}, {@code swot}, {@code boxes}. */
	String id();

	EPackage ePackage();

	/** The class of the notation's models: the concrete class of its package that is a model. */
	default EClass modelClass() {
		for (EClassifier classifier : ePackage().getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
					&& CorePackage.Literals.MODEL.isSuperTypeOf(eClass)) {
				return eClass;
			}
		}
		throw new IllegalStateException("the notation " + id() + " has no model class");
	}

	/**
	 * The notation's message table: its rules' messages, and {@code kind.<EClass name>} for the name of
	 * each kind of element ("activity" / "aktivitet").
	 */
	default Messages messages() {
		return rules().messages();
	}

	/** The notation's own checks (the shared core checks run as well), with its message table. */
	RuleSet rules();

	/** The notation's name, e.g. "Processkarta" / "Process map". */
	default String name(Locale locale) {
		return messages().get(locale, "notation.name");
	}

	/**
	 * Where the notation comes among the others wherever they are listed for a participant (the New menu,
	 * a report): the order a course uses them in, lowest first.
	 */
	default int order() {
		return 1000;
	}

	/** The currency a model's amounts of money are in, or null for the reader's (a process map's {@code currency}). */
	default String currency(Model model) {
		return null;
	}

	/**
	 * The time and cost per case of one step of a model of this notation (a process activity), for the
	 * analyses of other notations (a journey sums those of the steps its pain points are caused by); null
	 * when the element is no such step.
	 */
	default StepFigures stepFigures(Element step) {
		return null;
	}

	/** A step's processing and waiting time in minutes and its cost per case in its model's currency. */
	record StepFigures(double processingTime, double waitingTime, double cost) {
	}

	/**
	 * The computed figures of a model that an effect measure may take its current value from
	 * ({@code computed lead-time}), by name, in the order they are offered; empty when there are none.
	 */
	default Map<String, Figure> figures(Model model) {
		return Map.of();
	}

	/**
	 * A computed figure: its value (a time in minutes, a share from 0 to 1, an amount in the model's
	 * currency or a count) and which way is better.
	 */
	record Figure(double value, Kind kind, Direction better) {
		/** What a figure's value is. */
		public enum Kind {
			TIME, SHARE, MONEY, COUNT
		}
	}

	/** A summary of a model and its computed analyses, for {@code verkstad info}. */
	List<Fact> summarize(Model model, Locale locale);

	/**
	 * One line of a summary: a label and its value, both in the reader's language, and what the figure
	 * means in plain words (the Analysis view's tool tip), or null.
	 */
	record Fact(String label, String value, String help) {
		public Fact(String label, String value) {
			this(label, value, null);
		}

		/** A fact whose label is a message and whose explanation, if any, is the message {@code key.help}. */
		public static Fact of(Messages messages, Locale locale, String key, String value) {
			return new Fact(messages.get(locale, key), value,
					messages.has(locale, key + ".help") ? messages.get(locale, key + ".help") : null);
		}
	}

	/**
	 * Two models of the notation side by side, such as an as-is process map and its to-be map: a row per
	 * figure with its change, then what was removed, added and changed; empty where the notation compares
	 * nothing ({@code verkstad compare}).
	 */
	default List<Comparison> compare(Model before, Model after, Locale locale) {
		return List.of();
	}

	/**
	 * The model a model is compared with by itself, such as the as-is map a to-be map {@code improves}: its
	 * {@code info} and its course report show the comparison. Null when there is none (or it cannot be read).
	 */
	default Model comparedWith(Model model) {
		return null;
	}

	/**
	 * A figure of two models side by side and its change, in the reader's language; a row that lists
	 * elements (those removed, added, changed) has them in the column of its model and no change.
	 */
	record Comparison(String label, String before, String after, String change) {
	}
}
