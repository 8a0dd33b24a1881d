package org.verkstad.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writing a file so that it is never half-written: the content goes to a temporary file beside it,
 * is forced to disk, and then replaces the file in one rename. The previous version is kept as
 * {@code <name>.bak}.
 * <p>
 * A save that was killed (power cut, kill -9) leaves its temporary files ({@code .<name>.*.tmp}).
 * They are removed on the next save of that file and when a folder is first read ({@link #tidy}),
 * but never one a running save is writing: a save holds a lock on its temporary files while it
 * writes them, and only files that are unlocked and older than {@link #STALE_AFTER} are removed.
 */
public final class AtomicFiles {

	/** Suffix of the kept previous version. */
	public static final String BACKUP_SUFFIX = ".bak";

	/** How old an unlocked temporary file must be to be taken for a killed save's. */
	static final Duration STALE_AFTER = Duration.ofSeconds(10);

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Set<Path> TIDIED = ConcurrentHashMap.newKeySet();

	private AtomicFiles() {
	}

	public static void write(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		Path dir = target.getParent();
		Files.createDirectories(dir);
		removeStale(dir, target.getFileName().toString());
		// not createTempFile: its file is readable by the owner only, and the result should be like any
		// file the user makes (the umask's permissions), or like the file it replaces
		Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
		Path backupTemp = null;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
					OutputStream out = Channels.newOutputStream(channel);
					FileLock writing = channel.lock()) {
				out.write(content);
				out.flush();
				channel.force(true);
			}
			if (Files.isRegularFile(target)) {
				samePermissions(target, temp);
				backupTemp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".bak.tmp");
				try (FileChannel channel = FileChannel.open(backupTemp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
						OutputStream out = Channels.newOutputStream(channel);
						FileLock writing = channel.lock()) {
					Files.copy(target, out);
					out.flush();
				}
				Files.setLastModifiedTime(backupTemp, Files.getLastModifiedTime(target));
				samePermissions(target, backupTemp);
				move(backupTemp, backupOf(target));
			}
			move(temp, target);
		} finally {
			Files.deleteIfExists(temp);
			if (backupTemp != null) {
				Files.deleteIfExists(backupTemp);
			}
		}
	}

	/**
	 * Removes what killed saves left in a folder (see the class comment), once per folder while the
	 * program runs: when the folder's models are first read.
	 */
	public static void tidy(Path folder) {
		Path dir = folder.toAbsolutePath().normalize();
		if (TIDIED.add(dir)) {
			removeStale(dir, null);
		}
	}

	/** Removes the stale temporary files of one file of a folder ({@code name}), or of all ({@code null}). */
	static void removeStale(Path dir, String name) {
		String glob = name == null ? ".*.tmp" : "." + name.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
				.replace("[", "\\[").replace("{", "\\{") + ".*.tmp";
		Instant old = Instant.now().minus(STALE_AFTER);
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, glob)) {
			for (Path leftover : leftovers) {
				String n = leftover.getFileName().toString();
				if (n.matches("\\..+\\.[0-9a-f]{1,16}(\\.bak)?\\.tmp") && Files.isRegularFile(leftover)
						&& Files.getLastModifiedTime(leftover).toInstant().isBefore(old) && !inUse(leftover)) {
					Files.deleteIfExists(leftover);
				}
			}
		} catch (IOException | RuntimeException e) {
			// a folder that cannot be listed or a file that cannot be removed now: the next time
		}
	}

	/** Whether a save is writing the file now (it holds the file's lock). */
	private static boolean inUse(Path file) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			return lock == null;
		} catch (OverlappingFileLockException e) {
			return true; // this program is writing it
		} catch (IOException e) {
			return true; // cannot tell: keep it
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
