package org.verkstad.core.validation;

import org.verkstad.core.nls.Messages;

/**
 * A fix of the text itself, for a mistake that kept it from being read (the model is not whole, so it
 * cannot be changed): part of the text replaced, e.g. an unknown unit by the one meant.
 */
public final class TextFix extends Fix {

	private final int offset;
	private final int length;
	private final String replacement;
	private final String replaced;

	/**
	 * @param replaced the text that is replaced: the fix is refused when the text no longer has it there
	 */
	public TextFix(boolean safe, int offset, String replaced, String replacement, Messages messages, String key,
			Object... arguments) {
		super(safe, messages, key, arguments);
		this.offset = offset;
		this.length = replaced.length();
		this.replaced = replaced;
		this.replacement = replacement;
	}

	@Override
	public String applyTo(String text) {
		if (offset < 0 || offset + length > text.length() || !text.startsWith(replaced, offset)) {
			throw new IllegalStateException("the text changed since the fix was found");
		}
		return text.substring(0, offset) + replacement + text.substring(offset + length);
	}

	public int offset() {
		return offset;
	}

	public String replacement() {
		return replacement;
	}
}
