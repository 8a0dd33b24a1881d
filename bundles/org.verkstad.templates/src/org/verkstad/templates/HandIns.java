package org.verkstad.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Metadata;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;

/**
 * A hand-in ({@value #EXTENSION}): one archive with a participant's model files (and their layouts),
 * each model's diagrams as PDF, and what the checks found, for the teacher. The entry points of the three
 * jobs: {@link #create} makes one of a folder ({@link HandInWriter}); {@link #read} checks one as untrusted
 * ({@link HandInReader}: as {@link SafeZip} does, and its models must read as models, its PDFs be PDFs);
 * {@link #importAll} unpacks a folder of them for a teacher, checks every participant's models again and
 * writes the overview ({@link HandInImport}).
 */
public final class HandIns {

	public static final String EXTENSION = ".vhandin";
	static final String MANIFEST = "handin.json";
	static final String MODELS = "models/";
	static final String DIAGRAMS = "diagrams/";
	static final String CHECKS_CSV = "checks.csv";
	static final String CHECKS_HTML = "checks.html";
	/** The overview of an import, beside the participants' folders. */
	public static final String OVERVIEW = "overview";
	/** The course's key figures an import writes beside the overview, as .html and .xlsx (see Dashboard). */
	public static final String DASHBOARD = "dashboard";

	/** A hand-in read and checked: its manifest and its files by their names in the archive. */
	public record HandIn(HandInManifest manifest, Map<String, byte[]> files) {
	}

	/**
	 * One participant in a teacher's overview. {@code problem} is null when the hand-in was imported, else
	 * why nothing was written for it; {@code checksPassed}/{@code checksFailed} count the pack's checks
	 * (both 0 when the hand-in names no pack the teacher has installed).
	 */
	public record Row(Path archive, String participant, String organisation, String handedIn, List<String> models,
			Path folder, int errors, int warnings, int checksPassed, int checksFailed, String problem) {

		/** Whether all is well: imported, no errors, no failed checks (the row is green, else red). */
		public boolean clean() {
			return problem == null && errors == 0 && checksFailed == 0;
		}

		/** When it was handed in, in this computer's time zone (recorded in UTC), e.g. {@code 2026-12-04 14:05}. */
		public String handedInLocally() {
			if (handedIn == null) {
				return "";
			}
			try {
				return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
						.format(Instant.parse(handedIn).atZone(ZoneId.systemDefault()));
			} catch (DateTimeException e) {
				return handedIn;
			}
		}
	}

	/**
	 * What an import did: a row per hand-in by participant, and the overview written beside them (or why
	 * it could not be written: {@code overviewProblem} is then not null).
	 */
	public record Import(List<Row> rows, Path overview, String overviewProblem) {
	}

	private HandIns() {
	}

	/** The model files directly in a folder, sorted. */
	static List<Path> modelFiles(Path folder) throws IOException {
		ResourceSet check = ModelIO.newResourceSet();
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.filter(Files::isRegularFile).filter(f -> ModelIO.isModelFile(check, f)).sorted().toList();
		}
	}

	/** Whom a folder's hand-in is for unless told: the first author its models name, else the folder's name. */
	public static String participant(Path folder) {
		try {
			ResourceSet resourceSet = ModelIO.newResourceSet();
			for (Path file : modelFiles(folder)) {
				try {
					Metadata about = ModelIO.load(resourceSet, file).getMetadata();
					if (about != null && about.getAuthor() != null && !about.getAuthor().isBlank()) {
						return about.getAuthor().strip();
					}
				} catch (ModelFileException e) {
					// the next file may say
				}
			}
		} catch (IOException e) {
			// the folder's name
		}
		return folder.getFileName() == null ? "?" : folder.getFileName().toString();
	}

	/**
	 * Makes the hand-in of the model files directly in {@code folder}, written atomically to {@code out}
	 * (see {@link HandInWriter#create}).
	 */
	public static HandInManifest create(Path folder, String participant, Path out, Locale locale, Consumer<String> progress)
			throws PackException {
		return HandInWriter.create(folder, participant, out, locale, progress);
	}

	/** Reads and checks a hand-in as untrusted; nothing is written (see {@link HandInReader#read}). */
	public static HandIn read(Path archive) throws PackException {
		return HandInReader.read(archive);
	}

	/** Imports every hand-in of {@code archives} into {@code target} (see {@link HandInImport#importAll}). */
	public static Import importAll(Path archives, Path target, Locale locale, Consumer<String> progress) {
		return HandInImport.importAll(archives, target, locale, progress);
	}

	static void report(Consumer<String> progress, String step) {
		if (progress != null) {
			progress.accept(step);
		}
	}

	static List<String> headers(List<String> keys, Locale locale) {
		return keys.stream().map(k -> text(locale, k)).toList();
	}

	static String text(Locale locale, String key, Object... args) {
		return PackException.MESSAGES.get(locale, key, args);
	}
}
