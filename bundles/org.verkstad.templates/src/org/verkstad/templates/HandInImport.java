package org.verkstad.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.Tables;
import org.verkstad.export.report.Dashboard;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;

/** A teacher's import of a folder of hand-ins: each unpacked whole or not at all, checked again, and the overview. */
final class HandInImport {

	private HandInImport() {
	}

	/**
	 * Imports every hand-in of {@code archives} into {@code target}: each into a folder named after its
	 * participant (a folder of that name from an earlier import is kept as {@code <name>.previous}), written
	 * under a temporary name and renamed, so a hand-in is imported whole or not at all. A hand-in that is
	 * refused (or that fails in any other way) is that one's row; the others are imported. The models are
	 * checked again here, with the pack the hand-in names when it is installed; what the archive says it
	 * found is not trusted. Writes {@value HandIns#OVERVIEW}{@code .csv} and {@code .html} into {@code target}.
	 */
	static HandIns.Import importAll(Path archives, Path target, Locale locale, Consumer<String> progress) {
		List<Path> found;
		try (Stream<Path> listed = Files.list(archives)) {
			found = listed.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(HandIns.EXTENSION))
					.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			found = List.of();
		}
		List<HandIns.Row> rows = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Path archive : found) {
			HandIns.report(progress, archive.getFileName().toString());
			try {
				rows.add(importOne(archive, target, taken, locale));
			} catch (RuntimeException | StackOverflowError e) {
				// whatever this archive holds, the other participants' hand-ins are still imported
				rows.add(refused(archive, HandIns.text(locale, "handin.failed", archive.getFileName(), Names.plain(String.valueOf(e)))));
			}
		}
		rows.sort(Comparator.comparing(HandIns.Row::participant, String.CASE_INSENSITIVE_ORDER));
		Path overview = target.resolve(HandIns.OVERVIEW + ".html");
		try {
			Files.createDirectories(target);
			AtomicFiles.write(target.resolve(HandIns.OVERVIEW + ".csv"), overviewCsv(rows, locale));
			AtomicFiles.write(overview, overviewHtml(rows, locale));
			// the course's key figures: every participant's, and their spread (verkstad dashboard)
			Dashboard dashboard = Dashboard.of(target, locale);
			if (!dashboard.tables().isEmpty()) {
				AtomicFiles.write(target.resolve(HandIns.DASHBOARD + ".html"), dashboard.html());
				AtomicFiles.write(target.resolve(HandIns.DASHBOARD + ".xlsx"), dashboard.xlsx());
			}
			return new HandIns.Import(rows, overview, null);
		} catch (IOException e) {
			return new HandIns.Import(rows, overview, HandIns.text(locale, "handin.noOverview", overview, Names.plain(e.getMessage())));
		}
	}

	private static HandIns.Row refused(Path archive, String problem) {
		return new HandIns.Row(archive, Names.shown(archive.getFileName().toString()), null, null, List.of(), null, 0, 0, 0, 0, problem);
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

	private static HandIns.Row importOne(Path archive, Path target, Set<String> taken, Locale locale) {
		HandIns.HandIn handIn;
		try {
			handIn = HandInReader.read(archive);
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
				if (file.getKey().equals(HandIns.MANIFEST)) {
					continue;
				}
				String relative = file.getKey().startsWith(HandIns.MODELS) ? file.getKey().substring(HandIns.MODELS.length()) : file.getKey();
				Path to = temp.resolve(relative).normalize();
				if (!to.startsWith(temp)) {
					throw new IOException(file.getKey());
				}
				Files.createDirectories(to.getParent());
				Files.write(to, file.getValue());
			}
			Files.write(temp.resolve(HandIns.MANIFEST), handIn.files().get(HandIns.MANIFEST));
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
			return new HandIns.Row(archive, m.participant(), m.organisation(), m.created(), List.of(), null, 0, 0, 0, 0,
					HandIns.text(locale, "pack.cannotWrite", archive.getFileName(), folder, Names.plain(e.getMessage())));
		}
		return checked(archive, m, folder, locale);
	}

	/** The participant's row, with the models checked again where they now are. */
	private static HandIns.Row checked(Path archive, HandInManifest m, Path folder, Locale locale) {
		List<Path> files;
		try {
			files = HandIns.modelFiles(folder);
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
		return new HandIns.Row(archive, m.participant(), m.organisation(), m.created(),
				files.stream().map(f -> f.getFileName().toString()).toList(), folder, errors, warnings, passed, failed, null);
	}

	private static final List<String> OVERVIEW_COLUMNS = List.of("summary.participant", "handin.organisation",
			"handin.handedIn", "handin.models", "handin.errors", "handin.warnings", "handin.checksPassed",
			"handin.checksFailed", "handin.problem");

	private static List<String> cells(HandIns.Row r) {
		return List.of(r.participant(), String.valueOf(r.organisation() == null ? "" : r.organisation()),
				r.handedInLocally(), String.join(", ", r.models()), String.valueOf(r.errors()),
				String.valueOf(r.warnings()), String.valueOf(r.checksPassed()), String.valueOf(r.checksFailed()),
				r.problem() == null ? "" : r.problem());
	}

	static byte[] overviewCsv(List<HandIns.Row> rows, Locale locale) {
		return Tables.csv(HandIns.headers(OVERVIEW_COLUMNS, locale),
				rows.stream().map(r -> cells(r).stream().map(Tables::cell).toList()).toList());
	}

	static byte[] overviewHtml(List<HandIns.Row> rows, Locale locale) {
		return Tables.html(HandIns.text(locale, "handin.overviewTitle"), HandIns.headers(OVERVIEW_COLUMNS, locale),
				rows.stream().map(HandInImport::cells).toList(), rows.stream().map(r -> r.clean() ? "passed" : "failed").toList(),
				rows.isEmpty() ? HandIns.text(locale, "handin.noHandIns") : null, locale);
	}
}
