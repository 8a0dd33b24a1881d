package org.verkstad.diagram.description;

/**
 * A css class an element gets from its data: {@code prefix + value of feature} (e.g. {@code value-waste}
 * from the value class), or {@code css} when the many-valued feature {@code ifAny} is not empty
 * (e.g. {@code has-problems}), or {@code prefix + a number 0..7} chosen by the value of {@code hash}
 * (one sticky colour per participant). An enum attribute that was never set counts with its default only
 * when {@code defaults} is set (a box is "present" unless said otherwise; a SWOT point has no priority).
 */
public record StyleRule(String feature, String prefix, String ifAny, String css, String hash, boolean defaults) {
}
