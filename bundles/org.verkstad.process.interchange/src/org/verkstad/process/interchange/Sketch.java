package org.verkstad.process.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verkstad.diagram.layout.Box;

/**
 * A process map as another tool's file gives it, before it becomes a model: what a BPMN file and an
 * activity list have in common. The readers fill it in ({@link BpmnSource}, {@link ActivityListSource});
 * {@link SketchBuilder} makes the model and its layout of it, the same way for both.
 */
final class Sketch {

	/** What a node becomes. */
	enum Kind {
		ACTIVITY, START, END, DECISION, PARALLEL
	}

	/**
	 * Data of Verkstad's own that the other format has no place for, as a tree: an element per feature
	 * of the model element, its value as text, or the features of a contained element as children.
	 */
	record Data(String name, String type, String text, List<Data> children) {

		static Data value(String name, String text) {
			return new Data(name, null, text, List.of());
		}
	}

	/** A lane: its place in the source's drawing (null when it has none). */
	record Lane(String id, String name, Box box) {
	}

	static final class Node {
		final String id;
		final Kind kind;
		String name;
		String description;
		String lane;
		/** Where the source drew it (its own coordinates), or null. */
		Box box;
		/** Where its name is drawn when it is drawn outside it (an event's, a gateway's), or null. */
		Box label;
		final List<String> notes = new ArrayList<>();
		final List<String> systems = new ArrayList<>();
		final List<String> documents = new ArrayList<>();
		final List<Data> data = new ArrayList<>();

		Node(String id, Kind kind, String name) {
			this.id = id;
			this.kind = kind;
			this.name = name;
		}
	}

	static final class Flow {
		final String id;
		final String source;
		final String target;
		String condition;
		String description;
		final List<Data> data = new ArrayList<>();
		/** The route it is drawn along (x, y pairs), or empty. */
		final List<double[]> points = new ArrayList<>();
		/** Where its condition is drawn, or null. */
		Box label;

		Flow(String id, String source, String target, String condition) {
			this.id = id;
			this.source = source;
			this.target = target;
			this.condition = condition;
		}
	}

	String id;
	String name;
	String description;
	/** Whether Verkstad wrote the file: its drawing is taken as it is, not scaled to Verkstad's shapes. */
	boolean own;
	/** Whether the source's lanes run top to bottom (the drawing is turned to run left to right). */
	boolean vertical;
	/** The pool's box, where the nodes are when there are no lanes, or null. */
	Box pool;
	final List<String> notes = new ArrayList<>();
	final List<Data> data = new ArrayList<>();
	final List<Lane> lanes = new ArrayList<>();
	final Map<String, Node> nodes = new LinkedHashMap<>();
	final List<Flow> flows = new ArrayList<>();

	Node add(Node node) {
		nodes.put(node.id, node);
		return node;
	}
}
