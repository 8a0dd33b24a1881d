package org.verkstad.templates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.layout.LayoutFile;

/** Reads a hand-in as untrusted: what it may hold, and that its models read as models and its PDFs are PDFs. */
final class HandInReader {

	private HandInReader() {
	}

	/**
	 * Reads and checks a hand-in as untrusted; nothing is written. Besides the archive's own limits
	 * ({@link SafeZip}): a manifest of a known version naming its participant, no file but the manifest,
	 * the checks, models and PDFs, every model readable as a model (so XMI with entities is refused) and
	 * every PDF a PDF.
	 */
	static HandIns.HandIn read(Path archive) throws PackException {
		Map<String, byte[]> files = SafeZip.read(archive, "handin");
		HandInManifest manifest = SafeZip.manifest(archive, "handin", files, HandIns.MANIFEST, HandInManifest.class,
				HandInManifest::format, HandInManifest.FORMAT).shown();
		if (manifest.version() != HandInManifest.VERSION) {
			throw new PackException(archive, "handin.unknownVersion", null, manifest.version(), HandInManifest.VERSION);
		}
		if (manifest.participant() == null || manifest.participant().isBlank()) {
			throw new PackException(archive, "handin.missingField", null, "participant");
		}
		boolean nullModel = manifest.models().stream().anyMatch(Objects::isNull);
		if (nullModel || manifest.diagrams().stream().anyMatch(Objects::isNull)) {
			throw new PackException(archive, "handin.emptyEntry", null, HandIns.MANIFEST, nullModel ? "models" : "diagrams");
		}
		ResourceSet resourceSet = ModelIO.newResourceSet();
		Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), ".verkstad-handin-" + UUID.randomUUID());
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String name = file.getKey();
			String base = name.substring(name.lastIndexOf('/') + 1);
			boolean flat = name.indexOf('/') == name.lastIndexOf('/');
			if (name.equals(HandIns.MANIFEST) || name.equals(HandIns.CHECKS_CSV) || name.equals(HandIns.CHECKS_HTML)) {
				continue;
			}
			if (flat && name.startsWith(HandIns.DIAGRAMS) && base.endsWith(".pdf")) {
				if (!startsWith(file.getValue(), "%PDF-")) {
					throw new PackException(archive, "handin.notPdf", null, name);
				}
				continue;
			}
			if (flat && name.startsWith(HandIns.MODELS) && base.endsWith(LayoutFile.EXTENSION)) {
				continue; // a layout is read as untrusted JSON by the diagram when it is opened
			}
			if (!flat || !name.startsWith(HandIns.MODELS) || !ModelIO.isModelFile(resourceSet, Path.of(base))) {
				throw new PackException(archive, "handin.unexpected", null, name);
			}
			try {
				// a model with mistakes is handed in as it is (the teacher sees them); one that cannot be read is not
				ModelIO.load(resourceSet, nowhere.resolve(base), file.getValue());
			} catch (ModelFileException e) {
				throw new PackException(archive, "handin.badModel", e, name, e.message(Locale.ENGLISH));
			}
		}
		for (String model : manifest.models()) {
			if (!files.containsKey(model)) {
				throw new PackException(archive, "handin.missingModel", null, model);
			}
		}
		return new HandIns.HandIn(manifest, files);
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length < p.length) {
			return false;
		}
		for (int i = 0; i < p.length; i++) {
			if (bytes[i] != p[i]) {
				return false;
			}
		}
		return true;
	}
}
