package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The archives {@code ./mvnw verify} builds for Linux, Windows and macOS: each holds the start scripts,
 * the launcher, the examples and the SWT of its platform only. (Only the Linux one is started by the tests.)
 */
class ProductArchivesTest {

	@ParameterizedTest
	@CsvSource({ "linux.gtk.x86_64.tar.gz, verkstad/, org.eclipse.swt.gtk.linux.x86_64_",
			"win32.win32.x86_64.zip, verkstad/, org.eclipse.swt.win32.win32.x86_64_",
			"macosx.cocoa.aarch64.tar.gz, verkstad.app/Contents/Eclipse/, org.eclipse.swt.cocoa.macosx.aarch64_",
			"macosx.cocoa.x86_64.tar.gz, verkstad.app/Contents/Eclipse/, org.eclipse.swt.cocoa.macosx.x86_64_" })
	void eachArchiveHasItsPlatformsProgram(String suffix, String root, String swt) throws IOException {
		Path products = Product.dir().resolve("../../../../..").normalize();
		Path archive;
		try (var files = Files.list(products)) {
			archive = files.filter(f -> f.getFileName().toString().endsWith("-" + suffix)).findFirst()
					.orElseThrow(() -> new AssertionError("no archive *-" + suffix + " in " + products));
		}
		Map<String, byte[]> entries = suffix.endsWith(".zip") ? unzip(archive) : untar(archive);
		List<String> names = new ArrayList<>(entries.keySet());
		for (String file : List.of("verkstad.sh", "verkstad.cmd", "examples/bygglov-nulage.process", "log4j2.properties")) {
			assertTrue(entries.containsKey(root + file), () -> archive.getFileName() + " lacks " + root + file);
		}
		assertTrue(names.stream().anyMatch(n -> n.startsWith(root + "plugins/org.eclipse.equinox.launcher_")), "the launcher");
		assertTrue(names.stream().anyMatch(n -> n.startsWith(root + "plugins/org.verkstad.ui_")), "the workbench");
		List<String> swts = names.stream().filter(n -> n.matches(".*/plugins/org\\.eclipse\\.swt\\.(gtk|win32|cocoa)\\..*")).toList();
		assertEquals(1, swts.size(), () -> "one SWT of its platform: " + swts);
		assertTrue(swts.get(0).startsWith(root + "plugins/" + swt), swts::toString);
		String cmd = new String(entries.get(root + "verkstad.cmd"), StandardCharsets.UTF_8);
		assertTrue(cmd.contains("\r\n") && cmd.contains("if %ERRORLEVEL%==23 goto again") && cmd.contains("DefaultType=edge"),
				"the Windows script restarts for a new language and shows diagrams with Edge");
		assertFalse(names.stream().anyMatch(n -> n.contains("/../") || n.startsWith("/")), "no entry outside the folder");
	}

	private static Map<String, byte[]> unzip(Path archive) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				entries.put(entry.getName(), small(entry.getName()) ? zip.readAllBytes() : new byte[0]);
			}
		}
		return entries;
	}

	/** A tar.gz read with the JDK alone: 512-byte headers (with PAX headers for long names), then the content. */
	private static Map<String, byte[]> untar(Path archive) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16)) {
			String longName = null;
			while (true) {
				byte[] header = in.readNBytes(512);
				if (header.length < 512 || header[0] == 0) {
					break;
				}
				String name = text(header, 0, 100);
				String prefix = text(header, 345, 155);
				long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
				char type = (char) header[156];
				byte[] content = in.readNBytes((int) size);
				in.skipNBytes((512 - size % 512) % 512);
				if (type == 'x') {
					longName = pax(new String(content, StandardCharsets.UTF_8));
					continue;
				}
				if (type == 'L') {
					longName = text(content, 0, content.length);
					continue;
				}
				String full = longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name;
				longName = null;
				entries.put(full, small(full) ? content : new byte[0]);
			}
		}
		return entries;
	}

	private static String pax(String records) {
		for (String record : records.split("\n")) {
			int space = record.indexOf(' ');
			if (space > 0 && record.startsWith("path=", space + 1)) {
				return record.substring(space + 1 + "path=".length());
			}
		}
		return null;
	}

	private static boolean small(String name) {
		return name.endsWith(".cmd") || name.endsWith(".sh");
	}

	private static String text(byte[] bytes, int offset, int length) {
		int end = offset;
		while (end < offset + length && end < bytes.length && bytes[end] != 0) {
			end++;
		}
		return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
	}
}
