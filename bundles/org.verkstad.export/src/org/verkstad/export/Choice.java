package org.verkstad.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value chosen by name on the command line or in a preference: a format, a page. */
public interface Choice {

	/** The name it is chosen by: {@code pdf}, {@code a4-landscape}. */
	String id();

	/** The value of {@code values} called {@code id}, or null. */
	static <E extends Choice> E parse(E[] values, String id) {
		return Arrays.stream(values).filter(v -> v.id().equals(id)).findFirst().orElse(null);
	}

	/** The names to choose from, for a message: {@code svg, png, pdf}. */
	static String names(Choice[] values) {
		return Arrays.stream(values).map(Choice::id).collect(Collectors.joining(", "));
	}
}
