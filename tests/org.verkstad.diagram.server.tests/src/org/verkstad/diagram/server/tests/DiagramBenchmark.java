package org.verkstad.diagram.server.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.glsp.graph.gson.GraphGsonConfigurator;
import org.junit.jupiter.api.Test;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.server.VerkstadModelState;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Benchmark, not a test (run by {@code bench/run.sh}): the server's share of a diagram of a 500-activity
 * process map: reading and drawing it, drawing it again, and a move (edit, record, redraw), plus the
 * checks that follow each edit. The browser's share is measured by browser/bench.mjs.
 */
class DiagramBenchmark {

	static final int ACTIVITIES = 500;

	@Test
	void serverSideOfA500ActivityMap() throws Exception {
		Path dir = Files.createTempDirectory("bench-diagram");
		Path file = dir.resolve("bench.process");
		StringBuilder text = new StringBuilder("process bench \"Benchmark\" {\n");
		for (int lane = 0; lane < 5; lane++) {
			text.append("\tlane lane-").append(lane).append(" \"Lane ").append(lane + 1).append("\" {\n");
			for (int i = lane; i < ACTIVITIES; i += 5) {
				text.append("\t\tactivity a-").append(i).append(" \"Activity number ").append(i + 1)
						.append(" of the benchmark\" {\n\t\t\ttime 30 min\n\t\t\tcost 240\n\t\t}\n");
			}
			text.append("\t}\n");
		}
		for (int i = 0; i + 1 < ACTIVITIES; i++) {
			text.append("\tflow f-").append(i).append(" a-").append(i).append(" -> a-").append(i + 1).append('\n');
		}
		Files.writeString(file, text.append("}\n"));

		int warmups = 5;
		int runs = 15;
		long[] open = new long[runs];
		long[] redraw = new long[runs];
		long[] move = new long[runs];
		long[] check = new long[runs];
		long[] json = new long[runs];
		int size = 0;
		Gson gson = new GraphGsonConfigurator().withDefaultTypes().configureGsonBuilder(new GsonBuilder()).create();
		for (int i = -warmups; i < runs; i++) {
			long start = System.nanoTime();
			VerkstadModelState state = Sessions.open(file, "process");
			long opened = System.nanoTime();
			state.redraw();
			long redrawn = System.nanoTime();
			Box box = state.diagram().absolute("a-0");
			state.edit("move", e -> e.move("a-0", 300, 30, box.width(), box.height()));
			long moved = System.nanoTime();
			Validation.validate(state.model().eResource());
			long checked = System.nanoTime();
			size = gson.toJson(state.getRoot()).length();
			long serialized = System.nanoTime();
			if (i >= 0) {
				open[i] = opened - start;
				redraw[i] = redrawn - opened;
				move[i] = moved - redrawn;
				check[i] = checked - moved;
				json[i] = serialized - checked;
			}
		}
		System.out.printf("BENCHMARK diagram.server: %d activities: open (read, lay out with ELK, draw) median %.0f ms; "
				+ "draw again %.1f ms; move (edit + draw) %.1f ms; checks after an edit %.1f ms; diagram as JSON %.1f ms (%d KB)%n",
				ACTIVITIES, median(open), median(redraw), median(move), median(check), median(json), size / 1024);
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}
}
