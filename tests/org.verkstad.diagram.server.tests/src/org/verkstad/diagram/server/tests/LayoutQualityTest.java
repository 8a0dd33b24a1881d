package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.graph.LayoutQuality;
import org.verkstad.diagram.server.VerkstadModelState;
import org.verkstad.testsupport.Examples;

/**
 * Process maps laid out automatically cannot be misread: on the course examples and on 24 generated maps
 * (loops, parallel branches, long loops back, up to 80 steps in up to 5 lanes) no flow runs through a box
 * or a text, no two unrelated flows are drawn on top of each other, no text lies on a box or another
 * text, no boxes overlap and every decision comes after the step that leads into it. The counts are
 * measured on the geometry the page and the export draw ({@link LayoutQuality}) and printed as a table.
 */
class LayoutQualityTest {

	@TempDir
	static Path dir;

	private static final List<String> TABLE = new ArrayList<>();

	static Stream<Arguments> maps() {
		List<Arguments> maps = new ArrayList<>();
		maps.add(Arguments.of("bygglov-nulage.process", null));
		maps.add(Arguments.of("bygglov-malbild.process", null));
		int[][] sizes = { { 10, 2 }, { 20, 3 }, { 30, 3 }, { 40, 4 }, { 50, 4 }, { 60, 5 }, { 70, 5 }, { 80, 5 } };
		// more with VERKSTAD_GENERATED_MAPS=N, to look for what the 24 do not show
		int count = Integer.parseInt(System.getenv().getOrDefault("VERKSTAD_GENERATED_MAPS", "24"));
		for (int i = 0; i < count; i++) {
			int[] size = sizes[i % sizes.length];
			maps.add(Arguments.of("generated-" + (i + 1) + "-" + size[0] + "-steps-" + size[1] + "-lanes.process",
					GeneratedMaps.process(1000 + i, size[0], size[1])));
		}
		return maps.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("maps")
	void aLaidOutMapCannotBeMisread(String name, String text) throws Exception {
		Path file;
		if (text == null) {
			file = Examples.copyTo(Files.createTempDirectory(dir, "examples")).resolve(name);
		} else {
			file = dir.resolve(name);
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		VerkstadModelState state = Sessions.open(file, "process");
		LayoutQuality quality = LayoutQuality.of(state.diagram(), state.description());
		TABLE.add(name + ": " + quality);
		assertEquals(0, quality.faults(), name + ": " + quality + "\n" + String.join("\n", quality.findings()));
	}

	/**
	 * Steps added to a laid-out map (written in the text, so the layout file does not know them) are
	 * placed after the steps that lead into them, and the map can still not be misread; nothing placed
	 * before moves.
	 */
	@Test
	void stepsAddedToALaidOutMapAreReadable() throws Exception {
		Path file = Examples.copyTo(Files.createTempDirectory(dir, "added")).resolve("bygglov-nulage.process");
		VerkstadModelState laidOut = Sessions.open(file, "process");
		laidOut.save();
		Box granska = laidOut.diagram().absolute("a-granska");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		text = text.replace("\tlane l-handlaggare \"Bygglovshandläggare\" {\n", "\tlane l-handlaggare \"Bygglovshandläggare\" {\n"
				+ "\t\tactivity a-underratta \"Skickar underrättelse till grannar\" { time 10 min }\n"
				+ "\t\tdecision d-svar \"Har grannarna svarat?\"\n");
		text = text.substring(0, text.lastIndexOf('}')) + "\tflow f90 a-granska -> a-underratta\n\tflow f91 a-underratta -> d-svar\n"
				+ "\tflow f92 d-svar -> a-beslutsunderlag when \"Ja\"\n\tflow f93 d-svar -> a-underratta when \"Nej, påminn\"\n}\n";
		Files.writeString(file, text, StandardCharsets.UTF_8);

		VerkstadModelState state = Sessions.open(file, "process");
		LayoutQuality quality = LayoutQuality.of(state.diagram(), state.description());
		assertEquals(0, quality.faults(), quality + "\n" + String.join("\n", quality.findings()));
		assertEquals(granska, state.diagram().absolute("a-granska"), "what was placed stays");
		assertTrue(state.diagram().absolute("a-underratta").x() > granska.x() + granska.width(), "after the step before it");
		assertTrue(state.diagram().absolute("d-svar").x() > state.diagram().absolute("a-underratta").x(), "after the step before it");
	}

	@AfterAll
	static void print() {
		System.out.println("Layout quality of the automatically laid out process maps:");
		TABLE.forEach(line -> System.out.println("  " + line));
	}
}
