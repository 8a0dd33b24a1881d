package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelIO;
import org.verkstad.testsupport.Examples;

/**
 * What killed saves leave beside a model ({@code .NAME.*.tmp}) is removed by the next save of that file
 * and when the folder is first read, but never a temporary file a running save is writing (locked) or
 * one just made.
 */
class LeftoversTest {

	@TempDir
	Path dir;

	private Path leftover(String name, boolean old) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, "halvt skri", StandardCharsets.UTF_8);
		if (old) {
			Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		}
		return file;
	}

	private List<String> names() throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void theNextSaveRemovesKilledSavesLeftoversButNotARunningSavesFile() throws Exception {
		Path model = dir.resolve("bygglov.process");
		Files.copy(Examples.first(".process"), model);
		leftover(".bygglov.process.3fa2c1d0e9b87766.tmp", true);
		leftover(".bygglov.process.8812377266.bak.tmp", true);
		Path fresh = leftover(".bygglov.process.00aa11bb22cc33dd.tmp", false);
		Path running = leftover(".bygglov.process.1234abcd.tmp", true);
		leftover(".annan.process.77.tmp", true); // another file's: that file's save removes it
		try (FileChannel channel = FileChannel.open(running, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			AtomicFiles.write(model, Files.readAllBytes(model));
			assertEquals(List.of(".annan.process.77.tmp", fresh.getFileName().toString(), running.getFileName().toString(),
					"bygglov.process", "bygglov.process.bak"), names());
		}
	}

	@Test
	void readingAFolderRemovesTheLeftoversOfAllItsFiles() throws Exception {
		Files.copy(Examples.first(".process"), dir.resolve("bygglov.process"));
		leftover(".bygglov.process.3fa2c1d0e9b87766.tmp", true);
		leftover(".koksrenovering.journey.1f.bak.tmp", true);
		leftover(".inte-en-rest.tmp", true);
		leftover("anteckning.tmp", true);
		ModelIO.load(dir.resolve("bygglov.process"));
		assertEquals(List.of(".inte-en-rest.tmp", "anteckning.tmp", "bygglov.process"), names());
	}

	@Test
	void aSaveLeavesNothingButTheFileAndItsBackup() throws Exception {
		Path model = dir.resolve("bygglov.process");
		Files.copy(Examples.first(".process"), model);
		for (int i = 0; i < 3; i++) {
			AtomicFiles.write(model, ("// " + i + "\n" + Files.readString(model)).getBytes(StandardCharsets.UTF_8));
		}
		assertEquals(List.of("bygglov.process", "bygglov.process.bak"), names());
		assertTrue(Files.readString(AtomicFiles.backupOf(model)).startsWith("// 1\n"));
	}
}
