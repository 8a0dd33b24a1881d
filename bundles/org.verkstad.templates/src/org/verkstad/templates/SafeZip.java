package org.verkstad.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.verkstad.core.io.ModelIO;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;

/**
 * Reads a zip archive that came from someone else (a template pack, a hand-in) as untrusted, whole
 * into memory, and refuses it before anything is written when:
 * <ul>
 * <li>it is larger than {@value Packs#MAX_PACK_BYTES} bytes, unpacks to more than
 * {@value Packs#MAX_UNPACKED_BYTES} bytes, has an entry over {@link ModelIO#MAX_FILE_SIZE} bytes (counted
 * while unpacking, whatever the header says) or more than {@value Packs#MAX_FILES} files;</li>
 * <li>a name would leave its folder (absolute, {@code ..}, a backslash, a drive letter, NUL) or is nested
 * deeper than {@value Packs#MAX_DEPTH} folders;</li>
 * <li>it holds another archive, or a name twice.</li>
 * </ul>
 * The reasons are message keys {@code <kind>.<reason>} of the templates' messages, so a pack and a
 * hand-in are named as what they are.
 */
final class SafeZip {

	/** What an archive may not hold: other archives. */
	private static final List<String> ARCHIVES = List.of(".zip", ".jar", ".gz", Packs.EXTENSION, HandIns.EXTENSION);

	private SafeZip() {
	}

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
			.disableHtmlEscaping().create();

