package org.verkstad.templates;

/**
 * Text from an archive (a participant's name, an organisation, a course) as Verkstad shows it on a
 * terminal, in a view, an HTML page or a spreadsheet: no control characters (a newline, NUL, a terminal's
 * escape sequences), no invisible formatting (right-to-left overrides that reverse what is read), spaces
 * collapsed, and at most {@value #MAX} characters.
 */
final class Names {

	/** The longest name shown; a longer one ends in "…". */
	static final int MAX = 100;

	private Names() {
	}

	/** The text as it may be shown (null stays null). */
	static String shown(String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX + 1));
		boolean space = false;
		int kept = 0;
		for (int i = 0; i < raw.length() && kept <= MAX;) {
			int c = raw.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				// a control character (a newline, NUL, a terminal's escape) separates like a space
				space = out.length() > 0;
				continue;
			}
			if (hidden(c)) {
				continue;
			}
			if (space) {
				out.append(' ');
				kept++;
				space = false;
			}
			out.appendCodePoint(c);
			kept++;
		}
		if (kept > MAX) {
			int end = out.offsetByCodePoints(0, MAX);
			return out.substring(0, end).stripTrailing() + "…";
		}
		return out.toString();
	}

	/** Characters that are not shown as themselves: controls, formatting (bidi, zero-width), separators, lone surrogates. */
	private static boolean hidden(int c) {
		return switch (Character.getType(c)) {
		case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
				Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
		default -> false;
		};
	}

	/** A library's message as part of a sentence: its first line, without the library's own links, shown safely. */
	static String plain(String message) {
		if (message == null || message.isBlank()) {
			return "?";
		}
		String first = message.strip().lines().findFirst().orElse("");
		int see = first.indexOf(" See http");
		return shown(see > 0 ? first.substring(0, see) : first);
	}
}
