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
 * What the workbench tests share: an X server (Xvfb) per test, the product started as a user starts it,
 * the keyboard and mouse (xdotool), screenshots ({@code target/screenshots}).
 */
abstract class WorkbenchTestBase {

	protected Process xvfb;
	protected Process product;
	protected String display;
	/** The user's home and the product's log of a test, deleted after it. */
	protected final List<Path> temporary = new java.util.ArrayList<>();

	@BeforeEach
	void startXServer() throws Exception {
		int number = 90 + new java.util.Random().nextInt(400);
		while (Files.exists(Paths.get("/tmp/.X11-unix/X" + number)) || Files.exists(Paths.get("/tmp/.X" + number + "-lock"))) {
			number++;
		}
		display = ":" + number;
		xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MIN_WAIT_SECONDS);
		while (!Files.exists(Paths.get("/tmp/.X11-unix/X" + number))) {
			assertTrue(xvfb.isAlive(), "Xvfb did not start (is the package xvfb installed?)");
			assertTrue(System.nanoTime() < deadline, "Xvfb did not start in " + MIN_WAIT_SECONDS + " s");
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
		for (Path path : temporary) {
			if (Files.exists(path)) {
				try (java.util.stream.Stream<Path> files = Files.walk(path)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
				}
			}
		}
	}

