package org.verkstad.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A file converted by LibreOffice without its GUI, as a municipality's office suite opens it. */
final class LibreOffice {

	private LibreOffice() {
	}

	/**
	 * Converts {@code file} with LibreOffice ({@code --convert-to filter}) into {@code dir/lo}, with a profile
	 * of its own in {@code dir}; asserts that it finished (within 3 minutes) and succeeded. The output folder.
	 */
	static Path convert(Path file, String filter, Path dir) throws IOException, InterruptedException {
		Path out = Files.createDirectories(dir.resolve("lo"));
		Process lo = new ProcessBuilder("soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
				"--convert-to", filter, "--outdir", out.toString(), file.toAbsolutePath().toString()).redirectErrorStream(true).start();
		String output = new String(lo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(lo.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
		assertEquals(0, lo.exitValue(), output);
		return out;
	}
}
