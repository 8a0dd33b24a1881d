package org.verkstad.process.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verkstad.core.nls.Messages;

/**
 * The summary of an import: how many of each kind were carried over and how many were left out, and
 * notes tied to a line of the file; nothing is dropped without being counted here.
 */
final class Tally {

	private final Messages messages;
	private final Locale locale;
	private final Map<String, Integer> carried = new LinkedHashMap<>();
	private final Map<String, Integer> left = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();

	Tally(Messages messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** One more of a kind carried over ({@code kind.task}). */
	void carried(String kind) {
		carried.merge(kind, 1, Integer::sum);
	}

	/** One more of a kind the model has no place for. */
	void left(String kind) {
		left.merge(kind, 1, Integer::sum);
	}

	/** A note about one line of the file (0: about the whole file). */
	void note(int line, String key, Object... arguments) {
		String text = messages.get(locale, key, arguments);
		notes.add(line > 0 ? messages.get(locale, "summary.line", line, text) : text);
	}

	Locale locale() {
		return locale;
	}

	int carriedCount(String kind) {
		return carried.getOrDefault(kind, 0);
	}

	int leftCount(String kind) {
		return left.getOrDefault(kind, 0);
	}

	/** The summary's lines: carried over, left out, then the notes. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(messages.get(locale, "summary.carried", counts(carried)));
		if (!left.isEmpty()) {
			lines.add(messages.get(locale, "summary.left", counts(left)));
		}
		lines.addAll(notes);
		return lines;
	}

	private String counts(Map<String, Integer> counts) {
		if (counts.isEmpty()) {
			return messages.get(locale, "summary.nothing");
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((kind, n) -> parts.add(messages.get(locale, kind) + " " + n));
		return String.join(", ", parts);
	}
}
