package org.verkstad.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.verkstad.core.notation.Labels;

/**
 * One diagram type, declared rather than programmed: which model elements become which nodes, edges
 * and sections, how they look (a view from the client's fixed vocabulary plus css classes), which
 * palette tools exist and which labels can be edited. One runtime interprets them all; a notation
 * contributes its descriptions and styles through {@link Descriptions#EXTENSION_POINT}.
 *
 * @param type       the GLSP diagram type, e.g. {@code process} or {@code tows}
 * @param notation   the notation whose files it shows (the file extension, see {@link org.verkstad.core.notation.Notation#id()})
 * @param rootClass  the class of the model element the diagram shows
 * @param title      key of the diagram's name in the notation's messages (a file can have more than one diagram)
 * @param header     the diagram's title line, drawn above everything else
 * @param layout     how the root's children are arranged (see {@link Layout})
 * @param autoLayout whether the user can ask for an automatic layout of the whole diagram
 * @param nodes      the node mappings under the root
 * @param edges      the edge mappings
 */
public record DiagramDescription(String type, String notation, String rootClass, String title, Header header,
		Layout layout, boolean autoLayout, List<NodeMapping> nodes, List<EdgeMapping> edges) {

	public DiagramDescription {
		nodes = nodes == null ? List.of() : List.copyOf(nodes);
		edges = edges == null ? List.of() : List.copyOf(edges);
	}

	/** The diagram's name in the reader's language ("Processkarta"), from its notation's messages. */
	public String name(Locale locale) {
		return text(title, locale);
	}

	/** A text the description names by key (a tool, a section's title), from its notation's messages. */
	public String text(String key, Locale locale) {
		return Labels.declared(notation, key, locale);
	}

	/** Every node mapping, the nested ones included, parents before children. */
	public List<NodeMapping> allNodes() {
		List<NodeMapping> all = new ArrayList<>();
		nodes.forEach(n -> n.collect(all));
		return all;
	}

	public Optional<NodeMapping> node(String id) {
		return allNodes().stream().filter(n -> n.id().equals(id)).findFirst();
	}

	public Optional<EdgeMapping> edge(String id) {
		return edges.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/** The GLSP type of a mapping's elements: {@code <diagram type>:<mapping id>}. */
	public String typeOf(String mappingId) {
		return type + ":" + mappingId;
	}

	/** Mapping ids of this description, in the order a palette lists them. */
	public Stream<String> mappingIds() {
		return Stream.concat(allNodes().stream().map(NodeMapping::id), edges.stream().map(EdgeMapping::id));
	}

	/** The diagram's title line: the root's {@code feature}, then the value of the enumeration {@code suffix} as a badge. */
	public record Header(String feature, String suffix) {
	}
}
