package org.verkstad.process.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.RecognizerSharedState;
import org.verkstad.process.dsl.parser.antlr.internal.InternalProcessLexer;

/**
 * The process map text format's lexer: the generated one, except that an id directly followed by the arrow
 * ({@code flow a->b}) ends before the arrow. An id may hold a {@code -} between letters or digits
 * ({@code a-1}); the generated lexer decides on the {@code -} alone and then fails on the {@code >}.
 * Here the id is read as if the text ended at that {@code -}, and the arrow is read as the next token.
 */
public class ProcessLexer extends InternalProcessLexer {

	public ProcessLexer() {
		super();
	}

	public ProcessLexer(CharStream input) {
		super(input);
	}

	public ProcessLexer(CharStream input, RecognizerSharedState state) {
		super(input, state);
	}

	@Override
	public void mTokens() throws RecognitionException {
		int stop = dashAfterId();
		if (stop < 0) {
			super.mTokens();
			return;
		}
		CharStream whole = input;
		input = new Bounded(whole, stop);
		try {
			super.mTokens();
		} finally {
			input = whole;
		}
	}

	/**
	 * Where an id starting here is followed by a {@code -} that cannot continue it (the generated lexer
	 * would fail there), as an index in the text; -1 when no id starts here or none is so followed.
	 */
	private int dashAfterId() {
		int i = 1;
		if (input.LA(i) == '^') {
			i++;
		}
		if (!idStart(input.LA(i))) {
			return -1;
		}
		i++;
		while (true) {
			int c = input.LA(i);
			if (idStart(c) || digit(c)) {
				i++;
			} else if (c == '-') {
				int next = input.LA(i + 1);
				if (idStart(next) || digit(next)) {
					i += 2;
				} else {
					return input.index() + i - 1;
				}
			} else {
				return -1;
			}
		}
	}

	/** The letters an id starts with (the grammar's ID_START). */
	private static boolean idStart(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || "åäöÅÄÖéüæøÆØ".indexOf(c) >= 0 && c > 0;
	}

	private static boolean digit(int c) {
		return c >= '0' && c <= '9';
	}

	/** The text as if it ended at {@code stop}: what lies beyond is not looked at. */
	private static final class Bounded implements CharStream {
		private final CharStream whole;
		private final int stop;

		Bounded(CharStream whole, int stop) {
			this.whole = whole;
			this.stop = stop;
		}

		@Override
		public int LA(int i) {
			return i > 0 && whole.index() + i - 1 >= stop ? CharStream.EOF : whole.LA(i);
		}

		@Override
		public int LT(int i) {
			return LA(i);
		}

		@Override
		public String substring(int start, int stopIndex) {
			return whole.substring(start, stopIndex);
		}

		@Override
		public int getLine() {
			return whole.getLine();
		}

		@Override
		public void setLine(int line) {
			whole.setLine(line);
		}

		@Override
		public void setCharPositionInLine(int pos) {
			whole.setCharPositionInLine(pos);
		}

		@Override
		public int getCharPositionInLine() {
			return whole.getCharPositionInLine();
		}

		@Override
		public void consume() {
			whole.consume();
		}

		@Override
		public int mark() {
			return whole.mark();
		}

		@Override
		public int index() {
			return whole.index();
		}

		@Override
		public void rewind(int marker) {
			whole.rewind(marker);
		}

		@Override
		public void rewind() {
			whole.rewind();
		}

		@Override
		public void release(int marker) {
			whole.release(marker);
		}

		@Override
		public void seek(int index) {
			whole.seek(index);
		}

		@Override
		public int size() {
			return whole.size();
		}

		@Override
		public String getSourceName() {
			return whole.getSourceName();
		}
	}
}
