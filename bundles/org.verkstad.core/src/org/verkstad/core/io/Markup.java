package org.verkstad.core.io;

/** Text written into XML or HTML (an SVG, a report, a page): the one escaping of every writer. */
public final class Markup {

	private Markup() {
	}

	/**
	 * Text as element content or an attribute's value between double quotes: {@code & < > "} escaped, the
	 * characters XML 1.0 cannot hold dropped rather than making the file unreadable; null is empty.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> b.append("&amp;");
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '"' -> b.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}
}
