package org.verkstad.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.verkstad.core.io.ModelIO;

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

	private static final com.google.gson.Gson GSON = new com.google.gson.GsonBuilder().setPrettyPrinting()
			.disableHtmlEscaping().create();

	/** An archive of a manifest (as JSON, first) and files, written in memory. */
	static byte[] write(String manifestName, Object manifest, Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
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

	/**
	 * The manifest of an archive read by {@link #read}, or refused: {@code <kind>.noManifest} when it is
	 * missing, {@code <kind>.badManifest} when it is no JSON of that type, {@code <kind>.unknownFormat}
	 * when it is not of that format.
	 */
	static <T> T manifest(Path archive, String kind, Map<String, byte[]> files, String name, Class<T> type,
			java.util.function.Function<T, String> format, String expected) throws PackException {
		byte[] bytes = files.get(name);
		if (bytes == null) {
			throw new PackException(archive, kind + ".noManifest", null);
		}
		T manifest;
		try {
			manifest = new com.google.gson.Gson().fromJson(new String(bytes, StandardCharsets.UTF_8), type);
		} catch (com.google.gson.JsonParseException e) {
			throw new PackException(archive, kind + ".badManifest", e, String.valueOf(e.getMessage()));
		}
		if (manifest == null || !expected.equals(format.apply(manifest))) {
			throw new PackException(archive, kind + ".unknownFormat", null);
		}
		return manifest;
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
			throw new PackException(archive, kind + ".notZip", e, String.valueOf(e.getMessage()));
		}
		return unzip(archive, kind, bytes);
	}

	private static Map<String, byte[]> unzip(Path archive, String kind, byte[] bytes) throws PackException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
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
		} catch (ZipException e) {
			throw new PackException(archive, kind + ".notZip", e, String.valueOf(e.getMessage()));
		} catch (IOException e) {
			throw new PackException(archive, kind + ".notZip", e, String.valueOf(e.getMessage()));
		}
		if (files.isEmpty()) {
			throw new PackException(archive, kind + ".notZip", null, "empty");
		}
		return files;
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
