package org.verkstad.diagram.description;

import com.google.gson.annotations.SerializedName;

/**
 * A text on a node or edge, taken from a feature of its element.
 *
 * @param feature  the attribute shown (and changed by an edit)
 * @param editable whether the text can be edited in place
 * @param fontSize font size in px (12 when 0)
 * @param align    {@code middle} (centred, the default) or {@code start}
 * @param bold     whether the text is bold
 * @param format   how a value is written (plain text when null)
 * @param view     the client view: {@link View#TEXT} (the default), {@link View#BADGE} or {@link View#ICON}
 * @param icon     an icon drawn before a badge
 * @param css      css class of the label
 */
public record LabelMapping(String feature, boolean editable, int fontSize, String align, boolean bold, Format format,
		View view, String icon, String css) {

	/** How a value is written. */
	public enum Format {
		/** As it is. */
		@SerializedName("text") TEXT,
		/** Minutes as days, hours and minutes. */
		@SerializedName("minutes") MINUTES,
		/** An amount in the model's currency. */
		@SerializedName("money") MONEY,
		@SerializedName("number") NUMBER,
		/** Between quotation marks of the reader's language. */
		@SerializedName("quote") QUOTE,
		/** The names of the elements referred to, separated by commas. */
		@SerializedName("names") NAMES,
		/** An enumeration's value as the notation names it. */
		@SerializedName("enum") ENUM
	}

	public LabelMapping {
		format = format == null ? Format.TEXT : format;
	}

	/** A text the runtime draws itself (a title, a hint, a badge): not taken from a feature, not editable. */
	public static LabelMapping fixed(int fontSize, boolean bold, boolean centred, View view, String css) {
		return new LabelMapping(null, false, fontSize, centred ? "middle" : "start", bold, Format.TEXT, view, null, css);
	}

	/** The bold title of a container, from {@code feature} (or fixed when null). */
	public static LabelMapping title(String feature, boolean editable, int fontSize, String css) {
		return new LabelMapping(feature, editable, fontSize, "start", true, Format.TEXT, null, null, css);
	}

	/** This text as a line under a node's title: start-aligned, as wide as the node. */
	public LabelMapping asLine() {
		return new LabelMapping(feature, false, fontSize, "start", false, format, View.TEXT, null, css);
	}

	/** The view drawing it, or {@code fallback} when the description names none (a title is a text, a detail a badge). */
	public View viewOr(View fallback) {
		return view == null ? fallback : view;
	}

	public int size() {
		return fontSize > 0 ? fontSize : 12;
	}

	public boolean centred() {
		return !"start".equals(align);
	}
}
