package org.verkstad.diagram.description;

/**
 * A node that stands for a part of its parent element rather than for an element: one of the parent's
 * containment features ({@code feature}, e.g. the SWOT's strengths), optionally only those of its
 * elements whose attribute {@code where} has the value {@code equals} (a TOWS quadrant, a three-boxes
 * prompt). Elements created or dropped in it go into that feature and get that value. The section is
 * shown only when the parent's attribute {@code whenParent} has the value {@code whenValue}.
 *
 * @param title message key of the section's title
 * @param hint  message key of a line under the title (the question the section asks), or null
 * @param hideEmpty whether the section is left out while it holds nothing
 */
public record Section(String feature, String where, String equals, String whenParent, String whenValue, String title,
		String hint, boolean hideEmpty) {
}
