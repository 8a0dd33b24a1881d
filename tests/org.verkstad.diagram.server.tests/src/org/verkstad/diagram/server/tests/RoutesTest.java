package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.glsp.graph.GEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.description.View;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.ManhattanRoutes;
import org.verkstad.diagram.layout.ManhattanRoutes.AnchorKind;
import org.verkstad.diagram.layout.ManhattanRoutes.Point;
import org.verkstad.diagram.layout.ManhattanRoutes.Shape;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.DiagramRoutes;
import org.verkstad.diagram.server.VerkstadModelState;
import org.verkstad.testsupport.Examples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The routes of {@link ManhattanRoutes} are where the browser's diagram client draws the flows: every
 * flow of the examples' process maps and of the hard cases in {@code resources/routes}, as read from
 * chromium by {@code tests/org.verkstad.product.tests/browser/extract-routes.mjs} into
 * {@code resources/routes/client-routes.json}, to a hundredth of a pixel.
 */
class RoutesTest {

	private static final double TOLERANCE = 0.01;
	private static final Path CASES = Paths.get("resources", "routes");

	@TempDir
	Path dir;

	static JsonObject fixture() {
		return read("client-routes.json");
	}

	static JsonObject read(String name) {
		try {
			return JsonParser.parseString(Files.readString(CASES.resolve(name), StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (IOException e) {
			throw new UncheckedIOException("the routes of the client, in " + CASES.toAbsolutePath(), e);
		}
	}

	static Stream<Object[]> drawnDiagrams() {
		return StreamSupport.stream(fixture().getAsJsonArray("diagrams").spliterator(), false)
				.map(d -> new Object[] { d.getAsJsonObject().get("file").getAsString(), d.getAsJsonObject() });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("drawnDiagrams")
	void everyFlowIsRoutedWhereTheClientDrawsIt(String file, JsonObject drawn) throws Exception {
		Path model = copy(file, drawn.get("from").getAsString());
		DiagramDescription description = Descriptions.byType("process").orElseThrow();
		VerkstadModelState state = Sessions.open(model, "process");
		Diagram diagram = state.diagram();
		List<String> problems = new ArrayList<>();

		// the same diagram: the ends of the flows where the client has them
		for (Map.Entry<String, JsonElement> node : drawn.getAsJsonObject("nodes").entrySet()) {
			JsonArray expected = node.getValue().getAsJsonArray();
			Box box = diagram.absolute(node.getKey());
			if (box == null) {
				problems.add("node " + node.getKey() + " is not in the diagram");
			} else if (!near(box.x(), expected.get(0)) || !near(box.y(), expected.get(1)) || !near(box.width(), expected.get(2))
					|| !near(box.height(), expected.get(3))) {
				problems.add("node " + node.getKey() + " is at " + box + ", the client has " + expected);
			}
		}

		Map<String, List<Point>> routes = DiagramRoutes.manhattan(diagram, description);
		JsonArray flows = drawn.getAsJsonArray("flows");
		assertTrue(flows.size() > 0, file + " has flows");
		for (JsonElement element : flows) {
			JsonObject flow = element.getAsJsonObject();
			String id = flow.get("id").getAsString();
			List<Point> route = routes.get(id);
			JsonArray expected = flow.getAsJsonArray("points");
			if (route == null) {
				problems.add(id + " is not routed");
			} else if (!same(route, expected)) {
				problems.add(id + " (" + flow.get("source").getAsString() + " → " + flow.get("target").getAsString() + "): "
						+ text(route) + ", the client draws " + expected);
			}
		}
		assertEquals(flows.size(), routes.size(), "as many routes as flows");
		assertEquals(List.of(), problems, file);
	}

	@Test
	void theFixtureHasTheExamplesAndTheHardCases() {
		JsonArray diagrams = fixture().getAsJsonArray("diagrams");
		List<String> files = new ArrayList<>();
		int flows = 0;
		for (JsonElement d : diagrams) {
			files.add(d.getAsJsonObject().get("file").getAsString());
			flows += d.getAsJsonObject().getAsJsonArray("flows").size();
		}
		for (Path example : Examples.all(".process")) {
			assertTrue(files.contains(example.getFileName().toString()), example + " is in the fixture");
		}
		assertTrue(files.contains("routes-cases.process"), files.toString());
		assertTrue(flows >= 300, flows + " flows");
	}

	/** The client's router itself on generated ends, loops and routing points (the server sends no routing points). */
	@Test
	void everyCaseIsRoutedAsTheClientsRouterRoutesIt() {
		JsonArray cases = read("router-routes.json").getAsJsonArray("cases");
		assertTrue(cases.size() >= 1000, cases.size() + " cases");
		List<String> problems = new ArrayList<>();
		int withRoutingPoints = 0;
		int loops = 0;
		for (int i = 0; i < cases.size(); i++) {
			JsonObject c = cases.get(i).getAsJsonObject();
			List<Point> routingPoints = new ArrayList<>();
			for (JsonElement point : c.getAsJsonArray("routingPoints")) {
				routingPoints.add(new Point(point.getAsJsonArray().get(0).getAsDouble(), point.getAsJsonArray().get(1).getAsDouble()));
			}
			int self = c.get("self").getAsInt();
			withRoutingPoints += routingPoints.isEmpty() ? 0 : 1;
			loops += self >= 0 ? 1 : 0;
			List<Point> route = ManhattanRoutes.route(shape(c.getAsJsonArray("source")), shape(c.getAsJsonArray("target")),
					routingPoints, self);
			if (!same(route, c.getAsJsonArray("points"))) {
				problems.add("case " + i + " " + c + ": " + text(route));
			}
		}
		assertTrue(withRoutingPoints >= 300 && loops >= 30, withRoutingPoints + " with routing points, " + loops + " loops");
		assertEquals(List.of(), problems);
	}

	@Test
	void routingPointsInsideAnEndOrTooCloseTogetherGoAndTheOthersGetCorners() {
		Shape source = new Shape(new Box(0, 0, 100, 50), AnchorKind.RECTANGULAR);
		Shape target = new Shape(new Box(300, 200, 60, 60), AnchorKind.DIAMOND);
		List<Point> route = ManhattanRoutes.route(source, target,
				List.of(new Point(50, 25), new Point(150, 100), new Point(151, 101), new Point(200, 120), new Point(250, 230)));
		// (250, 230) twice: once the routing point, once the corner before the target that the client adds all the same
		assertEquals(List.of(new Point(100, 25), new Point(200, 25), new Point(200, 120), new Point(200, 230),
				new Point(250, 230), new Point(250, 230), new Point(300, 230)), route);
	}

	@Test
	void aShapeInsideAnotherIsTranslatedLikeTheClientDoes() {
		Shape nested = new Shape(new Box(300.1, 35.3, 150, 70), AnchorKind.DIAMOND, List.of(new Point(0, 188.7), new Point(0, 32)));
		Box box = nested.box();
		assertEquals(300.1, box.x());
		assertEquals(35.3 + 188.7 + 32, box.y(), 1e-9);
		Shape flat = new Shape(box, AnchorKind.DIAMOND);
		List<Point> a = ManhattanRoutes.route(nested, new Shape(new Box(700, 100, 50, 50), AnchorKind.RECTANGULAR), List.of());
		List<Point> b = ManhattanRoutes.route(flat, new Shape(new Box(700, 100, 50, 50), AnchorKind.RECTANGULAR), List.of());
		assertEquals(a.size(), b.size());
		for (int i = 0; i < a.size(); i++) {
			assertEquals(a.get(i).x(), b.get(i).x(), 1e-9);
			assertEquals(a.get(i).y(), b.get(i).y(), 1e-9);
		}
	}

	@Test
	void onlyEdgesRoutedAtRightAnglesAreRoutedAndLoopsAreCountedPerNode() throws Exception {
		VerkstadModelState state = Sessions.open(copy("routes-cases.process", "routes"), "process");
		DiagramDescription description = Descriptions.byType("process").orElseThrow();
		((GEdge) Sessions.byId(state, "c05")).setRouterKind("polyline");
		Map<String, List<Point>> routes = DiagramRoutes.manhattan(state.diagram(), description);
		assertFalse(routes.containsKey("c05"), "the client draws a straight line");
		assertEquals(Sessions.edges(state, "process:flow").size() - 1, routes.size());
		// a1's two loops go round different corners, d1's first one round the same as a1's first
		Box a1 = state.diagram().absolute("a1");
		Box d1 = state.diagram().absolute("d1");
		assertEquals(new Point(a1.x() + a1.width(), a1.centerY() + a1.height() / 4), routes.get("c30").get(0));
		assertEquals(new Point(a1.centerX() - a1.height() / 4, a1.y() + a1.height()), routes.get("c31").get(0));
		assertEquals(d1.x() + d1.width() + 20, routes.get("c32").get(1).x());
		assertEquals(AnchorKind.ELLIPTIC, DiagramRoutes.anchorKind(View.CIRCLE));
		assertEquals(AnchorKind.DIAMOND, DiagramRoutes.anchorKind(View.DIAMOND));
		assertEquals(AnchorKind.RECTANGULAR, DiagramRoutes.anchorKind(View.ROUNDED));
	}

	private Path copy(String file, String from) throws IOException {
		Path source = "examples".equals(from) ? Examples.file(file) : CASES.resolve(file);
		Files.copy(source, dir.resolve(file));
		Path layout = source.resolveSibling(file + ".layout");
		if (Files.exists(layout)) {
			Files.copy(layout, dir.resolve(file + ".layout"));
		}
		return dir.resolve(file);
	}

	/** [kind, x, y, width, height] */
	private static Shape shape(JsonArray end) {
		return new Shape(new Box(end.get(1).getAsDouble(), end.get(2).getAsDouble(), end.get(3).getAsDouble(), end.get(4).getAsDouble()),
				AnchorKind.valueOf(end.get(0).getAsString().toUpperCase(Locale.ROOT)));
	}

	private static boolean same(List<Point> route, JsonArray expected) {
		if (route.size() != expected.size()) {
			return false;
		}
		for (int i = 0; i < route.size(); i++) {
			JsonArray point = expected.get(i).getAsJsonArray();
			if (!near(route.get(i).x(), point.get(0)) || !near(route.get(i).y(), point.get(1))) {
				return false;
			}
		}
		return true;
	}

	private static boolean near(double actual, JsonElement expected) {
		return Math.abs(actual - expected.getAsDouble()) <= TOLERANCE;
	}

	private static String text(List<Point> route) {
		StringBuilder out = new StringBuilder("[");
		for (Point p : route) {
			out.append(out.length() == 1 ? "" : ", ").append('[').append(p.x()).append(", ").append(p.y()).append(']');
		}
		return out.append(']').toString();
	}
}
