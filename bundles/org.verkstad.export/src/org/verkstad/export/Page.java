package org.verkstad.export;

import java.util.Locale;

/** The paper a diagram is exported on: A4 upright or on its side, or exactly the diagram's size. */
public enum Page implements Choice {
	A4(210, 297), A4_LANDSCAPE(297, 210), FIT(0, 0);

	/** Millimetres around a diagram on paper. */
	public static final double MARGIN_MM = 12;
	/** CSS pixels (the diagram's unit) per millimetre. */
	public static final double PX_PER_MM = 96 / 25.4;

	private final double widthMm;
	private final double heightMm;

	Page(double widthMm, double heightMm) {
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	public double widthMm() {
		return widthMm;
	}

	public double heightMm() {
		return heightMm;
	}

	/** The option's spelling: {@code a4}, {@code a4-landscape}, {@code fit}. */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The value chosen by {@code id}, or null. */
	public static Page parse(String id) {
		return Choice.parse(values(), id);
	}
}
