package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the product without arguments in a real X server (Xvfb), as a user would, waits for the
 * Verkstad window, and keeps a screenshot in {@code target/screenshots}.
 */
class WorkbenchWindowTest {

	private Process xvfb;
	private Process product;
	private String display;

	@BeforeEach
	void startXServer() throws Exception {
		int number = 90 + new java.util.Random().nextInt(400);
		while (Files.exists(Paths.get("/tmp/.X11-unix/X" + number)) || Files.exists(Paths.get("/tmp/.X" + number + "-lock"))) {
			number++;
		}
		display = ":" + number;
		xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!Files.exists(Paths.get("/tmp/.X11-unix/X" + number))) {
			assertTrue(xvfb.isAlive(), "Xvfb did not start (is the package xvfb installed?)");
			assertTrue(System.nanoTime() < deadline, "Xvfb did not start in 20 s");
			Thread.sleep(100);
		}
	}

	@AfterEach
	void stop() throws Exception {
		if (product != null) {
			product.descendants().forEach(ProcessHandle::destroy);
			product.destroy();
			product.waitFor(10, TimeUnit.SECONDS);
		}
		xvfb.destroy();
		xvfb.waitFor(10, TimeUnit.SECONDS);
	}

	@Test
	void windowOpensAndListsTheExamples() throws Exception {
		Path log = Files.createTempFile("verkstad-gui", ".log");
		ProcessBuilder builder = new ProcessBuilder(Product.dir().resolve("verkstad.sh").toString())
				.directory(Product.dir().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("DISPLAY", display);
		builder.environment().put("LANG", "C.UTF-8");
		builder.environment().put("HOME", Files.createTempDirectory("verkstad-home").toString());
		product = builder.start();

		String window = run(60, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Verkstad").strip();
		assertTrue(!window.isEmpty(), () -> "no Verkstad window; product log:\n" + read(log));
		Thread.sleep(1500); // let it paint
		Path screenshots = Paths.get(System.getProperty("verkstad.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
		Path shot = screenshots.resolve("workbench-window.png");
		run(30, "import", "-display", display, "-window", "root", shot.toString());
		assertTrue(Files.size(shot) > 20_000, "screenshot looks empty: " + Files.size(shot) + " bytes");
		// the window shows more than one colour: something was drawn
		String colours = run(30, "identify", "-format", "%k", shot.toString()).strip();
		assertTrue(Integer.parseInt(colours) > 50, "colours in screenshot: " + colours);
		assertTrue(product.isAlive(), () -> "the product ended:\n" + read(log));
		String title = run(10, "xdotool", "getwindowname", window.split("\n")[0]).strip();
		assertEquals("Verkstad", title);
	}

	private String run(int seconds, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		Process process = builder.start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return "";
		}
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}
}
