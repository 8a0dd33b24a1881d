package org.verkstad.export.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.ExportFormat;
import org.verkstad.export.Page;
import org.verkstad.testsupport.Examples;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * Benchmark, not a test (run by {@code bench/run.sh}, heap limited to 200 MB):
 * <ol>
 * <li>a 200-activity process map from its text to SVG, against PlantUML drawing the same activities in
 * the same swimlanes as an activity diagram to SVG, in one run (target: at most half PlantUML's time);</li>
 * <li>120 models (the examples, over and over) to PDF, each read from its file (target: under 30 s).</li>
 * </ol>
 */
class ExportBenchmark {

	static final int ACTIVITIES = 200;
	static final int LANES = 5;
	static final int ROUNDS = 10;

	@Test
	void svgOfA200ActivityMapAgainstPlantUml() throws Exception {
		Path dir = Files.createTempDirectory("bench-export");
		Path file = dir.resolve("bench.process");
		StringBuilder text = new StringBuilder("process bench \"Benchmark\" {\n");
		for (int lane = 0; lane < LANES; lane++) {
			text.append("\tlane lane-").append(lane).append(" \"Lane ").append(lane + 1).append("\" {\n");
			for (int i = lane; i < ACTIVITIES; i += LANES) {
				text.append("\t\tactivity a-").append(i).append(" \"Activity number ").append(i + 1).append(" of the map\"\n");
			}
			text.append("\t}\n");
		}
		for (int i = 0; i + 1 < ACTIVITIES; i++) {
			text.append("\tflow f-").append(i).append(" a-").append(i).append(" -> a-").append(i + 1).append('\n');
		}
		Files.writeString(file, text.append("}\n"));
		// the same diagram for PlantUML: the activities in order, each in its swimlane
		StringBuilder uml = new StringBuilder("@startuml\n");
		for (int i = 0; i < ACTIVITIES; i++) {
			uml.append("|Lane ").append(i % LANES + 1).append("|\n:Activity number ").append(i + 1).append(" of the map;\n");
		}
		uml.append("@enduml\n");
		long[] verkstad = new long[ROUNDS];
		long[] plantuml = new long[ROUNDS];
		int svgBytes = 0;
		int umlBytes = 0;
		for (int round = -2; round < ROUNDS; round++) { // two rounds to warm up
			long start = System.nanoTime();
			Model model = ModelIO.load(ModelIO.newResourceSet(), file);
			byte[] svg = DiagramExport.svg(DiagramExport.draw(file, model, Locale.ENGLISH).get(0), Page.FIT);
			long middle = System.nanoTime();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new SourceStringReader(uml.toString()).outputImage(out, new FileFormatOption(FileFormat.SVG));
			long end = System.nanoTime();
			if (round >= 0) {
				verkstad[round] = middle - start;
				plantuml[round] = end - middle;
			}
			svgBytes = svg.length;
			umlBytes = out.size();
		}
		double ours = median(verkstad);
		double theirs = median(plantuml);
		assertTrue(umlBytes > 10_000, "PlantUML drew something");
		System.out.printf(Locale.ROOT,
				"BENCHMARK export.svg: %d-activity map text -> SVG %.1f ms (%d kB); PlantUML activity diagram -> SVG %.1f ms (%d kB); ratio %.2f (target <= 0.5)%n",
				ACTIVITIES, ours, svgBytes / 1024, theirs, umlBytes / 1024, ours / theirs);
	}

	@Test
	void pdfOf120Models() throws Exception {
		Path dir = Files.createTempDirectory("bench-batch");
		List<Path> files = new ArrayList<>();
		List<Path> examples = Examples.models();
		for (int i = 0; files.size() < 120; i++) {
			Path participant = Files.createDirectories(dir.resolve("deltagare-" + (i + 1)));
			Examples.copyTo(participant);
			for (Path example : examples) {
				if (files.size() < 120) {
					files.add(participant.resolve(example.getFileName()));
				}
			}
		}
		Path out = Files.createDirectories(dir.resolve("ut"));
		long start = System.nanoTime();
		int written = 0;
		for (Path file : files) {
			Model model = ModelIO.load(ModelIO.newResourceSet(), file);
			written += DiagramExport.export(file, model, ExportFormat.PDF, Page.A4_LANDSCAPE, 150,
					out.resolve(file.getParent().getFileName()), Locale.forLanguageTag("sv")).size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "BENCHMARK export.batch: %d models -> %d PDF files in %.1f s (target < 30 s)%n", files.size(),
				written, seconds);
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}
}
