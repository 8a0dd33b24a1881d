package org.verkstad.core.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * How the bytes of a text model file become text. Verkstad writes UTF-8 without a byte-order mark;
 * it reads what people's other tools write too, so that no letter is lost on the first save:
 * <ul>
 * <li>UTF-8, with or without a byte-order mark (Windows' Notepad writes one);</li>
 * <li>UTF-16 with a byte-order mark (Notepad's "Unicode");</li>
 * <li>anything else as Windows-1252 (older Windows tools, also Latin-1 files: the two agree on å, ä,
 * ö), which is the only single-byte encoding Swedish and Norwegian files come in.</li>
 * </ul>
 * Every byte is read as some character: no U+FFFD is ever made, so saving writes back every letter.
 */
public final class TextEncoding {

	/** Windows-1252, a superset of Latin-1's printable characters. */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * The text of a file and how it was read.
	 *
	 * @param text    the text, without a byte-order mark
	 * @param charset the encoding it was read in
	 * @param bom     whether the file began with a byte-order mark
	 */
	public record Decoded(String text, Charset charset, boolean bom) {

		/** Whether saving changes the file's bytes beyond the model's own changes (it was not plain UTF-8). */
		public boolean converted() {
			return !StandardCharsets.UTF_8.equals(charset);
		}

		/** The encoding's name as people know it, e.g. {@code Windows-1252}. */
		public String charsetName() {
			return charset.equals(WINDOWS_1252) ? "Windows-1252 (Latin-1)" : charset.name().toUpperCase(Locale.ROOT);
		}
	}

	private TextEncoding() {
	}

	/** The text of a file's bytes (see the class comment). */
	public static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
			Decoded rest = decode(Arrays.copyOfRange(bytes, 3, bytes.length));
			return new Decoded(rest.text(), rest.charset(), true);
		}
		if (startsWith(bytes, 0xff, 0xfe)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
		}
		if (startsWith(bytes, 0xfe, 0xff)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return new Decoded(text, StandardCharsets.UTF_8, false);
		} catch (CharacterCodingException notUtf8) {
			return new Decoded(windows1252(bytes), WINDOWS_1252, false);
		}
	}

	/** Whether the bytes begin with a UTF-16 byte-order mark (such a file holds NUL bytes and is still text). */
	public static boolean isUtf16(byte[] bytes) {
		return startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
	}

	/**
	 * Windows-1252, where its five unassigned bytes (0x81, 0x8d, 0x8f, 0x90, 0x9d) are read as Latin-1's
	 * control characters of the same number, so that no byte becomes U+FFFD.
	 */
	private static String windows1252(byte[] bytes) {
		StringBuilder text = new StringBuilder(bytes.length);
		String mapped = new String(bytes, WINDOWS_1252);
		if (mapped.indexOf('\uFFFD') < 0) {
			return mapped;
		}
		for (byte b : bytes) {
			String c = new String(new byte[] { b }, WINDOWS_1252);
			text.append(c.equals("\uFFFD") ? (char) (b & 0xff) : c.charAt(0));
		}
		return text.toString();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
