package org.verkstad.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Metadata;
import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.ExportException;
import org.verkstad.export.Page;

/**
 * A hand-in ({@value #EXTENSION}): one archive with a participant's model files (and their layouts),
 * each model's diagrams as PDF, and what the checks found, for the teacher. {@link #create} makes one of
 * a folder; {@link #read} checks one as untrusted (as {@link SafeZip} does, and its models must read as
 * models, its PDFs be PDFs); {@link #importAll} unpacks a folder of them for a teacher, checks every
 * participant's models again and writes the overview.
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

	/** What the checks found in a file of a hand-in ({@code line} empty when it is about the whole file). */
	private record Found(String file, String line, Severity severity, String message) {
		List<String> cells(Locale locale) {
			return List.of(file, line, severity.label(locale), message);
		}
	}

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
	 * Makes the hand-in of the model files directly in {@code folder}: the files with their layouts, a PDF
	 * of each readable model's diagrams, and the checks' findings (the built-in ones and, when the models
	 * were made from an installed pack, the pack's) as {@value #CHECKS_CSV} and {@value #CHECKS_HTML}. A
	 * model with mistakes is handed in as it is, without a PDF. Written atomically to {@code out}.
	 */
	public static HandInManifest create(Path folder, String participant, Path out, Locale locale, Consumer<String> progress)
			throws PackException {
		List<Path> files;
		try {
			files = Files.isDirectory(folder) ? modelFiles(folder) : List.of();
		} catch (IOException e) {
			throw new PackException(folder, "handin.noModels", e);
		}
		if (files.isEmpty()) {
			throw new PackException(folder, "handin.noModels", null);
		}
		Map<String, byte[]> content = new LinkedHashMap<>();
		List<String> models = new ArrayList<>();
		List<String> diagrams = new ArrayList<>();
		List<Found> findings = new ArrayList<>();
		Set<String> organisations = new LinkedHashSet<>();
		Set<String> courses = new LinkedHashSet<>();
		String pack = null;
		ResourceSet resourceSet = ModelIO.newResourceSet();
		for (Path file : files) {
			String name = file.getFileName().toString();
			report(progress, name);
			try {
				content.put(MODELS + name, Files.readAllBytes(file));
				Path layout = LayoutFile.of(file);
				if (Files.isRegularFile(layout)) {
					content.put(MODELS + layout.getFileName(), Files.readAllBytes(layout));
				}
			} catch (IOException e) {
				throw new PackException(file, "handin.cannotRead", e, String.valueOf(e.getMessage()));
			}
			models.add(MODELS + name);
			Model model;
			try {
				model = ModelIO.load(resourceSet, file);
			} catch (ModelFileException e) {
				findings.add(new Found(name, "", Severity.ERROR, e.message(locale)));
				continue;
			}
			Metadata about = model.getMetadata();
			if (about != null) {
				add(organisations, about.getOrganisation());
				add(courses, about.getCourse());
			}
			if (pack == null) {
				pack = TemplateOrigin.of(model).map(TemplateOrigin::packId).orElse(null);
			}
			List<Finding> found = Validation.validate(model.eResource());
			for (Finding f : found) {
				findings.add(new Found(name, f.line() > 0 ? String.valueOf(f.line()) : "", f.severity(), f.message(locale)));
			}
			if (!model.eResource().getErrors().isEmpty()) {
				continue; // the text has mistakes: its diagram would mislead
			}
			try {
				content.put(DIAGRAMS + name + ".pdf", DiagramExport.pdf(DiagramExport.draw(file, model, locale), Page.A4_LANDSCAPE));
				diagrams.add(DIAGRAMS + name + ".pdf");
			} catch (ExportException e) {
				findings.add(new Found(name, "", Severity.ERROR, e.message(locale)));
			}
		}
		int errors = count(findings, Severity.ERROR);
		int warnings = count(findings, Severity.WARNING);
		content.put(CHECKS_CSV, checksCsv(findings, locale));
		content.put(CHECKS_HTML, checksHtml(participant, findings, locale));
		HandInManifest manifest = new HandInManifest(HandInManifest.FORMAT, HandInManifest.VERSION, participant,
				organisations.isEmpty() ? null : organisations.iterator().next(),
				courses.isEmpty() ? null : courses.iterator().next(),
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), pack, models, diagrams, errors, warnings);
		try {
			AtomicFiles.write(out, SafeZip.write(MANIFEST, manifest, content));
		} catch (IOException e) {
			throw new PackException(folder, "pack.cannotWrite", e, out, String.valueOf(e.getMessage()));
		}
		return manifest;
	}

	private static void add(Set<String> values, String value) {
		if (value != null && !value.isBlank()) {
			values.add(value.strip());
		}
	}

	private static int count(List<Found> findings, Severity severity) {
		return (int) findings.stream().filter(f -> f.severity() == severity).count();
	}

	private static void report(Consumer<String> progress, String step) {
		if (progress != null) {
			progress.accept(step);
		}
	}

	private static final List<String> CHECKS_COLUMNS = List.of("handin.file", "handin.line", "summary.severity",
			"handin.message");

	private static byte[] checksCsv(List<Found> findings, Locale locale) {
		return Tables.csv(headers(CHECKS_COLUMNS, locale),
				findings.stream().map(f -> f.cells(locale).stream().map(Tables::cell).toList()).toList());
	}

	private static byte[] checksHtml(String participant, List<Found> findings, Locale locale) {
		return Tables.html(text(locale, "handin.checksTitle", participant), headers(CHECKS_COLUMNS, locale),
				findings.stream().map(f -> f.cells(locale)).toList(), null,
				findings.isEmpty() ? text(locale, "handin.noFindings") : null, locale);
	}

	private static List<String> headers(List<String> keys, Locale locale) {
		return keys.stream().map(k -> text(locale, k)).toList();
	}

	/**
	 * Reads and checks a hand-in as untrusted; nothing is written. Besides the archive's own limits
	 * ({@link SafeZip}): a manifest of a known version naming its participant, no file but the manifest,
	 * the checks, models and PDFs, every model readable as a model (so XMI with entities is refused) and
	 * every PDF a PDF.
	 */
	public static HandIn read(Path archive) throws PackException {
		Map<String, byte[]> files = SafeZip.read(archive, "handin");
		HandInManifest manifest = SafeZip.manifest(archive, "handin", files, MANIFEST, HandInManifest.class,
				HandInManifest::format, HandInManifest.FORMAT).shown();
		if (manifest.version() != HandInManifest.VERSION) {
			throw new PackException(archive, "handin.unknownVersion", null, manifest.version(), HandInManifest.VERSION);
		}
		if (manifest.participant() == null || manifest.participant().isBlank()) {
			throw new PackException(archive, "handin.missingField", null, "participant");
		}
		boolean nullModel = manifest.models().stream().anyMatch(Objects::isNull);
		if (nullModel || manifest.diagrams().stream().anyMatch(Objects::isNull)) {
			throw new PackException(archive, "handin.emptyEntry", null, MANIFEST, nullModel ? "models" : "diagrams");
		}
		ResourceSet resourceSet = ModelIO.newResourceSet();
		Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), ".verkstad-handin-" + UUID.randomUUID());
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String name = file.getKey();
			String base = name.substring(name.lastIndexOf('/') + 1);
			boolean flat = name.indexOf('/') == name.lastIndexOf('/');
			if (name.equals(MANIFEST) || name.equals(CHECKS_CSV) || name.equals(CHECKS_HTML)) {
				continue;
			}
			if (flat && name.startsWith(DIAGRAMS) && base.endsWith(".pdf")) {
				if (!startsWith(file.getValue(), "%PDF-")) {
					throw new PackException(archive, "handin.notPdf", null, name);
				}
				continue;
			}
			if (flat && name.startsWith(MODELS) && base.endsWith(LayoutFile.EXTENSION)) {
				continue; // a layout is read as untrusted JSON by the diagram when it is opened
			}
			if (!flat || !name.startsWith(MODELS) || !ModelIO.isModelFile(resourceSet, Path.of(base))) {
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
		return new HandIn(manifest, files);
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

	/**
	 * What an import did: a row per hand-in by participant, and the overview written beside them (or why
	 * it could not be written: {@code overviewProblem} is then not null).
	 */
	public record Import(List<Row> rows, Path overview, String overviewProblem) {
	}

	/**
	 * Imports every hand-in of {@code archives} into {@code target}: each into a folder named after its
	 * participant (a folder of that name from an earlier import is kept as {@code <name>.previous}), written
	 * under a temporary name and renamed, so a hand-in is imported whole or not at all. A hand-in that is
	 * refused (or that fails in any other way) is that one's row; the others are imported. The models are
	 * checked again here, with the pack the hand-in names when it is installed; what the archive says it
	 * found is not trusted. Writes {@value #OVERVIEW}{@code .csv} and {@code .html} into {@code target}.
	 */
	public static Import importAll(Path archives, Path target, Locale locale, Consumer<String> progress) {
		List<Path> found;
		try (Stream<Path> listed = Files.list(archives)) {
			found = listed.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION))
					.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			found = List.of();
		}
		List<Row> rows = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Path archive : found) {
			report(progress, archive.getFileName().toString());
			try {
				rows.add(importOne(archive, target, taken, locale));
			} catch (RuntimeException | StackOverflowError e) {
				// whatever this archive holds, the other participants' hand-ins are still imported
				rows.add(refused(archive, text(locale, "handin.failed", archive.getFileName(), Names.plain(String.valueOf(e)))));
			}
		}
		rows.sort(Comparator.comparing(Row::participant, String.CASE_INSENSITIVE_ORDER));
		Path overview = target.resolve(OVERVIEW + ".html");
		try {
			Files.createDirectories(target);
			AtomicFiles.write(target.resolve(OVERVIEW + ".csv"), overviewCsv(rows, locale));
			AtomicFiles.write(overview, overviewHtml(rows, locale));
			return new Import(rows, overview, null);
		} catch (IOException e) {
			return new Import(rows, overview, text(locale, "handin.noOverview", overview, Names.plain(e.getMessage())));
		}
	}

	private static Row refused(Path archive, String problem) {
		return new Row(archive, Names.shown(archive.getFileName().toString()), null, null, List.of(), null, 0, 0, 0, 0, problem);
	}

	/**
	 * The folder of a participant's hand-in: the name made safe, without dots (so that no participant's
	 * folder is the overview, another's {@code .previous} or a folder being written), unique in this import.
	 */
	private static String folderName(String participant, Set<String> taken) {
		String base = Packs.safeName(participant, "participant").replace('.', '-');
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = base + "-" + n;
		}
		return name;
	}

	private static Row importOne(Path archive, Path target, Set<String> taken, Locale locale) {
		HandIn handIn;
		try {
			handIn = read(archive);
		} catch (PackException e) {
			return refused(archive, e.message(locale));
		}
		HandInManifest m = handIn.manifest();
		String name = folderName(m.participant(), taken);
		Path folder = target.resolve(name);
		Path temp = target.resolve("." + name + ".importing");
		try {
			Files.createDirectories(target);
			Packs.deleteTree(temp);
			for (Map.Entry<String, byte[]> file : handIn.files().entrySet()) {
				if (file.getKey().equals(MANIFEST)) {
					continue;
				}
				String relative = file.getKey().startsWith(MODELS) ? file.getKey().substring(MODELS.length()) : file.getKey();
				Path to = temp.resolve(relative).normalize();
				if (!to.startsWith(temp)) {
					throw new IOException(file.getKey());
				}
				Files.createDirectories(to.getParent());
				Files.write(to, file.getValue());
			}
			Files.write(temp.resolve(MANIFEST), handIn.files().get(MANIFEST));
			if (Files.exists(folder)) {
				Path previous = target.resolve(name + ".previous");
				Packs.deleteTree(previous);
				Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			try {
				Packs.deleteTree(temp);
			} catch (IOException ignored) {
				// a dot folder is never taken for a participant
			}
			return new Row(archive, m.participant(), m.organisation(), m.created(), List.of(), null, 0, 0, 0, 0,
					text(locale, "pack.cannotWrite", archive.getFileName(), folder, Names.plain(e.getMessage())));
		}
		return checked(archive, m, folder, locale);
	}

	/** The participant's row, with the models checked again where they now are. */
	private static Row checked(Path archive, HandInManifest m, Path folder, Locale locale) {
		List<Path> files;
		try {
			files = modelFiles(folder);
		} catch (IOException e) {
			files = List.of();
		}
		int errors = 0;
		int warnings = 0;
		ResourceSet resourceSet = ModelIO.newResourceSet();
		for (Path file : files) {
			try {
				for (Finding f : Validation.validate(ModelIO.load(resourceSet, file).eResource())) {
					errors += f.severity() == Severity.ERROR ? 1 : 0;
					warnings += f.severity() == Severity.WARNING ? 1 : 0;
				}
			} catch (ModelFileException e) {
				errors++;
			}
		}
		int passed = 0;
		int failed = 0;
		Optional<Packs.Installed> pack = m.pack() == null ? Optional.empty() : Packs.installed(Packs.folder(), m.pack());
		if (pack.isPresent()) {
			try {
				for (FeedbackSummary.Row r : FeedbackSummary.run(m.participant(), files, Packs.pack(pack.get()), locale)) {
					passed += r.passed() ? 1 : 0;
					failed += r.passed() ? 0 : 1;
				}
			} catch (PackException e) {
				// the pack's templates are gone: the built-in checks still count
			}
		}
		return new Row(archive, m.participant(), m.organisation(), m.created(),
				files.stream().map(f -> f.getFileName().toString()).toList(), folder, errors, warnings, passed, failed, null);
	}

	private static final List<String> OVERVIEW_COLUMNS = List.of("summary.participant", "handin.organisation",
			"handin.handedIn", "handin.models", "handin.errors", "handin.warnings", "handin.checksPassed",
			"handin.checksFailed", "handin.problem");

	private static List<String> cells(Row r) {
		return List.of(r.participant(), String.valueOf(r.organisation() == null ? "" : r.organisation()),
				r.handedInLocally(), String.join(", ", r.models()), String.valueOf(r.errors()),
				String.valueOf(r.warnings()), String.valueOf(r.checksPassed()), String.valueOf(r.checksFailed()),
				r.problem() == null ? "" : r.problem());
	}

	static byte[] overviewCsv(List<Row> rows, Locale locale) {
		return Tables.csv(headers(OVERVIEW_COLUMNS, locale),
				rows.stream().map(r -> cells(r).stream().map(Tables::cell).toList()).toList());
	}

	static byte[] overviewHtml(List<Row> rows, Locale locale) {
		return Tables.html(text(locale, "handin.overviewTitle"), headers(OVERVIEW_COLUMNS, locale),
				rows.stream().map(HandIns::cells).toList(), rows.stream().map(r -> r.clean() ? "passed" : "failed").toList(),
				rows.isEmpty() ? text(locale, "handin.noHandIns") : null, locale);
	}

	static String text(Locale locale, String key, Object... args) {
		return PackException.MESSAGES.get(locale, key, args);
	}
}
