package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.testsupport.Examples;

/**
 * A corpus of broken and hostile files: each one gives its own clear message, with the line where
 * there is one, in Swedish and English, and the file is left exactly as it was.
 */
class BrokenFilesTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String PROCESS = "<process:ProcessModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
			+ "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:process=\"http://verkstad.org/2026/process\"\n";

	@TempDir
	static Path dir;

	/** name, content, expected key, expected line (0: about the whole file, -1: any line > 0) */
	static Stream<Arguments> corpus() throws Exception {
		String example = exampleAsXmi();
		return Stream.of(
				Arguments.of("empty.xmi", "", "io.empty", 0),
				Arguments.of("blank.xmi", "  \n\n\t ", "io.empty", 0),
				Arguments.of("picture.xmi", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", "io.notXml", 1),
				Arguments.of("notes.xmi", "Möte med kundtjänst, tisdag", "io.notXml", 1),
				Arguments.of("truncated.xmi", example.substring(0, example.length() / 2), "io.truncated", -1),
				Arguments.of("garbled.xmi", HEAD + PROCESS + "  id=\"p\" name=\"x\">\n  <lanes id=\"l\" name=\"L\">\n</process:ProcessModel>\n",
						"io.malformed", 6),
				Arguments.of("webpage.xmi", HEAD + "<html><body>Hej</body></html>\n", "io.foreign", 2),
				Arguments.of("other-tool.xmi", HEAD + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>\n",
						"io.foreign", 2),
				Arguments.of("xxe.xmi", HEAD + "<!DOCTYPE p [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" + PROCESS
						+ "  id=\"p\" name=\"&secret;\"/>\n", "io.doctype", -1),
				Arguments.of("laughs.xmi", HEAD + "<!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
						+ PROCESS + "  id=\"p\" name=\"&b;\"/>\n", "io.doctype", -1),
				Arguments.of("unknown-kind.xmi", HEAD + PROCESS + "  id=\"p\" name=\"x\">\n  <nodes xsi:type=\"process:Robot\" id=\"r\"/>\n"
						+ "</process:ProcessModel>\n", "io.unknownKind", 5),
				Arguments.of("unknown-property.xmi", HEAD + PROCESS + "  id=\"p\" name=\"x\" colour=\"blå\"/>\n", "io.unknownFeature", 4),
				Arguments.of("bad-enum.xmi", HEAD + PROCESS + "  id=\"p\" name=\"x\" state=\"ibland\"/>\n", "io.illegalValue", 4),
				Arguments.of("bad-number.xmi", HEAD + PROCESS + "  id=\"p\" name=\"x\">\n  <nodes xsi:type=\"process:Activity\" id=\"a\""
						+ " processingTime=\"en kvart\"/>\n</process:ProcessModel>\n", "io.illegalValue", 5),
				Arguments.of("dangling.xmi", HEAD + PROCESS + "  id=\"p\" name=\"x\">\n  <nodes xsi:type=\"process:StartEvent\" id=\"s\"/>\n"
						+ "  <flows id=\"f\" source=\"s\" target=\"finns-inte\"/>\n</process:ProcessModel>\n", "io.unresolved", 6),
				Arguments.of("not-a-model.xmi", HEAD + "<core:Link xmlns:core=\"http://verkstad.org/2026/core\" kind=\"stops\"/>\n",
						"io.foreign", -1),
				// text files
				Arguments.of("empty.process", "\n \n", "io.empty", 0),
				Arguments.of("picture.swot", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", "io.notText", 1),
				Arguments.of("letter.journey", "Hej!\n\nHär kommer min kundresa.\n", "io.textSyntax", 1),
				Arguments.of("xml.boxes", HEAD + "<boxes/>\n", "io.textSyntax", 1),
				Arguments.of("only-comment.process", "// bara en kommentar\n", "io.textSyntax", -1));
	}

	/** The first process example as XMI, for the XMI cases. */
	private static String exampleAsXmi() throws Exception {
		Path xmi = Files.createTempFile("example", ".xmi");
		ModelIO.save(ModelIO.load(Examples.first(".process")), xmi);
		String content = Files.readString(xmi);
		Files.delete(xmi);
		return content;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void brokenFileGivesAClearErrorAndStaysUntouched(String name, String content, String key, int line) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, content.getBytes(name.startsWith("picture.") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
		assertFailsCleanly(file, key, line);
	}

	@org.junit.jupiter.api.Test
	void aModelOfMoreElementsThanVerkstadReadsIsRefusedWithAMessage() throws Exception {
		Path file = dir.resolve("enorm.swot");
		StringBuilder text = new StringBuilder("swot enorm \"Enorm\" {\n\tstrengths {\n");
		for (int i = 0; i <= ModelIO.MAX_ELEMENTS; i++) {
			text.append("\t\titem s").append(i).append(" \"Punkt ").append(i).append("\"\n");
		}
		Files.writeString(file, text.append("\t}\n}\n"), StandardCharsets.UTF_8);
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelIO.load(file));
		assertEquals("io.tooManyElements", e.key());
		assertTrue(e.message(Languages.SWEDISH).startsWith("Modellen har fler än 100") && e.message(Languages.SWEDISH).contains("000 element"),
				e.message(Languages.SWEDISH));
		assertTrue(e.message(Locale.ENGLISH).startsWith("The model has more than 100,000 elements"), e.message(Locale.ENGLISH));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("specialFiles")
	void specialFileGivesAClearError(String name, String key) throws Exception {
		Path file = dir.resolve(name);
		if (name.equals("folder.xmi")) {
			Files.createDirectories(file);
		} else if (name.equals("model.docx")) {
			Files.copy(Examples.first(".process"), file);
		} else if (name.equals("huge.xmi")) {
			try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
				raf.write('<');
				raf.setLength(ModelIO.MAX_FILE_SIZE + 1); // sparse: takes no disk space
			}
		}
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelIO.load(file));
		assertEquals(key, e.key());
		assertMessagesReadable(e);
	}

	static Stream<Arguments> specialFiles() {
		return Stream.of(Arguments.of("missing.xmi", "io.notFound"), Arguments.of("folder.xmi", "io.notAFile"),
				Arguments.of("huge.xmi", "io.tooLarge"), Arguments.of("model.docx", "io.extension"));
	}

	private static void assertFailsCleanly(Path file, String key, int line) throws Exception {
		byte[] before = Files.readAllBytes(file);
		FileTime modified = FileTime.fromMillis(1_600_000_000_000L);
		Files.setLastModifiedTime(file, modified);
		List<Path> filesBefore = list(file.getParent());

		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelIO.load(file));

		assertEquals(key, e.key(), () -> "wrong cause for " + file.getFileName() + ": " + e.getMessage());
		if (line >= 0) {
			assertEquals(line, e.line(), () -> "wrong line: " + e.getMessage());
		} else {
			assertTrue(e.line() > 0, () -> "no line: " + e.getMessage());
		}
		assertEquals(file, e.file());
		assertMessagesReadable(e);
		assertArrayEquals(before, Files.readAllBytes(file), "the file was changed");
		assertEquals(modified, Files.getLastModifiedTime(file), "the file was touched");
		assertEquals(filesBefore, list(file.getParent()), "files were added or removed");
	}

	private static void assertMessagesReadable(ModelFileException e) {
		for (Locale locale : Languages.ALL) {
			String message = e.message(locale);
			assertFalse(message.isBlank() || message.startsWith("!") || message.contains("Exception"),
					() -> locale + ": " + message);
		}
		assertFalse(e.message(Languages.SWEDISH).equals(e.message(Languages.ENGLISH)), e::getMessage);
	}

	private static List<Path> list(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
