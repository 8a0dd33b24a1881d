package org.verkstad.core.notation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values people write with a unit: times ({@code 45 min}, {@code 1 hour}, {@code 1,5 tim},
 * {@code 3 dagar}, {@code 2 weeks}) and amounts of money ({@code 300 kr}). Units in English and Swedish,
 * singular or plural, any case; a decimal point or comma. A day is 24 hours and a week 7 days (the
 * course's times are calendar time: how long a case waits, not working time). Times are kept in minutes.
 */
public final class Units {

	/** Minutes per unit, by every way of writing it. */
	private static final Map<String, Integer> TIME = new LinkedHashMap<>();
	/** The currencies a cost may be written with (the amount is kept; the model names its currency). */
	private static final Set<String> MONEY = Set.of("kr", "kronor", "sek", "nok");

	static {
		for (String unit : new String[] { "min", "mins", "minute", "minutes", "minut", "minuter" }) {
			TIME.put(unit, 1);
		}
		for (String unit : new String[] { "h", "hour", "hours", "tim", "timme", "timmar" }) {
			TIME.put(unit, 60);
		}
		for (String unit : new String[] { "day", "days", "dag", "dagar" }) {
			TIME.put(unit, 24 * 60);
		}
		for (String unit : new String[] { "week", "weeks", "vecka", "veckor" }) {
			TIME.put(unit, 7 * 24 * 60);
		}
	}

	private static final Pattern VALUE = Pattern.compile("\\s*(\\d+)\\s*(?:[.,]\\s*(\\d+))?\\s*(\\S+)?\\s*");

	private Units() {
	}

	/** A value as written: its number, and its unit (null when it has none). */
	public record Written(double amount, String unit) {
	}

	/** Reads a number and the word after it, or null when the text is not one. */
	public static Written read(String text) {
		Matcher m = VALUE.matcher(text);
		if (!m.matches()) {
			return null;
		}
		double amount = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
		return new Written(amount, m.group(3));
	}

	/** Whether a value has no number at all (the parser reports that, the value need not). */
	public static boolean noNumber(String text) {
		return text.chars().noneMatch(Character::isDigit);
	}

	/** Minutes per unit of time, or null for a word that is not one. */
	public static Integer minutes(String unit) {
		return unit == null ? null : TIME.get(unit.toLowerCase(Locale.ROOT));
	}

	/** Whether a word is a currency a cost may be written with. */
	public static boolean currency(String unit) {
		return MONEY.contains(unit.toLowerCase(Locale.ROOT));
	}

	/**
	 * A time as the text format writes it: whole days, else whole hours, else minutes, with the unit in
	 * the singular for one ({@code 1 day}, {@code 2 days}, {@code 1 hour}, {@code 90 min}).
	 */
	public static String time(double minutes, DoubleFunction<String> number) {
		if (minutes != 0 && minutes % (24 * 60) == 0) {
			return amount(minutes / (24 * 60), "day", number);
		}
		if (minutes != 0 && minutes % 60 == 0) {
			return amount(minutes / 60, "hour", number);
		}
		return number.apply(minutes) + " min";
	}

	/**
	 * The units (of time, or of money when {@code money}) a mistyped word most likely meant: those at the
	 * fewest edits from it, at most two, and of those the ones nearest its length, then the longest; none when
	 * nothing is close.
	 */
	public static List<String> meant(String word, boolean money) {
		String typed = word.toLowerCase(Locale.ROOT);
		List<String> best = new ArrayList<>();
		int fewest = 3;
		int nearestLength = Integer.MAX_VALUE;
		for (String unit : money ? new ArrayList<>(new TreeSet<>(MONEY)) : new ArrayList<>(TIME.keySet())) {
			int edits = edits(typed, unit);
			int lengths = Math.abs(unit.length() - typed.length());
			if (edits < fewest || edits == fewest && lengths < nearestLength) {
				best.clear();
				fewest = edits;
				nearestLength = lengths;
			}
			if (edits == fewest && lengths == nearestLength) {
				best.add(unit);
			}
		}
		if (fewest > 2) {
			return List.of();
		}
		// of "dag" and "dagar" for "dagr", the longer: a typo more often drops a letter than adds one
		int longest = best.stream().mapToInt(String::length).max().orElse(0);
		return best.stream().filter(unit -> unit.length() == longest).toList();
	}

	/** The number of letters to add, remove or change to make one word of another (Levenshtein). */
	private static int edits(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static String amount(double amount, String unit, DoubleFunction<String> number) {
		return number.apply(amount) + " " + unit + (amount == 1 ? "" : "s");
	}
}