	/** An archive of a manifest (as JSON, first) and files, written in memory. */
	static byte[] write(String manifestName, Object manifest, Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(manifestName));
			zip.write(GSON.toJson(manifest).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** The largest manifest read: a course's manifest is a few kilobytes. */
	static final int MAX_MANIFEST_BYTES = 1024 * 1024;

	/**
	 * The manifest of an archive read by {@link #read}, or refused: {@code <kind>.noManifest} when it is
	 * missing, {@code <kind>.manifestTooLarge}, {@code <kind>.badJson} when it is no JSON (with its line
	 * and column), {@code <kind>.badManifest} when its values are of the wrong kinds,
	 * {@code <kind>.unknownFormat} when it is not of that format.
	 */
	static <T> T manifest(Path archive, String kind, Map<String, byte[]> files, String name, Class<T> type,
			Function<T, String> format, String expected) throws PackException {
		byte[] bytes = files.get(name);
		if (bytes == null) {
			throw new PackException(archive, kind + ".noManifest", null);
		}
		if (bytes.length > MAX_MANIFEST_BYTES) {
			throw new PackException(archive, kind + ".manifestTooLarge", null, MAX_MANIFEST_BYTES / 1024);
		}
		T manifest = json(archive, kind, name, new String(bytes, StandardCharsets.UTF_8), type);
		if (manifest == null || !expected.equals(format.apply(manifest))) {
			throw new PackException(archive, kind + ".unknownFormat", null);
		}
		return manifest;
	}

	/**
	 * JSON read into a type, or refused in the user's words (Gson's own name its classes and its web
	 * site): {@code <kind>.badJson} where the text is no JSON, with its line and column;
	 * {@code <kind>.badManifest} where a value is of the wrong kind.
	 */
	static <T> T json(Path file, String kind, String name, String text, Class<T> type) throws PackException {
		try {
			return new Gson().fromJson(text, type);
		} catch (RuntimeException e) {
			Matcher at = Pattern.compile("line (\\d+) column (\\d+)")
					.matcher(String.valueOf(e.getMessage()));
			boolean located = at.find();
			if (e instanceof JsonSyntaxException && e.getCause() instanceof IOException && located) {
				throw new PackException(file, kind + ".badJson", e, name, at.group(1), at.group(2));
			}
			throw new PackException(file, kind + ".badManifest", e, name, located ? at.group(1) : "1");
		}
	}

	/** The files of the archive by their names in it, checked; {@code kind} is {@code pack} or {@code handin}. */
	static Map<String, byte[]> read(Path archive, String kind) throws PackException {
		byte[] bytes;
		try {
			if (!Files.isRegularFile(archive)) {
				throw new PackException(archive, kind + ".notFound", null);
			}
			if (Files.size(archive) > Packs.MAX_PACK_BYTES) {
				throw new PackException(archive, kind + ".tooLarge", null, Packs.MAX_PACK_BYTES / (1024 * 1024));
			}
			bytes = Files.readAllBytes(archive);
		} catch (IOException e) {
			throw new PackException(archive, kind + ".unreadable", e, Names.plain(e.getMessage()));
		}
		return unzip(archive, kind, bytes);
	}

	private static Map<String, byte[]> unzip(Path archive, String kind, byte[] bytes) throws PackException {
		int declared = shape(archive, kind, bytes);
		Map<String, byte[]> files = new LinkedHashMap<>();
		int entries = 0;
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = nextEntry(archive, kind, zip)) != null) {
				entries++;
				String name = entry.getName();
				if (entry.isDirectory()) {
					checkName(archive, kind, name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
					continue;
				}
				checkName(archive, kind, name);
				if (files.size() >= Packs.MAX_FILES) {
					throw new PackException(archive, kind + ".tooMany", null, Packs.MAX_FILES);
				}
				if (files.containsKey(name)) {
					throw new PackException(archive, kind + ".duplicate", null, name);
				}
				byte[] content = readBounded(archive, kind, zip, name, ModelIO.MAX_FILE_SIZE);
				total += content.length;
				if (total > Packs.MAX_UNPACKED_BYTES) {
					throw new PackException(archive, kind + ".totalTooLarge", null, Packs.MAX_UNPACKED_BYTES / (1024 * 1024));
				}
				files.put(name, content);
			}
		} catch (EOFException e) {
			throw new PackException(archive, kind + ".incomplete", e);
		} catch (IOException e) {
			throw new PackException(archive, kind + ".damaged", e, Names.plain(e.getMessage()));
		}
		if (declared >= 0 && entries != declared) {
			// the archive's own table of contents names more (or other) files than could be read
			throw new PackException(archive, kind + ".incomplete", null);
		}
		if (files.isEmpty()) {
			throw new PackException(archive, kind + ".emptyZip", null);
		}
		return files;
	}

	/** The next entry; a name that is not UTF-8 (an archive made by another program) is refused by name. */
	private static ZipEntry nextEntry(Path archive, String kind, ZipInputStream zip) throws IOException, PackException {
		try {
			return zip.getNextEntry();
		} catch (IllegalArgumentException malformedName) {
			throw new PackException(archive, kind + ".badName", malformedName);
		}
	}

	private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
	/** Local file header and end of central directory signatures ("PK\3\4", "PK\5\6"). */
	private static final int LOCAL = 0x04034b50;
	private static final int END = 0x06054b50;

	/**
	 * Refuses what is no zip archive with the real reason (empty, a PDF, other content, an archive with
	 * no files, one whose end is missing) and returns how many entries its end record declares (-1 when
	 * it does not say: a ZIP64 archive).
	 */
	private static int shape(Path archive, String kind, byte[] bytes) throws PackException {
		if (bytes.length == 0) {
			throw new PackException(archive, kind + ".emptyFile", null);
		}
		if (startsWith(bytes, PDF)) {
			throw new PackException(archive, kind + ".isPdf", null);
		}
		int first = bytes.length >= 4 ? int32(bytes, 0) : 0;
		if (first == END) {
			throw new PackException(archive, kind + ".emptyZip", null);
		}
		if (first != LOCAL) {
			throw new PackException(archive, kind + ".notZipData", null);
		}
		for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
			if (int32(bytes, at) == END && at + 22 + int16(bytes, at + 20) <= bytes.length) {
				int declared = int16(bytes, at + 10);
				return declared == 0xffff ? -1 : declared;
			}
		}
		throw new PackException(archive, kind + ".incomplete", null);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int int32(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
	}

	private static int int16(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
	}

	/** A name must stay inside the archive's folder: relative, no {@code ..}, no backslashes or drive letters, not too deep. */
	private static void checkName(Path archive, String kind, String name) throws PackException {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || name.contains("\0")) {
			throw new PackException(archive, kind + ".badPath", null, name);
		}
		String[] parts = name.split("/");
		for (String part : parts) {
			if (part.equals("..") || part.equals(".") || part.isEmpty()) {
				throw new PackException(archive, kind + ".badPath", null, name);
			}
		}
		if (parts.length > Packs.MAX_DEPTH) {
			throw new PackException(archive, kind + ".tooDeep", null, name, Packs.MAX_DEPTH);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (ARCHIVES.stream().anyMatch(lower::endsWith)) {
			throw new PackException(archive, kind + ".nested", null, name);
		}
	}

	/** An entry's bytes, refused as soon as it grows past the limit (whatever its header claims). */
	private static byte[] readBounded(Path archive, String kind, InputStream in, String name, long limit)
			throws IOException, PackException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		long read = 0;
		while ((n = in.read(buffer)) > 0) {
			read += n;
			if (read > limit) {
				throw new PackException(archive, kind + ".entryTooLarge", null, name, limit / (1024 * 1024));
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}
}
