package org.verkstad.diagram.description;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The diagram descriptions: every {@code descriptions/*.diagram.json} of this bundle, read once. A notation's
 * diagrams are those whose {@link DiagramDescription#notation()} is its id.
 */
public final class Descriptions {

	private static volatile List<DiagramDescription> all;
	private static volatile Map<String, String> icons;

	private Descriptions() {
	}

	public static List<DiagramDescription> all() {
		List<DiagramDescription> result = all;
		if (result == null) {
			synchronized (Descriptions.class) {
				if (all == null) {
					all = Collections.unmodifiableList(load());
				}
				result = all;
			}
		}
		return result;
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
		Map<String, String> result = icons;
		if (result == null) {
			try (Reader reader = new InputStreamReader(Descriptions.class.getResourceAsStream("/descriptions/icons.json"),
					StandardCharsets.UTF_8)) {
				result = Collections.unmodifiableMap(new Gson().fromJson(reader, new TypeToken<Map<String, String>>() {
				}.getType()));
			} catch (IOException | RuntimeException e) {
				throw new IllegalStateException("descriptions/icons.json cannot be read", e);
			}
			icons = result;
		}
		return result;
	}

	/** The styles of a notation's diagrams ({@code descriptions/<notation>.css}), or null when it has none. */
	public static URL styles(String notation) {
		return notation.matches("[a-z]+") ? Descriptions.class.getResource("/descriptions/" + notation + ".css") : null;
	}

	/** Reads one description; a mistake in it is a programming error, reported with the file's name. */
	public static DiagramDescription parse(URL url) {
		try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
			return resolve(new Gson().fromJson(reader, DiagramDescription.class));
		} catch (IOException | JsonParseException e) {
			throw new IllegalStateException("Diagram description " + url + " cannot be read: " + e.getMessage(), e);
		}
	}

	private static List<DiagramDescription> load() {
		Bundle bundle = FrameworkUtil.getBundle(Descriptions.class);
		List<URL> urls = new ArrayList<>();
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries("descriptions", "*.diagram.json", false);
		while (entries != null && entries.hasMoreElements()) {
			urls.add(entries.nextElement());
		}
		urls.sort(Comparator.comparing(URL::getPath));
		return urls.stream().map(Descriptions::parse).toList();
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
		return new NodeMapping(n.id(), n.eClass(), n.from(), n.section(), n.view(), n.width(), n.height(), n.label(),
				n.details(), n.styles(), n.marker(), n.tool(), n.movable(), n.resizable(), n.layout(), children, null,
				n.series(), n.css());
	}
}
