package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.product.tests.Product.Run;

/**
 * The headless commands need no diagram server: a copy of the product without the server bundle, GLSP's
 * server, Jetty and the websocket validates, exports, reports, makes a pack and checks hand-ins, and
 * {@code serve} says in one sentence that it is not installed. This keeps {@code validate} and
 * {@code export} from pulling the server in again (they did until the diagram bundle was split).
 */
class HeadlessWithoutServerTest {

	/** What the diagram server brings, by the start of the bundles' names. */
	private static final List<String> SERVER = List.of("org.verkstad.diagram.server,", "org.verkstad.ui,",
			"wrapped.org.eclipse.glsp.org.eclipse.glsp.server", "org.eclipse.jetty.", "jakarta.websocket", "jakarta.servlet",
			"org.eclipse.lsp4j.websocket");

	@TempDir
	static Path temp;

	private static Path product;

	@BeforeAll
	static void copyTheProductWithoutTheServer() throws IOException {
		product = temp.resolve("verkstad");
		Path original = Product.dir();
		try (Stream<Path> files = Files.walk(original)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path copy = product.resolve(original.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else if (file.startsWith(original.resolve("configuration"))) {
					// the framework's state is made anew from the shortened list below
					if (file.getParent().equals(original.resolve("configuration"))
							|| file.startsWith(original.resolve("configuration/org.eclipse.equinox.simpleconfigurator"))) {
						Files.copy(file, copy);
					}
				} else {
					link(file, copy);
				}
			}
		}
		Path list = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		List<String> bundles = Files.readAllLines(list);
		List<String> kept = bundles.stream().filter(line -> SERVER.stream().noneMatch(line::startsWith)).toList();
		assertTrue(bundles.stream().anyMatch(line -> line.startsWith("org.verkstad.diagram.server,")), "the product has a server to leave out");
		assertTrue(kept.size() < bundles.size() - 20, "the server, Jetty and the websocket are left out");
		Files.write(list, kept);
		try (Stream<Path> jars = Files.list(product.resolve("plugins"))) {
			for (Path jar : (Iterable<Path>) jars::iterator) {
				String name = jar.getFileName().toString();
				if (name.startsWith("org.verkstad.diagram.server_") || name.startsWith("org.eclipse.jetty.")
						|| name.startsWith("wrapped.org.eclipse.glsp.org.eclipse.glsp.server")) {
					Files.delete(jar);
				}
			}
		}
	}

	/** A hard link where the file system allows one (the product is large), else a copy. */
	private static void link(Path file, Path copy) throws IOException {
		try {
			Files.createLink(copy, file);
		} catch (FileSystemException | UnsupportedOperationException e) {
			Files.copy(file, copy);
		}
	}

	private static Run run(Path work, String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(product.resolve("verkstad.sh").toString()));
		command.addAll(List.of(arguments));
		return Product.run(work, Map.of("LANG", "C.UTF-8", "HOME", temp.resolve("home").toString()), command);
	}

	@Test
	void validateExportReportPackAndCheckRunWithoutTheServer() throws Exception {
		Path work = Files.createDirectories(temp.resolve("arbete"));
		Path models = Files.createDirectories(work.resolve("inlamningar/anna"));
		try (Stream<Path> examples = Files.list(product.resolve("examples"))) {
			for (Path example : (Iterable<Path>) examples::iterator) {
				Files.copy(example, models.resolve(example.getFileName()));
			}
		}
		Run validate = run(work, "validate", "inlamningar/anna");
		assertEquals(0, validate.exit(), validate::toString);
		Run export = run(work, "export", "inlamningar/anna", "--out", "ut");
		assertEquals(0, export.exit(), export::toString);
		assertTrue(Files.size(work.resolve("ut/bygglov-nulage.process.pdf")) > 1000, export::toString);
		Run svg = run(work, "export", "inlamningar/anna/bibliotek.swot", "--format", "svg", "--out", "svg");
		assertEquals(0, svg.exit(), svg::toString);
		Run report = run(work, "report", "inlamningar", "--format", "docx", "--out", "rapporter");
		assertEquals(0, report.exit(), report::toString);
		assertTrue(Files.isRegularFile(work.resolve("rapporter/anna.report.docx")), report::toString);
		Run pack = run(work, "pack", "create", "inlamningar/anna", "--out", "kurs.vpack", "--title", "VM HT26");
		assertEquals(0, pack.exit(), pack::toString);
		Run check = run(work, "check", "--pack", "kurs.vpack", "inlamningar", "--out", "svar.csv");
		assertTrue(check.exit() <= 1, check::toString);
		assertTrue(Files.isRegularFile(work.resolve("svar.csv")), check::toString);
		for (Run each : List.of(validate, export, svg, report, pack, check)) {
			assertFalse(each.err().contains("Exception") || each.err().contains("\tat "), each::toString);
		}
	}

	@Test
	void serveSaysTheServerIsNotInstalled() throws Exception {
		Run serve = run(temp, "--lang", "sv", "serve", ".");
		assertEquals(2, serve.exit(), serve::toString);
		assertEquals("Den här installationen av Verkstad saknar diagramservern (paketet org.verkstad.diagram.server) och kan"
				+ " därför inte visa diagram i webbläsaren. Övriga kommandon fungerar.\n", serve.err());
	}
}
