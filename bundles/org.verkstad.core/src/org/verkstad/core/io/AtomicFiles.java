package org.verkstad.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing a file so that it is never half-written: the content goes to a temporary file beside it,
 * is forced to disk, and then replaces the file in one rename. The previous version is kept as
 * {@code <name>.bak}.
 */
public final class AtomicFiles {

	/** Suffix of the kept previous version. */
	public static final String BACKUP_SUFFIX = ".bak";

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	private AtomicFiles() {
	}

	public static void write(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		Path dir = target.getParent();
		Files.createDirectories(dir);
		// not createTempFile: its file is readable by the owner only, and the result should be like any
		// file the user makes (the umask's permissions), or like the file it replaces
		Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
					OutputStream out = Channels.newOutputStream(channel)) {
				out.write(content);
				out.flush();
				channel.force(true);
			}
			if (Files.isRegularFile(target)) {
				samePermissions(target, temp);
				Path backupTemp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".bak.tmp");
				Files.copy(target, backupTemp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				move(backupTemp, backupOf(target));
			}
			move(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void samePermissions(Path from, Path to) {
		try {
			Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
		} catch (UnsupportedOperationException | IOException e) {
			// not a POSIX file system (Windows): the new file has the folder's defaults
		}
	}

	/** Where the previous version of a file is kept. */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
