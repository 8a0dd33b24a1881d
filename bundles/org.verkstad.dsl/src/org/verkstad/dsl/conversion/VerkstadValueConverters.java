package org.verkstad.dsl.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Units;
import org.verkstad.dsl.messages.DslMessages;

import com.google.inject.Inject;

/** How the values of the text format are read and written: ids, numbers, durations, dates. */
public class VerkstadValueConverters extends DefaultTerminalConverters {

	@Inject
	private QualifiedNameValueConverter qualifiedId;

	/** An element id: written like a terminal ID (keywords escaped with ^). */
	@ValueConverter(rule = "ElementId")
	public IValueConverter<String> ElementId() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return ID().toValue(string, node);
			}

			@Override
			protected String internalToString(String value) {
				return ID().toString(value);
			}
		};
	}

	@ValueConverter(rule = "QualifiedId")
	public IValueConverter<String> QualifiedId() {
		return qualifiedId;
	}

	/** A tag or currency: a bare word when it is one, else a quoted text. */
	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return string.startsWith("\"") || string.startsWith("'") ? STRING().toValue(string, node)
						: ID().toValue(string, node);
			}

			@Override
			protected String internalToString(String value) {
				try {
					return ID().toString(value);
				} catch (ValueConverterException | IllegalArgumentException notAWord) {
					return STRING().toString(value);
				}
			}
		};
	}

	/** A number such as {@code 1200}, {@code 12.5} or {@code 12,5}. */
	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return new Amount(false);
	}

	/** A share in percent: {@code 30 %}, {@code 12,5 %}; written {@code 30 %}. */
	@ValueConverter(rule = "Percent")
	public IValueConverter<Double> Percent() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				return Decimal().toValue(string.replace("%", "").strip(), node);
			}

			@Override
			protected String internalToString(Double value) {
				return number(value) + " %";
			}
		};
	}

	/** An amount of money, its currency written or not: {@code 300}, {@code 300 kr}, {@code 12,50 SEK}. */
	@ValueConverter(rule = "Money")
	public IValueConverter<Double> Money() {
		return new Amount(true);
	}

	/** A number, with a currency after it when {@code money}; written as a plain number. */
	private static final class Amount extends AbstractNullSafeConverter<Double> {
		private final boolean money;

		Amount(boolean money) {
			this.money = money;
		}

		@Override
		protected Double internalToValue(String string, INode node) {
			Units.Written written = Units.read(string);
			if (written == null && Units.noNumber(string)) {
				return null; // the parser says that the number is missing
			}
			if (written == null || written.unit() != null && !money) {
				throw new ValueConverterException(DslMessages.get(Languages.current(), "value.number", string), node, null);
			}
			if (written.unit() != null && !Units.currency(written.unit())) {
				throw new ValueConverterException(DslMessages.get(Languages.current(), "value.currency", written.unit()), node, null);
			}
			return written.amount();
		}

		@Override
		protected String internalToString(Double value) {
			return number(value);
		}
	}

	/**
	 * A time with its unit, stored in minutes: {@code 45 min}, {@code 1 hour}, {@code 1,5 tim},
	 * {@code 10 dagar}, {@code 2 weeks} (see {@link Units}); written {@code 1 hour}, {@code 3 hours}, {@code 2 days}.
	 */
	@ValueConverter(rule = "Duration")
	public IValueConverter<Double> Duration() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				Units.Written written = Units.read(string);
				if (written == null && Units.noNumber(string)) {
					return null; // the parser says that the number is missing
				}
				if (written == null) {
					throw new ValueConverterException(DslMessages.get(Languages.current(), "value.duration", string), node, null);
				}
				Integer minutes = Units.minutes(written.unit());
				if (minutes == null) {
					throw new ValueConverterException(DslMessages.get(Languages.current(), "value.unit", String.valueOf(written.unit())), node, null);
				}
				return written.amount() * minutes;
			}

			@Override
			protected String internalToString(Double minutes) {
				return Units.time(minutes, VerkstadValueConverters::number);
			}
		};
	}

	/** A whole number with an optional sign: {@code -2}, {@code +1}. */
	@ValueConverter(rule = "Signed")
	public IValueConverter<Integer> Signed() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				try {
					return Integer.valueOf(string.replace(" ", "").replace("+", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException(DslMessages.get(Languages.current(), "value.whole", string), node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value > 0 ? "+" + value : value.toString();
			}
		};
	}

	/** A date {@code 2024-03-14} (midnight, local time) or a moment {@code 2026-11-23T11:36:44.120Z}. */
	@ValueConverter(rule = "DateValue")
	public IValueConverter<Date> DateValue() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Date internalToValue(String string, INode node) {
				try {
					if (string.length() == 10) {
						return Date.from(LocalDate.parse(string).atStartOfDay(ZoneId.systemDefault()).toInstant());
					}
					try {
						return Date.from(OffsetDateTime.parse(string).toInstant());
					} catch (DateTimeParseException noOffset) {
						return Date.from(LocalDateTime.parse(string).atZone(ZoneId.systemDefault()).toInstant());
					}
				} catch (DateTimeParseException e) {
					throw new ValueConverterException(DslMessages.get(Languages.current(), "value.date", string), node, e);
				}
			}

			@Override
			protected String internalToString(Date value) {
				Instant instant = value.toInstant();
				LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
				return local.toLocalTime().toNanoOfDay() == 0 ? local.toLocalDate().toString() : instant.toString();
			}
		};
	}

	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
