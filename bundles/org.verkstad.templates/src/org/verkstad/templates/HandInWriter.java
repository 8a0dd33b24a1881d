package org.verkstad.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.Tables;
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

/** Makes a participant's hand-in of a folder: the models, their diagrams as PDF, what the checks found. */
final class HandInWriter {

	private HandInWriter() {
	}

	/** What the checks found in a file of a hand-in ({@code line} empty when it is about the whole file). */
	private record Found(String file, String line, Severity severity, String message) {
		List<String> cells(Locale locale) {
			return List.of(file, line, severity.label(locale), message);
		}
	}

	/**
	 * Makes the hand-in of the model files directly in {@code folder}: the files with their layouts, a PDF
	 * of each readable model's diagrams, and the checks' findings (the built-in ones and, when the models
	 * were made from an installed pack, the pack's) as {@value HandIns#CHECKS_CSV} and {@value HandIns#CHECKS_HTML}. A
	 * model with mistakes is handed in as it is, without a PDF. Written atomically to {@code out}.
	 */
	static HandInManifest create(Path folder, String participant, Path out, Locale locale, Consumer<String> progress)
			throws PackException {
		List<Path> files;
		try {
			files = Files.isDirectory(folder) ? HandIns.modelFiles(folder) : List.of();
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
			HandIns.report(progress, name);
			try {
				content.put(HandIns.MODELS + name, Files.readAllBytes(file));
				Path layout = LayoutFile.of(file);
				if (Files.isRegularFile(layout)) {
					content.put(HandIns.MODELS + layout.getFileName(), Files.readAllBytes(layout));
				}
			} catch (IOException e) {
				throw new PackException(file, "handin.cannotRead", e, String.valueOf(e.getMessage()));
			}
			models.add(HandIns.MODELS + name);
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
				content.put(HandIns.DIAGRAMS + name + ".pdf", DiagramExport.pdf(DiagramExport.draw(file, model, locale), Page.A4_LANDSCAPE));
				diagrams.add(HandIns.DIAGRAMS + name + ".pdf");
			} catch (ExportException e) {
				findings.add(new Found(name, "", Severity.ERROR, e.message(locale)));
			}
		}
		int errors = count(findings, Severity.ERROR);
		int warnings = count(findings, Severity.WARNING);
		content.put(HandIns.CHECKS_CSV, checksCsv(findings, locale));
		content.put(HandIns.CHECKS_HTML, checksHtml(participant, findings, locale));
		HandInManifest manifest = new HandInManifest(HandInManifest.FORMAT, HandInManifest.VERSION, participant,
				organisations.isEmpty() ? null : organisations.iterator().next(),
				courses.isEmpty() ? null : courses.iterator().next(),
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), pack, models, diagrams, errors, warnings);
		try {
			AtomicFiles.write(out, SafeZip.write(HandIns.MANIFEST, manifest, content));
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

	private static final List<String> CHECKS_COLUMNS = List.of("handin.file", "handin.line", "summary.severity",
			"handin.message");

	private static byte[] checksCsv(List<Found> findings, Locale locale) {
		return Tables.csv(HandIns.headers(CHECKS_COLUMNS, locale),
				findings.stream().map(f -> f.cells(locale).stream().map(Tables::cell).toList()).toList());
	}

	private static byte[] checksHtml(String participant, List<Found> findings, Locale locale) {
		return Tables.html(HandIns.text(locale, "handin.checksTitle", participant), HandIns.headers(CHECKS_COLUMNS, locale),
				findings.stream().map(f -> f.cells(locale)).toList(), null,
				findings.isEmpty() ? HandIns.text(locale, "handin.noFindings") : null, locale);
	}
}
