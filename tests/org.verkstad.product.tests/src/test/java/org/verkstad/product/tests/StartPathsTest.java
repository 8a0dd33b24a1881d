package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleException;
import org.verkstad.product.tests.Product.Run;

/**
 * The commands start two ways (issue 22): on a plain class path from the bundles listed in
 * {@code commands.classpath} (the default, quick), and inside the OSGi framework ({@code VERKSTAD_OSGI=1}, as
 * {@code serve} and the workbench always do). Every command gives the same output both ways, and the list
 * holds exactly what the headless bundles need.
 */
class StartPathsTest {

	/** Bundles found at run time rather than through a manifest: Log4j 2's implementation (its API looks it up). */
	private static final List<String> PROVIDERS = List.of("org.apache.logging.log4j.core");

	@TempDir
	Path temp;

	@Test
	void theCommandsClassPathHoldsWhatTheHeadlessBundlesNeed() throws IOException {
		Map<String, Attributes> bundles = new HashMap<>();
		Map<String, List<String>> exporters = new HashMap<>();
		try (Stream<Path> jars = Files.list(Product.dir().resolve("plugins"))) {
			for (Path jar : (Iterable<Path>) jars::iterator) {
				try (JarFile file = new JarFile(jar.toFile(), false)) {
					Attributes headers = file.getManifest().getMainAttributes();
					String name = clauses(headers, "Bundle-SymbolicName", false).get(0);
					bundles.put(name, headers);
					for (String exported : clauses(headers, "Export-Package", false)) {
						exporters.computeIfAbsent(exported, k -> new ArrayList<>()).add(name);
					}
				}
			}
		}
		Deque<String> todo = new ArrayDeque<>(PROVIDERS);
		bundles.keySet().stream().filter(StartPathsTest::isHeadless).forEach(todo::add);
		TreeSet<String> needed = new TreeSet<>();
		while (!todo.isEmpty()) {
			String name = todo.pop();
			Attributes headers = bundles.get(name);
			if (headers == null || !needed.add(name)) {
				continue;
			}
			todo.addAll(clauses(headers, "Require-Bundle", true));
			for (String imported : clauses(headers, "Import-Package", true)) {
				todo.addAll(exporters.getOrDefault(imported, List.of()));
			}
		}
		TreeSet<String> listed = new TreeSet<>(Files.readAllLines(Product.dir().resolve("commands.classpath")).stream()
				.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
		TreeSet<String> missing = new TreeSet<>(needed);
		missing.removeAll(listed);
		TreeSet<String> extra = new TreeSet<>(listed);
		extra.removeAll(needed);
		assertTrue(missing.isEmpty() && extra.isEmpty(), "features/org.verkstad.feature/rootfiles/commands.classpath lacks " + missing
				+ " and lists " + extra + " that nothing headless needs");
		assertTrue(listed.stream().noneMatch(name -> name.startsWith("org.eclipse.swt") || name.startsWith("org.eclipse.ui")
				|| name.startsWith("org.eclipse.jetty") || name.equals("org.verkstad.diagram.server")), listed::toString);
	}

	/** Verkstad's own bundles that run without a window or the diagram server. */
	private static boolean isHeadless(String name) {
		return name.startsWith("org.verkstad.") && !name.endsWith(".ui") && !name.startsWith("org.verkstad.nls.")
				&& !name.equals("org.verkstad.diagram.server");
	}

	/** A header's clauses as the framework reads them; those marked {@code resolution:=optional} left out when asked. */
	private static List<String> clauses(Attributes headers, String name, boolean requiredOnly) {
		List<String> values = new ArrayList<>();
		try {
			ManifestElement[] elements = ManifestElement.parseHeader(name, headers.getValue(name));
			for (ManifestElement element : elements == null ? new ManifestElement[0] : elements) {
				if (!requiredOnly || !"optional".equals(element.getDirective("resolution"))) {
					values.addAll(List.of(element.getValueComponents()));
				}
			}
		} catch (BundleException e) {
			throw new IllegalStateException(name + ": " + headers.getValue(name), e);
		}
		return values;
	}

	@Test
	void everyCommandGivesTheSameOutputOnBothStartPaths() throws Exception {
		Map<String, String> quick = battery(temp.resolve("flat"), Map.of());
		Map<String, String> framework = battery(temp.resolve("osgi"), Map.of("VERKSTAD_OSGI", "1"));
		assertEquals(framework.keySet(), quick.keySet(), "the same files are written both ways");
		List<String> differing = framework.keySet().stream().filter(key -> !framework.get(key).equals(quick.get(key))).toList();
		for (String key : differing) {
			assertEquals(framework.get(key), quick.get(key), key + " differs between the framework and the plain class path (and "
					+ differing.size() + " in all: " + differing + ")");
		}
		assertTrue(framework.keySet().stream().filter(key -> !key.startsWith("run ")).count() > 40, framework.keySet()::toString);
		// and they did their work: only the three mistakes at the end fail
		List<String> failed = quick.entrySet().stream().filter(run -> run.getKey().startsWith("run ") && !run.getValue().startsWith("exit 0"))
				.map(Map.Entry::getKey).sorted().toList();
		assertEquals(List.of("run export saknas.process", "run finns-inte",
				"run validate --okand"), failed, () -> failed.stream().map(quick::get).toList().toString());
	}

	/**
	 * Runs the commands over a copy of the examples in {@code root/kurs} and returns what each printed and
	 * what was written, paths relative to the root, and what changes with the time left out.
	 */
	private static Map<String, String> battery(Path root, Map<String, String> environment) throws Exception {
		Path course = Files.createDirectories(root.resolve("kurs"));
		Files.createDirectories(root.resolve("inlamningar"));
		try (Stream<Path> examples = Files.list(Product.dir().resolve("examples"))) {
			for (Path example : (Iterable<Path>) examples::iterator) {
				Files.copy(example, course.resolve(example.getFileName()));
			}
		}
		Map<String, String> env = new HashMap<>(environment);
		env.put("LANG", "C.UTF-8");
		env.put("VERKSTAD_PACKS", root.resolve("paket").toString());
		List<List<String>> commands = List.of(List.of("--version"), List.of("--help"), List.of("export", "--help"),
				List.of("--lang", "sv", "validate", "."), List.of("validate", "."), List.of("info", "bygglov-nulage.process"),
				List.of("--lang", "nb", "info", "bygga-hus-bygglov.journey"),
				List.of("compare", "bygglov-nulage.process", "bygglov-malbild.process"),
				List.of("convert", "bibliotek.swot", "bibliotek.xmi"), List.of("convert", "bibliotek.xmi", "tillbaka.swot"),
				List.of("format", "--check", "."), List.of("export", ".", "--format", "svg", "--out", "svg"),
				List.of("export", "bygglov-nulage.process", "--format", "png", "--out", "png"),
				List.of("export", "bibliotek.swot", "--format", "pdf", "--out", "pdf"),
				List.of("export", "bygglov-nulage.process", "bygglov-malbild.process", "--format", "bpmn", "--out", "bpmn"),
				List.of("export", "handlaggare-umea.boxes", "--format", "xlsx", "--out", "xlsx"),
				List.of("import", "bpmn/bygglov-nulage.process.bpmn", "--out", "importerad.process"),
				List.of("--lang", "sv", "import", "aktivitetslista-mall.xlsx", "--out", "lista.process"),
				List.of("report", ".", "--format", "html", "--out", "rapport"),
				List.of("report", "bygglov-nulage.process", "--format", "pdf", "--out", "rapport"),
				List.of("report", "bibliotek.swot", "--format", "docx", "--out", "rapport"),
				List.of("dashboard", ".", "--format", "csv", "--out", "nyckeltal.csv"),
				List.of("--lang", "sv", "pack", "create", ".", "--out", "../kurs.vpack", "--title", "VM HT26"),
				List.of("pack", "install", "../kurs.vpack"), List.of("pack", "list"),
				List.of("new", "--template", "vm-ht26-1:bibliotek.swot", "ny.swot"),
				List.of("--lang", "sv", "check", "--pack", "../kurs.vpack", ".", "--out", "../svar.csv"),
				List.of("handin", "create", ".", "--participant", "Anna Andersson", "--out", "../inlamningar/anna.vhandin"),
				List.of("--lang", "sv", "handin", "import", "../inlamningar", "--into", "../larare"),
				List.of("finns-inte"), List.of("export", "saknas.process"), List.of("validate", "--okand"));
		Map<String, String> seen = new TreeMap<>();
		for (List<String> command : commands) {
			Run run = Product.run(course, env, command.toArray(String[]::new));
			seen.put("run " + String.join(" ", command), run.toString().replace(root.toString(), "ROOT"));
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				String name = root.relativize(file).toString();
				seen.put(name, normalized(name, Files.readAllBytes(file)));
			}
		}
		return seen;
	}

	/**
	 * A file's content with what depends on the moment left out: a PDF's /ID and dates, an Office file's
	 * creation time; archives (packs, hand-ins, Office files) entry by entry.
	 */
	private static String normalized(String name, byte[] content) throws IOException {
		if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
			StringBuilder entries = new StringBuilder();
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					entries.append("== ").append(entry.getName()).append('\n')
							.append(normalized(entry.getName(), zip.readAllBytes())).append('\n');
				}
			}
			return entries.toString();
		}
		String text = new String(content, StandardCharsets.ISO_8859_1);
		if (name.endsWith(".pdf")) {
			return text.replaceAll("/ID \\[<[0-9A-F]+> ?<[0-9A-F]+>\\]", "/ID").replaceAll("\\(D:[0-9+\\-Z']+\\)", "(D:)");
		}
		return text.replaceAll("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?Z?)?", "TIME");
	}
}
