package org.verkstad.cli;

import java.util.List;

/** Options with a value ({@code --port 8080}) taken out of a command's arguments. */
final class Options {

	/** An option given without its value. */
	static final class MissingValue extends Exception {
		private static final long serialVersionUID = 1L;
		final String option;

		MissingValue(String option) {
			super(option);
			this.option = option;
		}
	}

	private Options() {
	}

	/** Removes {@code name} and its value from {@code arguments}; the value, or null when the option is not there. */
	static String take(List<String> arguments, String name) throws MissingValue {
		int at = arguments.indexOf(name);
		if (at < 0) {
			return null;
		}
		if (at + 1 >= arguments.size() || arguments.get(at + 1).startsWith("--")) {
			throw new MissingValue(name);
		}
		String value = arguments.get(at + 1);
		arguments.remove(at + 1);
		arguments.remove(at);
		return value;
	}
}
