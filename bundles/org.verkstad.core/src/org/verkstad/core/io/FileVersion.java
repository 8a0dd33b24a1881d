package org.verkstad.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which version of a file someone read: a hash of its content (or that it did not exist). Whoever
 * keeps a model open compares it before saving, so that saving over a file that another window or
 * program changed meanwhile never discards that change silently.
 */
public record FileVersion(String hash) {

	/** A file that does not exist. */
	public static final FileVersion ABSENT = new FileVersion("absent");

	/** The version of this content. */
	public static FileVersion of(byte[] content) {
		try {
			return new FileVersion(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java has SHA-256
		}
	}

	/** The version of a file as it is on disk now. */
	public static FileVersion of(Path file) throws IOException {
		try {
			return of(Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
	}

	/** Whether the file on disk is still this version (a file that cannot be read is taken as changed). */
	public boolean isCurrent(Path file) {
		try {
			return equals(of(file));
		} catch (IOException e) {
			return false;
		}
	}
}
