package org.verkstad.dsl.messages;

import java.util.Locale;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;

/** Mistakes in the text in plain words, in Swedish or English: what was expected and what is there. */
public class VerkstadSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		Locale locale = Languages.current();
		RecognitionException exception = context.getRecognitionException();
		String[] names = context.getTokenNames();
		String message;
		if (exception == null || exception.token == null) {
			message = DslMessages.get(locale, "syntax.notUnderstoodHere");
		} else if (otherNotation(exception, names) != null) {
			Notation other = otherNotation(exception, names);
			String expected = expectedKeyword(exception, names);
			message = DslMessages.get(locale, "syntax.otherNotation", expected, Labels.kind(other.modelClass(), locale), other.id());
		} else if (exception.token.getType() == Token.EOF) {
			message = DslMessages.get(locale, "syntax.endOfFile");
		} else if (exception instanceof MissingTokenException missing && isNumber(names, missing.expecting)) {
			// a word where a number belongs ("time en kvart"): the word was meant as the number
			message = DslMessages.get(locale, "syntax.expected", expected(locale, names, missing.expecting),
					found(locale, exception.token.getText()));
		} else if (exception instanceof MissingTokenException missing) {
			message = DslMessages.get(locale, "syntax.missing", expected(locale, names, missing.expecting),
					found(locale, exception.token.getText()));
		} else if (exception instanceof UnwantedTokenException) {
			message = DslMessages.get(locale, "syntax.unexpected", found(locale, exception.token.getText()));
		} else if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting >= 0) {
			message = DslMessages.get(locale, "syntax.expected", expected(locale, names, mismatched.expecting),
					found(locale, exception.token.getText()));
		} else {
			message = DslMessages.get(locale, "syntax.notUnderstood", found(locale, exception.token.getText()));
		}
		return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	/**
	 * The notation whose keyword starts the file when another's was expected (a process map in a file named
	 * .swot): each notation's text format is a language of its own, and its files start with its id.
	 */
	private static Notation otherNotation(RecognitionException exception, String[] names) {
		String expected = expectedKeyword(exception, names);
		if (expected == null || exception.token == null || !isFirst(exception)) {
			return null;
		}
		String text = exception.token.getText();
		return text == null || text.equals(expected) ? null : Notations.byId(text).orElse(null);
	}

	/** Whether the token is the file's first (only comments and spaces before it). */
	private static boolean isFirst(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream tokens)) {
			return false;
		}
		for (int i = 0; i < exception.token.getTokenIndex() && i < tokens.size(); i++) {
			if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
				return false;
			}
		}
		return true;
	}

	/** The keyword the parser expected, without its quotes, or null. */
	private static String expectedKeyword(RecognitionException exception, String[] names) {
		int type = exception instanceof MismatchedTokenException mismatched ? mismatched.expecting : -1;
		if (type < 0 || names == null || type >= names.length || !names[type].startsWith("'")) {
			return null;
		}
		return names[type].substring(1, names[type].length() - 1);
	}

	private static boolean isNumber(String[] names, int type) {
		return names != null && type >= 0 && type < names.length && "RULE_INT".equals(names[type]);
	}

	private static String expected(Locale locale, String[] names, int type) {
		if (type < 0 || names == null || type >= names.length) {
			return DslMessages.get(locale, "token.something");
		}
		String name = names[type];
		if (name.startsWith("'") && name.endsWith("'")) {
			return DslMessages.get(locale, "token.keyword", name.substring(1, name.length() - 1));
		}
		String key = "token." + name.replace("RULE_", "").toLowerCase(Locale.ROOT);
		return DslMessages.has(locale, key) ? DslMessages.get(locale, key) : DslMessages.get(locale, "token.something");
	}

	private static String found(Locale locale, String text) {
		if (text == null || text.isBlank()) {
			return DslMessages.get(locale, "token.nothing");
		}
		String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
		return DslMessages.get(locale, "token.keyword", shown.replace("\n", " "));
	}
}
