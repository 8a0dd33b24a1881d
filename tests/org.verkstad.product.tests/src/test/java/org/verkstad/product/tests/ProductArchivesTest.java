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
 * the launcher, the examples and the SWT of its platform only; each unpacks silently with GNU tar and
 * with bsdtar (the {@code tar} of Windows and macOS); the start scripts find Java and refuse one that is
 * too old; and each archive's program runs its commands (on this Linux machine: the window of Windows and
 * macOS is never started here, no such machine being available).
 */
class ProductArchivesTest {

	@org.junit.jupiter.api.io.TempDir
	Path dir;

	private static Path archive(String suffix) throws IOException {
		Path products = Product.dir().resolve("../../../../..").normalize();
		try (var files = Files.list(products)) {
			return files.filter(f -> f.getFileName().toString().endsWith("-" + suffix)).findFirst()
					.orElseThrow(() -> new AssertionError("no archive *-" + suffix + " in " + products));
		}
	}

	private static Product.Run exec(Path workingDir, java.util.Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("out", ".txt");
		Path err = Files.createTempFile("err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("did not end in 5 minutes: " + List.of(command));
		}
		return new Product.Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	@ParameterizedTest
	@CsvSource({ "linux.gtk.x86_64.tar.gz, tar", "linux.gtk.x86_64.tar.gz, bsdtar", "win32.win32.x86_64.zip, bsdtar",
			"macosx.cocoa.aarch64.tar.gz, tar", "macosx.cocoa.aarch64.tar.gz, bsdtar", "macosx.cocoa.x86_64.tar.gz, bsdtar" })
	void eachArchiveUnpacksWithoutAWord(String suffix, String tar) throws Exception {
		Path archive = archive(suffix);
		Product.Run unpacked = exec(dir, java.util.Map.of(), tar, "-xf", archive.toString());
		assertEquals(0, unpacked.exit(), unpacked::toString);
		assertEquals("", unpacked.out() + unpacked.err(), "no warnings from " + tar);
	}

	@ParameterizedTest
	@CsvSource({ "linux.gtk.x86_64.tar.gz, verkstad/verkstad.sh", "macosx.cocoa.x86_64.tar.gz, verkstad.app/Contents/Eclipse/verkstad.sh" })
	void theStartScriptRunsCommandsAndRefusesAnOldJava(String suffix, String script) throws Exception {
		exec(dir, java.util.Map.of(), "tar", "-xf", archive(suffix).toString());
		Path start = dir.resolve(script);
		Path home = Files.createDirectories(dir.resolve("home"));
		java.util.Map<String, String> env = java.util.Map.of("HOME", home.toString(), "LANG", "C.UTF-8");
		Product.Run version = exec(dir, env, "sh", start.toString(), "--version");
		assertEquals(0, version.exit(), version::toString);
		assertTrue(version.out().startsWith("Verkstad "), version::toString);
		Product.Run validate = exec(dir, env, "sh", start.toString(), "validate",
				start.resolveSibling("examples").resolve("bibliotek.swot").toString());
		assertEquals(0, validate.exit(), validate::toString);
		// a Java 11 is found (its release file) and refused with a message in both languages
		Path old = Files.createDirectories(dir.resolve("jdk-11/bin"));
		Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"11.0.22\"\n");
		Path java = old.resolve("java");
		Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\"' >&2\n");
		java.toFile().setExecutable(true);
		java.util.Map<String, String> withOld = new java.util.HashMap<>(env);
		withOld.put("JAVA_HOME", old.getParent().toString());
		Product.Run refused = exec(dir, withOld, "sh", start.toString(), "--version");
		assertEquals(2, refused.exit(), refused::toString);
		assertTrue(refused.err().contains("Verkstad needs Java 17 or newer (found: 11)")
				&& refused.err().contains("Verkstad behöver Java 17 eller nyare"), refused::toString);
	}

	@org.junit.jupiter.api.Test
	void theWindowsArchivesProgramRunsItsCommandsAndItsScriptChecksJava() throws Exception {
		exec(dir, java.util.Map.of(), "bsdtar", "-xf", archive("win32.win32.x86_64.zip").toString());
		Path root = dir.resolve("verkstad");
		String cmd = Files.readString(root.resolve("verkstad.cmd"));
		// what verkstad.cmd runs for a command, run here with this machine's Java
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("\"%JAVA%\" %VMARGS% (.*) -jar \"%LAUNCHER%\" (.*) %\\*")
				.matcher(cmd);
		assertTrue(line.find(), cmd);
		Path launcher;
		try (var plugins = Files.list(root.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst().orElseThrow();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(List.of(line.group(1).split(" ")));
		command.addAll(List.of("-jar", launcher.toString()));
		command.addAll(List.of(line.group(2).split(" ")));
		command.addAll(List.of("validate", root.resolve("examples/bygglov-nulage.process").toString()));
		Product.Run validate = exec(dir, java.util.Map.of("HOME", dir.toString()), command.toArray(String[]::new));
		assertEquals(0, validate.exit(), validate::toString);
		assertTrue(validate.out().contains("1 file checked: 0 errors"), validate::toString);
		// the script's Java check (read, not run: no Windows here): the version from "java -version", 17 or newer
		assertTrue(cmd.contains("\"%JAVA%\" -version 2> \"%JOUT%\"") && cmd.contains("if %JMAJOR% LSS 17 goto nojava")
				&& cmd.contains(":nojava") && cmd.contains("exit /b 2"), cmd);
	}

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
