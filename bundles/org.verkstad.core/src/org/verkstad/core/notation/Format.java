package org.verkstad.core.notation;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.verkstad.core.Model;
import org.verkstad.core.nls.Messages;

/** Numbers, shares and durations as a person reads them, in Swedish or English. */
public final class Format {

	private static final Messages MESSAGES = new Messages(Format.class, "org.verkstad.core.notation.messages");

	private static final Map<Locale, NumberFormat> NUMBER_FORMATS = new ConcurrentHashMap<>();

	private Format() {
	}

	public static String number(double value, Locale locale) {
		// looking a format up is far slower than copying one, and a diagram formats hundreds of numbers
		NumberFormat prototype = NUMBER_FORMATS.computeIfAbsent(locale, l -> {
			NumberFormat format = NumberFormat.getNumberInstance(l);
			format.setMaximumFractionDigits(2);
			return format;
		});
		// formats are not thread-safe: each call formats with its own copy
		return ((NumberFormat) prototype.clone()).format(value);
	}

	/**
	 * An amount of money in a model's currency ({@link Notation#currency}), or in the reader's when the
	 * model names none: "1 200 kr" / "1,200 SEK".
	 */
	public static String money(double value, Model model, Locale locale) {
		String currency = model == null ? null : Notations.of(model).map(n -> n.currency(model)).orElse(null);
		return number(value, locale) + " " + (currency == null || currency.isBlank() ? MESSAGES.get(locale, "currency.default") : currency.trim());
	}

	/** A share 0..1 as a whole percentage. */
	public static String percent(double share, Locale locale) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(0);
		return format.format(share);
	}

	/** Minutes as days (of 24 hours), hours and minutes, e.g. "3 d 2 h 5 min" / "3 d 2 tim 5 min". */
	public static String minutes(double minutes, Locale locale) {
		long total = Math.round(minutes);
		long days = total / (24 * 60);
		long hours = total % (24 * 60) / 60;
		long rest = total % 60;
		StringBuilder text = new StringBuilder();
		if (days > 0) {
			text.append(days).append(' ').append(MESSAGES.get(locale, "unit.day")).append(' ');
		}
		if (hours > 0) {
			text.append(hours).append(' ').append(MESSAGES.get(locale, "unit.hour")).append(' ');
		}
		if (rest > 0 || text.length() == 0) {
			text.append(rest).append(' ').append(MESSAGES.get(locale, "unit.minute"));
		}
		return text.toString().trim();
	}
}
