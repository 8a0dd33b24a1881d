package org.verkstad.diagram.description;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verkstad.core.notation.Contributions;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The diagram descriptions the notations contribute to the extension point {@value #EXTENSION_POINT}
 * (each a {@code diagram} file), with their styles and symbols, read once. A notation's diagrams are
 * those whose {@link DiagramDescription#notation()} is its id.
 */
public final class Descriptions {

	public static final String EXTENSION_POINT = "org.verkstad.diagram.descriptions";

	private static final Gson GSON = new GsonBuilder().registerTypeAdapterFactory(new StrictEnums()).create();

	/** Everything contributed, read together. */
	private record Contributed(List<DiagramDescription> diagrams, Map<String, URL> styles, Map<String, String> icons) {
	}

	private static volatile Contributed contributed;

	private Descriptions() {
	}

	private static Contributed contributed() {
		Contributed result = contributed;
		if (result == null) {
			synchronized (Descriptions.class) {
				if (contributed == null) {
					contributed = load();
				}
				result = contributed;
			}
		}
		return result;
	}

	public static List<DiagramDescription> all() {
		return contributed().diagrams();
	}

	public static Optional<DiagramDescription> byType(String type) {
		return all().stream().filter(d -> d.type().equals(type)).findFirst();
	}

	/** The diagrams of a notation, the main one first. */
	public static List<DiagramDescription> forNotation(String notation) {
		return all().stream().filter(d -> d.notation().equals(notation)).toList();
	}

	/** The symbols the diagrams may use (a touchpoint's channel), as SVG path data on a 16×16 grid. */
	public static Map<String, String> icons() {
		return contributed().icons();
	}

	/** The styles of a notation's diagrams, or null when it has none. */
	public static URL styles(String notation) {
		return contributed().styles().get(notation);
	}

	/** Reads one description; a mistake in it is a programming error, reported with the file's name. */
	public static DiagramDescription parse(URL url) {
		try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
			return check(resolve(GSON.fromJson(reader, DiagramDescription.class)));
		} catch (IOException | JsonParseException e) {
			throw new IllegalStateException("Diagram description " + url + " cannot be read: " + e.getMessage(), e);
		}
	}

	private static Contributed load() {
		List<DiagramDescription> diagrams = new ArrayList<>();
		Map<String, URL> styles = new LinkedHashMap<>();
		Map<String, String> icons = new LinkedHashMap<>();
		for (Contributions.File file : Contributions.files(EXTENSION_POINT)) {
			switch (file.kind()) {
			case "diagram" -> diagrams.add(parse(file.url()));
			case "styles" -> styles.put(file.attributes().get("notation"), file.url());
			case "icons" -> icons.putAll(readIcons(file.url()));
			default -> throw new IllegalStateException(EXTENSION_POINT + ": unknown element " + file.kind());
			}
		}
		diagrams.sort(Comparator.comparing(DiagramDescription::type));
		return new Contributed(List.copyOf(diagrams), Map.copyOf(styles), Map.copyOf(icons));
	}

	private static Map<String, String> readIcons(URL url) {
		try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
			return new Gson().fromJson(reader, new TypeToken<Map<String, String>>() {
			}.getType());
		} catch (IOException | JsonParseException e) {
			throw new IllegalStateException("Symbols " + url + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** What the JSON's form cannot say: the parts a description needs, a node's view for a node, an edge's for an edge. */
	private static DiagramDescription check(DiagramDescription d) {
		if (d.type() == null || d.notation() == null || d.title() == null) {
			throw new JsonParseException("it needs a type, a notation and a title");
		}
		for (NodeMapping n : d.allNodes()) {
			if (n.view() == null || n.view().shape() != View.Shape.NODE) {
				throw new JsonParseException(n.id() + " needs the view of a node, one of " + views(View.Shape.NODE));
			}
		}
		for (EdgeMapping e : d.edges()) {
			if (e.view() == null || e.view().shape() != View.Shape.EDGE) {
				throw new JsonParseException(e.id() + " needs the view of an edge, one of " + views(View.Shape.EDGE));
			}
		}
		return d;
	}

	private static List<String> views(View.Shape shape) {
		return Arrays.stream(View.values()).filter(v -> v.shape() == shape).map(View::id).toList();
	}

	/** Fills in {@code childrenOf}: a mapping that has the children of another gets copies of them. */
	private static DiagramDescription resolve(DiagramDescription d) {
		List<NodeMapping> nodes = d.nodes().stream().map(n -> resolve(n, d)).toList();
		return new DiagramDescription(d.type(), d.notation(), d.rootClass(), d.title(), d.header(), d.layout(),
				d.autoLayout(), nodes, d.edges());
	}

	private static NodeMapping resolve(NodeMapping n, DiagramDescription d) {
		List<NodeMapping> children = n.children().stream().map(c -> resolve(c, d)).toList();
		if (n.childrenOf() != null) {
			NodeMapping source = d.allNodes().stream().filter(m -> m.id().equals(n.childrenOf())).findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"Diagram " + d.type() + ": " + n.id() + " has the children of unknown " + n.childrenOf()));
			children = source.children();
		}
		return n.withChildren(children);
	}
}
