package org.verkstad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.Choice;
import org.verkstad.export.DiagramExport;
import org.verkstad.export.ExportException;
import org.verkstad.export.ExportFormat;
import org.verkstad.export.Page;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.export.interchange.Interchanges;
import org.verkstad.core.validation.Severity;

/**
 * {@code export FILE|FOLDER… [--format svg|png|pdf] [--out DIR] [--page a4|a4-landscape|fit] [--dpi N]}:
 * every diagram of the models, drawn headless. One line per file as it is done; a file that cannot be
 * read or written, or has mistakes in its text, is reported and the others are exported all the same
 * (exit 2 at the end).
 */
final class ExportCommand implements Command {

	static final ExportFormat DEFAULT_FORMAT = ExportFormat.PDF;
	static final Page DEFAULT_PAGE = Page.A4_LANDSCAPE;
	static final int DEFAULT_DPI = 150;

	@Override
	public String name() {
		return "export";
	}

	@Override
	public Set<String> options() {
		return Set.of("--format", "--out", "--page", "--dpi");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		String formatValue;
		String out;
		String pageValue;
		String dpiValue;
		try {
			formatValue = Options.take(rest, "--format");
			out = Options.take(rest, "--out");
			pageValue = Options.take(rest, "--page");
			dpiValue = Options.take(rest, "--dpi");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		ExportFormat format = formatValue == null ? DEFAULT_FORMAT : ExportFormat.parse(formatValue);
		String interchange = format == null && Interchanges.formats().contains(formatValue) ? formatValue : null;
		if (format == null && interchange == null) {
			List<String> formats = new ArrayList<>(List.of(Choice.names(ExportFormat.values()).split(", ")));
			formats.addAll(Interchanges.formats());
			return console.usageError(name(), "export.badFormat", formatValue, String.join(", ", formats));
		}
		Page page = pageValue == null ? DEFAULT_PAGE : Page.parse(pageValue);
		if (page == null) {
			return console.usageError(name(), "export.badPage", pageValue, Choice.names(Page.values()));
		}
		int dpi = DEFAULT_DPI;
		if (dpiValue != null) {
			try {
				dpi = Integer.parseInt(dpiValue);
			} catch (NumberFormatException e) {
				dpi = -1;
			}
			if (dpi < DiagramExport.MIN_DPI || dpi > DiagramExport.MAX_DPI) {
				return console.usageError(name(), "export.badDpi", dpiValue, DiagramExport.MIN_DPI, DiagramExport.MAX_DPI);
			}
		}
		if (rest.isEmpty()) {
			return console.usageError(name(), "export.noFiles");
		}
		Path outDir = out == null ? null : Paths.get(out);
		if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
			console.err.println(console.text("export.outNotAFolder", outDir));
			return FAILED;
		}
		ResourceSet resourceSet = ModelIO.newResourceSet();
		List<Path> files = ModelFiles.expand(rest, resourceSet);
		if (files.isEmpty()) {
			return console.usageError(name(), "export.noFiles");
		}
		int failed = 0;
		int written = 0;
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			console.out.flush(); // each file's line as it is done
			try {
				Model model = ModelIO.load(ModelIO.newResourceSet(), file);
				if (console.readMistakes(file, model.eResource())) {
					// what could not be read would be missing from the drawing
					console.err.println(console.text("export.notExported", file));
					failed++;
					continue;
				}
				Path target = outDir != null ? outDir : file.toAbsolutePath().getParent();
				List<Path> done = interchange != null ? exchange(file, model, interchange, target, console)
						: DiagramExport.export(file, model, format, page, dpi, target, console.locale);
				if (done == null) {
					failed++;
					continue;
				}
				written += done.size();
				for (Path d : done) {
					console.out.println(console.text("export.progress", i + 1, files.size(), file, d));
				}
			} catch (ModelFileException e) {
				console.problem(e);
				failed++;
			} catch (ExportException e) {
				console.err.println(e.message(console.locale));
				failed++;
			}
		}
		console.out.println(console.text("export.summary", written, files.size() - failed, failed));
		return failed > 0 ? FAILED : OK;
	}

	/** A model in a format another tool reads (BPMN), if its notation has that format; null when it failed (said why). */
	private static List<Path> exchange(Path file, Model model, String format, Path folder, Console console) {
		Optional<Interchange> writer = Interchanges.writing(format, model);
		if (writer.isEmpty()) {
			console.err.println(console.text("export.notInFormat", file, format));
			return null;
		}
		try {
			return List.of(writer.get().export(file, model, folder, console.locale));
		} catch (InterchangeException e) {
			console.problem(file, e.line(), Severity.ERROR, e.cause(console.locale));
		} catch (IOException e) {
			console.err.println(console.text("import.writeError", writer.get().target(file, folder), String.valueOf(e.getMessage())));
		}
		return null;
	}
}
