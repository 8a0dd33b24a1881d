package org.verkstad.diagram.description;

/**
 * A text on a node or edge, taken from a feature of its element.
 *
 * @param feature  the attribute shown (and changed by an edit)
 * @param editable whether the text can be edited in place
 * @param fontSize font size in px (12 when 0)
 * @param align    {@code middle} (centred, the default) or {@code start}
 * @param bold     whether the text is bold
 * @param format   how a value is written: {@code text} (default), {@code minutes}, {@code money}, {@code number},
 *                 {@code enum} (the literal's message {@code <Enum>.<literal>})
 * @param view     the client view: {@code text} (default) or {@code badge}
 * @param icon     an icon drawn before a badge
 * @param css      css class of the label
 */
public record LabelMapping(String feature, boolean editable, int fontSize, String align, boolean bold, String format,
		String view, String icon, String css) {

	public int size() {
		return fontSize > 0 ? fontSize : 12;
	}

	public boolean centred() {
		return !"start".equals(align);
	}
}