	/**
	 * Waits (at least {@link #MIN_WAIT_SECONDS}) until a window of that name (a regular expression) other
	 * than those in {@code not} is shown, and gives it the keyboard: a key pressed before a dialog is up
	 * goes elsewhere, which a fixed pause cannot rule out on a loaded machine. Returns the window's id.
	 */
	protected String focusWindow(String name, java.util.Set<String> not, java.util.function.Supplier<String> what)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MIN_WAIT_SECONDS);
		while (true) {
			String found = run(10, "xdotool", "search", "--onlyvisible", "--name", name).lines()
					.filter(id -> !id.isBlank() && !not.contains(id.strip())).reduce((a, b) -> b).orElse(null);
			if (found != null) {
				run(10, "xdotool", "windowfocus", "--sync", found.strip());
				Thread.sleep(300); // the focus reaches the dialog's default widget
				return found.strip();
			}
			assertTrue(System.nanoTime() < deadline, what);
			Thread.sleep(200);
		}
	}

	/** The ids of the windows of that name (a regular expression) shown now. */
	protected java.util.Set<String> windows(String name) throws IOException, InterruptedException {
		return run(10, "xdotool", "search", "--onlyvisible", "--name", name).lines().map(String::strip)
				.filter(id -> !id.isEmpty()).collect(java.util.stream.Collectors.toSet());
	}

	/** Waits until no window of that name (a regular expression) is shown. */
	protected void waitForNoWindow(String name, int seconds, java.util.function.Supplier<String> what)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(seconds, MIN_WAIT_SECONDS));
		while (!run(10, "xdotool", "search", "--onlyvisible", "--name", name).isBlank()) {
			assertTrue(System.nanoTime() < deadline, what);
			Thread.sleep(500);
		}
	}

	/** File › Export… (its mnemonic O), then the wizard of that name, until its window is up. */
	protected void openExportWizard(String name, String title, Path log) throws Exception {
		run(10, "xdotool", "key", "--delay", "500", "alt+f", "o");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "^Export").isBlank(),
				() -> "no export wizards; log:\n" + read(log));
		Thread.sleep(1000);
		run(10, "xdotool", "type", "--delay", "50", name);
		Thread.sleep(1000);
		run(10, "xdotool", "key", "--delay", "300", "Down", "Return");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", title).isBlank(),
				() -> "no " + name + " wizard; log:\n" + read(log));
		Thread.sleep(1000);
	}

	/** A workbench started with the course examples open: the user's home, the product's log, the window, the project. */
	protected record Examples(Path home, Path log, String window, Path project) {
	}

	/**
	 * Starts the workbench in a home of its own and opens the course examples from the welcome page,
	 * until the as-is process map is drawn in its editor.
	 */
	protected Examples openCourseExamples(String shot) throws Exception {
		return openCourseExamples(shot, java.util.Map.of());
	}

	/** The course examples opened in a workbench started with more variables in its environment. */
	protected Examples openCourseExamples(String shot, java.util.Map<String, String> environment) throws Exception {
		Path home = Files.createTempDirectory("verkstad-home");
		Path log = Files.createTempFile("verkstad-gui", ".log");
		String window = startWorkbench(environment, home, log);
		Thread.sleep(1500);
		run(10, "xdotool", "mousemove", "--sync", "457", "279", "click", "1");
		Path project = home.resolve("Verkstad/kursexempel");
		waitFor(() -> Files.isRegularFile(project.resolve("bygglov-nulage.process")) && Files.isRegularFile(project.resolve("bibliotek.swot")),
				30, "the course examples from the welcome page");
		Thread.sleep(3000);
		waitForActivities(true, shot, 60, () -> "the example process map was not drawn; log:\n" + read(log));
		return new Examples(home, log, window, project);
	}

	/**
	 * Waits until the value-adding steps' green (#D7F0D0) is on the screen (a process map drawn) or gone
	 * from it (another page, or the step no longer value-adding), taking a screenshot each second.
	 */
	protected void waitForActivities(boolean shown, String shot, int seconds, java.util.function.Supplier<String> what)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(seconds, MIN_WAIT_SECONDS));
		while (shown ? pixels(screenshot(shot), "D7F0D0") < 2000 : pixels(screenshot(shot), "D7F0D0") > 100) {
			assertTrue(System.nanoTime() < deadline, what);
			Thread.sleep(1000);
		}
	}

	/** A test of a screenshot (it may take more screenshots or run commands). */
	protected interface ScreenTest {
		boolean test(Path shot) throws IOException, InterruptedException;
	}

	/** Takes a screenshot each second until it shows what is asked for, at most {@link #MIN_WAIT_SECONDS}. */
	protected Path waitForScreen(String shot, ScreenTest shows, java.util.function.Supplier<String> what)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MIN_WAIT_SECONDS);
		while (true) {
			Path taken = screenshot(shot);
			if (shows.test(taken)) {
				return taken;
			}
			assertTrue(System.nanoTime() < deadline, what);
			Thread.sleep(1000);
		}
	}

	/** Drags with the mouse from one point to another in steps of 10 pixels, as a hand would, and lets it settle. */
	protected void drag(int fromX, int fromY, int toX, int toY) throws IOException, InterruptedException {
		run(10, "xdotool", "mousemove", "--sync", String.valueOf(fromX), String.valueOf(fromY), "mousedown", "1");
		for (int x = fromX + 10; x <= toX; x += 10) {
			run(10, "xdotool", "mousemove", "--sync", String.valueOf(x), String.valueOf(toY));
			Thread.sleep(100);
		}
		run(10, "xdotool", "mouseup", "1");
		Thread.sleep(1500);
	}

	/** The windows of the workbench's process shown now (its shells, popups and menus included). */
	protected java.util.Set<String> popups() throws IOException, InterruptedException {
		return run(10, "xdotool", "search", "--onlyvisible", "--class", "Verkstad").lines().map(String::strip)
				.filter(id -> !id.isEmpty()).collect(java.util.stream.Collectors.toSet());
	}

	/** Ctrl+L on the text page: the caret to a line. */
	protected void goToLine(int line) throws IOException, InterruptedException {
		run(10, "xdotool", "key", "ctrl+l");
		assertTrue(!run(30, "xdotool", "search", "--sync", "--onlyvisible", "--name", "Go to Line").isBlank(), "the Go to Line dialog");
		Thread.sleep(500);
		run(10, "xdotool", "type", "--delay", "50", String.valueOf(line));
		run(10, "xdotool", "key", "Return");
		Thread.sleep(500);
	}

	/** Ctrl+Z and Ctrl+S until the saved file is as it was, at most {@code steps} times. */
	protected void undoUntil(Path model, String original, int steps, String what) throws IOException, InterruptedException {
		for (int step = 0; step < steps && !read(model).equals(original); step++) {
			run(10, "xdotool", "key", "--delay", "300", "ctrl+z", "ctrl+s");
			Thread.sleep(1500);
		}
		assertEquals(original, read(model), what);
	}

	/** Starts verkstad.sh without arguments, as a user does, in English with its own home; the window's id. */
	protected String startWorkbench(Path home, Path log, String... arguments) throws IOException, InterruptedException {
		return startWorkbench(java.util.Map.of(), home, log, arguments);
	}

	/** The workbench started with more variables in its environment. */
	protected String startWorkbench(java.util.Map<String, String> environment, Path home, Path log, String... arguments)
			throws IOException, InterruptedException {
		temporary.add(home);
		temporary.add(log);
		List<String> command = new java.util.ArrayList<>(List.of(Product.dir().resolve("verkstad.sh").toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command)
				.directory(Product.dir().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("DISPLAY", display);
		builder.environment().put("LANG", "C.UTF-8");
		builder.environment().put("HOME", home.toString());
		// Java's user.home is the account's, not $HOME: the installed template packs of the test stay in its home
		builder.environment().put("VERKSTAD_PACKS", home.resolve(".verkstad/packs").toString());
		builder.environment().putAll(environment);
		product = builder.start();
		String window = workbenchWindow(log);
		// no session bus here (Xvfb): SWT's session manager is off instead of printing two lines about dbus-launch
		assertTrue(!read(log).contains("SessionManagerDBus"), () -> "the start printed:\n" + read(log));
		return window;
	}

	/**
	 * The workbench's window, once it is there to stay: a window named "Verkstad" that still has that name
	 * a second later (on a loaded machine a window found by name was once gone before the next command:
	 * X's BadWindow).
	 */
	private String workbenchWindow(Path log) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (true) {
			String found = run(180, "xdotool", "search", "--sync", "--onlyvisible", "--name", "^Verkstad").strip();
			for (String id : found.split("\n")) {
				if (!id.isBlank() && id.strip().chars().allMatch(Character::isDigit)
						&& "Verkstad".equals(run(10, "xdotool", "getwindowname", id.strip()).strip())) {
					Thread.sleep(1000);
					if ("Verkstad".equals(run(10, "xdotool", "getwindowname", id.strip()).strip())) {
						return id.strip();
					}
				}
			}
			assertTrue(System.nanoTime() < deadline, () -> "no Verkstad window; product log:\n" + read(log));
			Thread.sleep(500);
		}
	}

	protected Path screenshot(String name) throws IOException, InterruptedException {
		Path screenshots = Paths.get(System.getProperty("verkstad.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
		Path shot = screenshots.resolve(name);
		run(30, "import", "-display", display, "-window", "root", shot.toString());
		assertTrue(Files.size(shot) > 20_000, "screenshot looks empty: " + Files.size(shot) + " bytes");
		return shot;
	}

	/** How many pixels of a colour (hex, e.g. "D7F0D0") a screenshot has. */
	protected int pixels(Path shot, String colour) throws IOException, InterruptedException {
		String count = run(30, "convert", shot.toString(), "-fill", "black", "+opaque", "#" + colour, "-fill", "white",
				"-opaque", "#" + colour, "-format", "%[fx:int(mean*w*h+0.5)]", "info:").strip();
		return count.isEmpty() ? 0 : Integer.parseInt(count);
	}

	/**
	 * The least time a test waits for something to appear: a 2-core machine under load (a build beside
	 * it, or {@code tests/stress.sh}) may take many times as long as an idle one, and a test must fail only
	 * when something never happens. The numbers the tests give are what they expect on an idle machine.
	 */
	protected static final int MIN_WAIT_SECONDS = 150;

	protected static void waitFor(java.util.function.BooleanSupplier condition, int seconds, String what) throws InterruptedException {
		int limit = Math.max(seconds, MIN_WAIT_SECONDS);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limit);
		while (!condition.getAsBoolean()) {
			assertTrue(System.nanoTime() < deadline, what + " did not appear in " + limit + " s");
			Thread.sleep(200);
		}
	}

	/**
	 * Runs a command (xdotool, import) against the test's X server; one that waits for a window
	 * ({@code search --sync}) waits at least {@link #MIN_WAIT_SECONDS}.
	 */
	protected String run(int seconds, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		Process process = builder.start();
		int limit = List.of(command).contains("--sync") && List.of(command).contains("search") ? Math.max(seconds, MIN_WAIT_SECONDS)
				: seconds;
		if (!process.waitFor(limit, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return "";
		}
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	protected static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}
}
