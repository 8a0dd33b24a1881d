package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Validation;
import org.verkstad.testsupport.Listener;

/**
 * An untrusted XMI file never makes Verkstad open an address outside the model's folder: unknown
 * namespaces, schema locations and links to {@code http:}, {@code jar:http:}, {@code archive:http:} or
 * a metamodel beside the file are not followed while the file is read, checked and converted. A local
 * listener stands for the network: it must see no connection.
 */
class NoNetworkTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static Listener listener;

	@TempDir
	Path dir;

	@BeforeAll
	static void listen() throws Exception {
		listener = new Listener();
	}

	@AfterAll
	static void stop() throws Exception {
		listener.close();
	}

	/** A process with a step that links (cross-file) to {@code href}. */
	private static String linkingTo(String href) {
		return HEAD + "<process:ProcessModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
				+ "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:process=\"http://verkstad.org/2026/process\"\n"
				+ "    id=\"bygglov\" name=\"Bygglov\">\n"
				+ "  <nodes xsi:type=\"process:Activity\" id=\"kontrollerar\" name=\"Kontrollerar om ansökan är komplett\">\n"
				+ "    <links kind=\"stops\"><target xsi:type=\"process:Activity\" href=\"" + href + "\"/></links>\n"
				+ "  </nodes>\n</process:ProcessModel>\n";
	}

	static Stream<Arguments> hostile() {
		String web = "http://127.0.0.1:" + listener.port();
		return Stream.of(
				Arguments.of("unknown-namespace.xmi", HEAD + "<evil:Model xmlns:evil=\"" + web + "/evil.ecore\" id=\"x\" name=\"x\"/>\n"),
				Arguments.of("unknown-namespace-with-location.xmi", HEAD + "<evil:Model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
						+ " xmlns:evil=\"urn:evil\" xsi:schemaLocation=\"urn:evil " + web + "/evil.ecore\" id=\"x\" name=\"x\"/>\n"),
				Arguments.of("schema-location.xmi", linkingTo("andra.process#a").replace("id=\"bygglov\"",
						"xsi:schemaLocation=\"http://verkstad.org/2026/process " + web + "/process.ecore\" id=\"bygglov\"")),
				Arguments.of("http-link.xmi", linkingTo(web + "/karta.xmi#a")),
				Arguments.of("jar-link.xmi", linkingTo("jar:" + web + "/karta.jar!/karta.xmi#a")),
				Arguments.of("archive-link.xmi", linkingTo("archive:" + web + "/karta.zip!/karta.xmi#a")),
				Arguments.of("unc-link.xmi", linkingTo("file://127.0.0.1/share/karta.xmi#a")),
				Arguments.of("ecore-beside.xmi", HEAD + "<evil:Model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
						+ " xmlns:evil=\"urn:evil\" xsi:schemaLocation=\"urn:evil evil.ecore\" id=\"x\" name=\"x\"/>\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void readingCheckingAndConvertingOpensNoAddress(String name, String content) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("evil.ecore"), HEAD + "<ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\""
				+ " name=\"evil\" nsURI=\"urn:evil\" nsPrefix=\"evil\"><eClassifiers xsi:type=\"ecore:EClass\" name=\"Model\""
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/></ecore:EPackage>\n");
		int before = listener.requests().size();
		try {
			Model model = ModelIO.load(file);
			EcoreUtil.resolveAll(model.eResource().getResourceSet());
			List<Finding> findings = Validation.validate(model.eResource());
			assertTrue(model.eResource().getResourceSet().getResources().stream()
					.allMatch(r -> r.getContents().isEmpty() || r.getURI().isFile() && !r.getURI().hasAuthority()
							&& List.of("xmi", "process").contains(r.getURI().fileExtension())),
					"nothing but model files was read");
			assertFalse(findings.isEmpty() && name.contains("link"), "a link that leads outside is reported");
			try {
				ModelIO.save(model, dir.resolve(name.replace(".xmi", ".process")));
			} catch (ModelFileException unresolvedLink) {
				assertEquals("io.writeError", unresolvedLink.key());
			}
		} catch (ModelFileException refused) {
			assertTrue(refused.key().equals("io.foreign") || refused.key().equals("io.unresolved")
					|| refused.key().equals("io.malformed"), refused.key() + ": " + refused.getMessage());
		}
		assertEquals(List.of(), listener.requests().subList(before, listener.requests().size()), "no request was made");
	}
}
