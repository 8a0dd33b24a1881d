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

	/** The box made smaller by {@code by} on every side (larger when {@code by} is negative), never below nothing. */
	public Box inset(double by) {
		return new Box(x + by, y + by, Math.max(0, width - 2 * by), Math.max(0, height - 2 * by));
	}

	/** Whether the insides of the two boxes overlap (touching edges do not). */
	public boolean intersects(Box other) {
		return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
	}
}
