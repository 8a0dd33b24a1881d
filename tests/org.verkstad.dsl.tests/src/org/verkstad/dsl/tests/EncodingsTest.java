package org.verkstad.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.TextEncoding;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.process.ProcessModel;

/**
 * Text files as other tools save them: Windows-1252 (older Windows tools), UTF-8 with a byte-order mark
 * (Notepad), UTF-16 (Notepad's "Unicode"). Every letter survives reading and the first save, which
 * writes UTF-8; a file that is not UTF-8 gets a warning saying so.
 */
class EncodingsTest {

	/** From the course's permit process: å, ä, ö in names, a description and a comment. */
	private static final String PERMIT = """
			// Nuläge, skrivet av handläggaren på miljö- och byggförvaltningen
			process bygglov "Bygglov – nuläge" {
				lane medborgare "Sökande" {
					start s "Behöver bygglov"
					activity skickar "Skickar ansökan" { description "Pappersblankett med post, ofta ofullständig" }
				}
				lane handläggare "Handläggare" {
					activity kontrollerar "Kontrollerar om ansökan är komplett"
					end e "Beslut är fattat"
				}
				flow f1 s -> skickar
				flow f2 skickar -> kontrollerar
				flow f3 kontrollerar -> e
			}
			""";

	@TempDir
	Path dir;

	@Test
	void aWindows1252FileIsReadWithItsLettersAndSavedAsUtf8WithoutLosingAny() throws Exception {
		Path file = dir.resolve("bygglov.process");
		Files.write(file, PERMIT.getBytes(Charset.forName("windows-1252")));
		Model model = ModelIO.load(file);
		ProcessModel process = (ProcessModel) model;
		assertEquals("Bygglov – nuläge", process.getName());
		assertEquals("Kontrollerar om ansökan är komplett", process.getLanes().get(1).getNodes().get(0).getName());
		List<Finding> findings = Validation.validate(model.eResource());
		Finding hint = findings.stream().filter(f -> f.code().equals("core.file.problem")).findFirst().orElseThrow();
		assertEquals(Severity.WARNING, hint.severity(), findings::toString);
		assertEquals(1, hint.line());
		assertFalse(Validation.hasErrors(findings), findings::toString);

		process.getLanes().get(0).setName("Sökande medborgare");
		ModelIO.save(model, file);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertFalse(saved.contains("\uFFFD"), saved);
		assertTrue(saved.contains("// Nuläge, skrivet av handläggaren på miljö- och byggförvaltningen"), saved);
		assertTrue(saved.contains("\"Sökande medborgare\""), saved);
		assertTrue(saved.contains("\"Pappersblankett med post, ofta ofullständig\""), saved);
		assertEquals(PERMIT.replace("\"Sökande\"", "\"Sökande medborgare\""), saved, "nothing else changed");
		assertEquals(List.of(), problems(ModelIO.load(file)), "saved as UTF-8: no warning any more");
	}

	@Test
	void theHintIsInTheUsersLanguage() throws Exception {
		Path file = dir.resolve("latin.process");
		Files.write(file, PERMIT.getBytes(StandardCharsets.ISO_8859_1));
		try {
			System.setProperty(Languages.PROPERTY, "sv");
			Finding sv = Validation.validate(ModelIO.load(file).eResource()).get(0);
			assertEquals("Filen är inte i UTF-8: den lästes som Windows-1252 (Latin-1) och sparas som UTF-8 (å, ä och ö finns kvar).",
					sv.message(Languages.SWEDISH));
			System.setProperty(Languages.PROPERTY, "en");
			Finding en = Validation.validate(ModelIO.load(file).eResource()).get(0);
			assertEquals("The file is not in UTF-8: it was read as Windows-1252 (Latin-1), and it will be saved as UTF-8 (å, ä and ö are kept).",
					en.message(Languages.ENGLISH));
		} finally {
			System.clearProperty(Languages.PROPERTY);
		}
	}

	@Test
	void aUtf8FileWithAByteOrderMarkIsReadAsIfItHadNone() throws Exception {
		Path file = dir.resolve("bom.process");
		byte[] text = PERMIT.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(file, withBom);
		Model model = ModelIO.load(file);
		assertEquals(List.of(), problems(model));
		assertEquals("Bygglov – nuläge", model.getName());
		ModelIO.save(model, file);
		assertArrayEquals(text, Files.readAllBytes(file), "saved as plain UTF-8");
	}

	@Test
	void aUtf16FileWithAByteOrderMarkIsRead() throws Exception {
		Path file = dir.resolve("unicode.process");
		Files.write(file, ("\uFEFF" + PERMIT).getBytes(StandardCharsets.UTF_16LE));
		Model model = ModelIO.load(file);
		assertEquals("Bygglov – nuläge", model.getName());
		List<Finding> findings = problems(model);
		assertEquals(1, findings.size(), findings::toString);
		assertEquals(Severity.WARNING, findings.get(0).severity());
		ModelIO.save(model, file);
		assertEquals(PERMIT, Files.readString(file, StandardCharsets.UTF_8));
	}

	/** The errors and warnings (not the hints: the permit map above has no times, on purpose). */
	private static List<Finding> problems(Model model) {
		return Validation.validate(model.eResource()).stream().filter(f -> f.severity() != Severity.HINT).toList();
	}

	@Test
	void noByteBecomesAReplacementCharacter() {
		byte[] all = new byte[256];
		for (int i = 0; i < 256; i++) {
			all[i] = (byte) i;
		}
		TextEncoding.Decoded decoded = TextEncoding.decode(all);
		assertEquals(TextEncoding.WINDOWS_1252, decoded.charset());
		assertEquals(256, decoded.text().length());
		assertFalse(decoded.text().contains("\uFFFD"));
		assertEquals("åäöÅÄÖ€", TextEncoding.decode(new byte[] { (byte) 0xe5, (byte) 0xe4, (byte) 0xf6, (byte) 0xc5, (byte) 0xc4,
				(byte) 0xd6, (byte) 0x80 }).text());
		assertEquals(StandardCharsets.UTF_8, TextEncoding.decode("åäö".getBytes(StandardCharsets.UTF_8)).charset());
	}
}
