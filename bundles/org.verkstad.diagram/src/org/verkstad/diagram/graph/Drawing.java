package org.verkstad.diagram.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.verkstad.core.Model;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;

/** What the steps of making one diagram share: the description, the model, the layout file's boxes, the result. */
final class Drawing {

	final DiagramDescription description;
	final Model root;
	final Locale locale;
	/** The boxes the layout file has for this diagram; a node placed for the first time is recorded here. */
	final Map<String, Box> boxes;
	final Diagram diagram;
	final Texts texts;
	/** The id of each model element's node or edge. */
	final Map<EObject, String> elementIds = new HashMap<>();
	/** Texts drawn on the diagram itself (a matrix's row titles). */
	final List<GLabel> rootLabels = new ArrayList<>();

	Drawing(DiagramDescription description, Model root, LayoutFile layout, Locale locale) {
		this.description = description;
		this.root = root;
		this.locale = locale;
		this.boxes = layout.diagram(description.type());
		this.texts = new Texts(description.notation(), root, locale);
		this.diagram = new Diagram(new GGraphBuilder().id(rootId()).build());
	}

	String rootId() {
		return description.type() + "-diagram";
	}

	/** The GLSP type of a mapping's elements, or of one of their parts ({@code activity.label}). */
	String typeOf(String mappingPart) {
		return description.typeOf(mappingPart);
	}

	/** A class the description names. */
	EClass eClass(String name) {
		return ModelFeatures.eClass(root, name);
	}
}
