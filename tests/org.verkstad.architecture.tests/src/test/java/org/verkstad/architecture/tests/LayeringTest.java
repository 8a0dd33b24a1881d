package org.verkstad.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.verkstad.architecture.tests.Bundles.Bundle;
import org.verkstad.architecture.tests.Bundles.Requirement;

/**
 * Which bundle may depend on which, read from every manifest: the core and the notations are free of
 * user interface, text-format machinery and the diagram server; the diagram model is free of the server;
 * nothing below the command line and the workbench depends on them; the command line needs the server
 * only for {@code serve} (an optional requirement). docs/architecture.md has the same table.
 */
class LayeringTest {

	/** What a bundle is, by its id (and, for a notation, by what it contributes). */
	enum Layer {
		CORE, NOTATION, TEXT, TEXT_IDE, CLIENT, DIAGRAM, SERVER, EXPORT, INTERCHANGE, TEMPLATES, HELP, CLI, UI, TEST_SUPPORT
	}

	/** The Verkstad layers each layer may require. */
	private static final Map<Layer, Set<Layer>> MAY_REQUIRE = Map.ofEntries(
			Map.entry(Layer.CORE, EnumSet.noneOf(Layer.class)),
			Map.entry(Layer.NOTATION, EnumSet.of(Layer.CORE)),
			// a notation's text bundle holds its language's runtime and editor services (Xtext generates both)
			Map.entry(Layer.TEXT, EnumSet.of(Layer.CORE, Layer.NOTATION, Layer.TEXT, Layer.TEXT_IDE)),
			Map.entry(Layer.TEXT_IDE, EnumSet.of(Layer.CORE, Layer.NOTATION, Layer.TEXT, Layer.TEXT_IDE)),
			Map.entry(Layer.CLIENT, EnumSet.noneOf(Layer.class)),
			Map.entry(Layer.DIAGRAM, EnumSet.of(Layer.CORE, Layer.CLIENT)),
			Map.entry(Layer.SERVER, EnumSet.of(Layer.CORE, Layer.CLIENT, Layer.DIAGRAM)),
			Map.entry(Layer.EXPORT, EnumSet.of(Layer.CORE, Layer.CLIENT, Layer.DIAGRAM)),
			// a notation's exchange with other tools' files (BPMN): contributed to export's extension point,
			// so that nothing above names it
			Map.entry(Layer.INTERCHANGE, EnumSet.of(Layer.CORE, Layer.NOTATION, Layer.CLIENT, Layer.DIAGRAM, Layer.EXPORT)),
			Map.entry(Layer.TEMPLATES, EnumSet.of(Layer.CORE, Layer.CLIENT, Layer.DIAGRAM, Layer.EXPORT)),
			// the user guide is pages and their search: it needs nothing of Verkstad's
			Map.entry(Layer.HELP, EnumSet.noneOf(Layer.class)),
			Map.entry(Layer.CLI, EnumSet.of(Layer.CORE, Layer.CLIENT, Layer.DIAGRAM, Layer.EXPORT, Layer.TEMPLATES)),
			Map.entry(Layer.UI, EnumSet.complementOf(EnumSet.of(Layer.CLI, Layer.INTERCHANGE, Layer.TEST_SUPPORT))),
			Map.entry(Layer.TEST_SUPPORT, EnumSet.complementOf(EnumSet.of(Layer.CLI, Layer.UI, Layer.INTERCHANGE, Layer.TEST_SUPPORT))));

	/** Outside libraries only some layers may use, by the start of their bundle or package names. */
	private static final Map<String, Set<Layer>> LIBRARIES = Map.of(
			"workbench and widgets", EnumSet.of(Layer.UI),
			"the diagram server and its web server", EnumSet.of(Layer.SERVER, Layer.UI),
			"the text-format machinery", EnumSet.of(Layer.TEXT, Layer.TEXT_IDE, Layer.UI),
			"automatic layout", EnumSet.of(Layer.DIAGRAM, Layer.SERVER, Layer.EXPORT, Layer.INTERCHANGE, Layer.TEMPLATES, Layer.CLI, Layer.UI),
			"the language server protocol", EnumSet.of(Layer.TEXT_IDE, Layer.SERVER, Layer.UI));
	private static final Map<String, List<String>> LIBRARY_NAMES = Map.of(
			"workbench and widgets", List.of("org.eclipse.ui", "org.eclipse.swt", "org.eclipse.jface", "org.eclipse.e4.ui",
					"org.eclipse.core.resources", "org.eclipse.text"),
			"the diagram server and its web server", List.of("org.eclipse.glsp.server", "org.eclipse.jetty", "jakarta.servlet",
					"jakarta.websocket"),
			"the language server protocol", List.of("org.eclipse.lsp4j"),
			"the text-format machinery", List.of("org.eclipse.xtext", "org.antlr"),
			"automatic layout", List.of("org.eclipse.elk"));

	/**
	 * Test bundles may require, besides what their host may: the test support, and the notations with
	 * their text formats and interchange formats, which the shared code is tested against (it names no notation itself). Beyond
	 * that, only these, each for the reason given.
	 */
	private static final Map<String, String> TEST_EXCEPTIONS = Map.of(
			"org.verkstad.templates.tests -> org.verkstad.diagram.server",
			"the diagram refuses edits of a template's locked elements: a rule of the templates, enforced by the server");

	/**
	 * Dependencies that break a rule and are being removed, each with what removes it. This list only
	 * shrinks; the test fails when an entry no longer applies, so that it is taken out.
	 */
	private static final Map<String, String> BEING_REMOVED = Map.of();

