package org.verkstad.diagram.layout;

/** A rectangle in diagram coordinates (px), as kept in the layout file. */
public record Box(double x, double y, double width, double height) {

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}

	public Box at(double newX, double newY) {
		return new Box(newX, newY, width, height);
	}
}
