package org.verkstad.templates.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The archives a pack and a hand-in share as hostile or broken input, each with the reason it must be
 * refused for ({@code <kind>.<reason>}): what is no zip archive at all, what is cut off, names no program
 * of ours writes, and manifests that are no JSON, too large, of the wrong kinds or with empty entries.
 */
final class HostileArchives {

	record Case(String name, String reason, byte[] archive) {
	}

	private HostileArchives() {
	}

	/**
	 * The cases for an archive whose manifest is {@code manifestName}; {@code valid} is a whole archive that
	 * would be accepted (it is cut off for the truncated case); {@code withNull} are manifests with a
	 * {@code null} in one of their lists, by the list's name.
	 */
	static List<Case> cases(String manifestName, byte[] valid, Map<String, String> withNull) throws IOException {
		byte[] lonelyEnd = new byte[22];
		lonelyEnd[0] = 'P';
		lonelyEnd[1] = 'K';
		lonelyEnd[2] = 5;
		lonelyEnd[3] = 6;
		Map<String, String> latin = new LinkedHashMap<>();
		latin.put(manifestName, "{}");
		latin.put("models/Kökets förändring.swot", "swot a \"A\" {\n}\n");
		List<Case> cases = new java.util.ArrayList<>(List.of(
				new Case("an empty file", "emptyFile", new byte[0]),
				new Case("garbage", "notZipData", "det här är inget arkiv, bara text".getBytes(StandardCharsets.UTF_8)),
				new Case("a PDF", "isPdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1)),
				new Case("a lone end-of-central-directory record", "emptyZip", lonelyEnd),
				new Case("a truncated archive", "incomplete", Arrays.copyOf(valid, valid.length * 2 / 3)),
				new Case("an archive cut after its first entry", "incomplete", Arrays.copyOf(valid, firstEntryEnd(valid))),
				new Case("an entry name in Latin-1", "badName", zip(latin, StandardCharsets.ISO_8859_1)),
				new Case("a manifest that is not JSON", "badJson", zip(Map.of(manifestName, "{ \"format\": \"x\", version: }"))),
				new Case("a manifest of the wrong kinds", "badManifest", zip(Map.of(manifestName, "{\"format\": [1, 2], \"version\": \"ett\"}"))),
				new Case("a manifest of 2 MB", "manifestTooLarge", zip(Map.of(manifestName,
						"{\"format\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}")))));
		withNull.forEach((list, manifest) -> cases.add(new Case("a null in " + list, "emptyEntry", zipped(manifestName, manifest))));
		return cases;
	}

	/** Where the first entry's data ends: the next local header's offset (so the cut keeps one whole entry). */
	private static int firstEntryEnd(byte[] zip) {
		for (int at = 4; at + 4 <= zip.length; at++) {
			if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 3 && zip[at + 3] == 4) {
				return at;
			}
		}
		throw new AssertionError("one entry only");
	}

	private static byte[] zipped(String name, String content) {
		try {
			return zip(Map.of(name, content));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static byte[] zip(Map<String, String> files) throws IOException {
		return zip(files, StandardCharsets.UTF_8);
	}

	/** An archive whose entry names are written in {@code names}' encoding (not marked as UTF-8 unless it is). */
	static byte[] zip(Map<String, String> files, Charset names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
			for (Map.Entry<String, String> f : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(f.getKey()));
				zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