	static Layer layer(Bundle bundle) {
		String id = bundle.id();
		if (id.equals("org.verkstad.testsupport")) {
			return Layer.TEST_SUPPORT;
		}
		if (id.equals("org.verkstad.core")) {
			return Layer.CORE;
		}
		if (id.equals("org.verkstad.diagram.client")) {
			return Layer.CLIENT;
		}
		if (id.equals("org.verkstad.diagram")) {
			return Layer.DIAGRAM;
		}
		if (id.equals("org.verkstad.diagram.server")) {
			return Layer.SERVER;
		}
		if (id.equals("org.verkstad.export")) {
			return Layer.EXPORT;
		}
		if (id.equals("org.verkstad.templates")) {
			return Layer.TEMPLATES;
		}
		if (id.equals("org.verkstad.help")) {
			return Layer.HELP;
		}
		if (id.equals("org.verkstad.cli")) {
			return Layer.CLI;
		}
		if (id.equals("org.verkstad.ui") || id.endsWith(".ui") || id.startsWith("org.verkstad.nls.")) {
			return Layer.UI;
		}
		if (id.endsWith(".interchange")) {
			return Layer.INTERCHANGE;
		}
		if (id.endsWith(".dsl.ide")) {
			return Layer.TEXT_IDE;
		}
		if (id.endsWith(".dsl")) {
			return Layer.TEXT;
		}
		if (bundle.contributes("org.verkstad.core.notations")) {
			return Layer.NOTATION;
		}
		throw new AssertionError(id + " is of no known layer: add it to LayeringTest and docs/architecture.md");
	}

	@Test
	void everyBundleRequiresOnlyWhatItsLayerMay() throws Exception {
		List<Bundle> bundles = Bundles.in("bundles");
		Map<String, Bundle> byId = bundles.stream().collect(Collectors.toMap(Bundle::id, b -> b));
		List<String> wrong = new ArrayList<>();
		for (Bundle bundle : bundles) {
			Layer layer = layer(bundle);
			for (Requirement required : bundle.required()) {
				Bundle other = byId.get(required.id());
				if (other == null) {
					continue;
				}
				Layer otherLayer = layer(other);
				boolean allowed = MAY_REQUIRE.get(layer).contains(otherLayer)
						|| layer == Layer.CLI && otherLayer == Layer.SERVER && required.optional();
				if (!allowed) {
					wrong.add(bundle.id() + " (" + layer + ") requires " + other.id() + " (" + otherLayer + ")");
				}
				if (otherLayer == Layer.NOTATION && layer != Layer.NOTATION && !sameNotation(bundle, other)
						&& layer != Layer.UI && layer != Layer.TEST_SUPPORT) {
					wrong.add(bundle.id() + " names the notation " + other.id() + ": only that notation's own bundles may");
				}
			}
			wrong.addAll(libraries(bundle, layer));
		}
		List<String> stale = BEING_REMOVED.keySet().stream().filter(known -> !wrong.contains(known)).sorted().toList();
		wrong.removeAll(BEING_REMOVED.keySet());
		assertEquals(List.of(), wrong);
		assertEquals(List.of(), stale, "no longer true: take them out of BEING_REMOVED");
	}

	@Test
	void testBundlesRequireTheirHostTheTestSupportAndTheNotations() throws Exception {
		List<Bundle> all = new ArrayList<>(Bundles.in("bundles"));
		List<Bundle> tests = Bundles.in("tests");
		all.addAll(tests);
		Map<String, Bundle> byId = all.stream().collect(Collectors.toMap(Bundle::id, b -> b));
		List<String> wrong = new ArrayList<>();
		for (Bundle test : tests) {
			if (test.host() == null) {
				continue;
			}
			Bundle host = byId.get(test.host());
			assertTrue(host != null, test.id() + " is a fragment of " + test.host() + ", which is not in bundles/");
			Layer hostLayer = layer(host);
			Set<Layer> excepted = EnumSet.noneOf(Layer.class);
			for (Requirement required : test.required()) {
				Bundle other = byId.get(required.id());
				if (other == null) {
					continue;
				}
				Layer otherLayer = layer(other);
				boolean fixture = EnumSet.of(Layer.TEST_SUPPORT, Layer.NOTATION, Layer.TEXT, Layer.INTERCHANGE).contains(otherLayer);
				if (TEST_EXCEPTIONS.containsKey(test.id() + " -> " + other.id())) {
					excepted.add(otherLayer);
				} else if (!fixture && !MAY_REQUIRE.get(hostLayer).contains(otherLayer)) {
					wrong.add(test.id() + " (testing " + hostLayer + ") requires " + other.id() + " (" + otherLayer + ")");
				}
			}
			// what a bundle it may require uses, it may use too (a session of the diagram server is a GLSP one)
			List<String> libraries = libraries(test, hostLayer);
			for (Layer layer : excepted) {
				libraries.retainAll(libraries(test, layer));
			}
			wrong.addAll(libraries);
		}
		assertEquals(List.of(), wrong);
	}

	/** Notation-specific bundles ({@code org.verkstad.process.dsl}) may name their own notation. */
	private static boolean sameNotation(Bundle bundle, Bundle notation) {
		return bundle.id().startsWith(notation.id() + ".");
	}

	private static List<String> libraries(Bundle bundle, Layer layer) {
		List<String> wrong = new ArrayList<>();
		List<String> names = new ArrayList<>(bundle.imported());
		bundle.required().forEach(r -> names.add(r.id()));
		LIBRARIES.forEach((what, layers) -> {
			if (layers.contains(layer)) {
				return;
			}
			for (String name : names) {
				if (LIBRARY_NAMES.get(what).stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."))) {
					wrong.add(bundle.id() + " (" + layer + ") uses " + what + ": " + name);
				}
			}
		});
		return wrong;
	}
}
