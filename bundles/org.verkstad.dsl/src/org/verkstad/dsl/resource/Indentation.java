package org.verkstad.dsl.resource;

import java.util.HashMap;
import java.util.Map;

/**
 * The lines a program adds to a text model (a step created on the diagram, a flow drawn) indented like
 * their neighbours: one tab per open brace. Every line the text had before is left exactly as it was.
 */
final class Indentation {

	private Indentation() {
	}

	/** {@code changed} with its lines that {@code original} did not have indented by their depth in braces. */
	static String ofNewLines(String original, String changed) {
		Map<String, Integer> before = new HashMap<>();
		for (String line : original.split("\n", -1)) {
			before.merge(line, 1, Integer::sum);
		}
		StringBuilder out = new StringBuilder(changed.length() + 64);
		Scanner scanner = new Scanner();
		String[] lines = changed.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			boolean inText = scanner.inComment || scanner.inString != 0;
			int depth = scanner.depth;
			Integer count = before.get(line);
			if (count != null && count > 0) {
				before.put(line, count - 1);
			} else if (!inText && !line.isBlank()) {
				String stripped = line.strip();
				int indent = Math.max(0, stripped.startsWith("}") ? depth - 1 : depth);
				line = "\t".repeat(indent) + stripped + (line.endsWith("\r") ? "\r" : "");
			}
			scanner.scan(line);
			out.append(line);
			if (i < lines.length - 1) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	/** Where the text is after a line: how many braces are open, inside a string or a block comment. */
	private static final class Scanner {
		int depth;
		char inString;
		boolean inComment;

		void scan(String line) {
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (inComment) {
					if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
						inComment = false;
						i++;
					}
				} else if (inString != 0) {
					if (c == '\\') {
						i++;
					} else if (c == inString) {
						inString = 0;
					}
				} else if (c == '"' || c == '\'') {
					inString = c;
				} else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
					return;
				} else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
					inComment = true;
					i++;
				} else if (c == '{') {
					depth++;
				} else if (c == '}') {
					depth--;
				}
			}
		}
	}
}
