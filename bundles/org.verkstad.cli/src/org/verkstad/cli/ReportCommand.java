package org.verkstad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.verkstad.export.Choice;
import org.verkstad.export.ExportException;
import org.verkstad.export.report.ReportFormat;
import org.verkstad.export.report.Reports;

/**
 * {@code report DIR|FILE… [--format pdf|docx|html] [--out FILE|DIR]}: a course report per participant
 * (each folder holding model files; the files named on their own make one more). A line per report as
 * it is done; a report that cannot be made is reported and the others are made all the same.
 */
final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public Set<String> options() {
		return Set.of("--format", "--out");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		String formatValue;
		String out;
		try {
			formatValue = Options.take(rest, "--format");
			out = Options.take(rest, "--out");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		ReportFormat format = formatValue == null ? ReportFormat.PDF : ReportFormat.parse(formatValue);
		if (format == null) {
			return console.usageError(name(), "export.badFormat", formatValue, Choice.names(ReportFormat.values()));
		}
		if (rest.isEmpty()) {
			return console.usageError(name(), "report.noFiles");
		}
		List<Reports.Job> jobs = ModelFiles.participants(rest, console);
		if (jobs == null) {
			return FAILED;
		}
		if (jobs.isEmpty()) {
			return console.usageError(name(), "report.noFiles");
		}
		Path outPath = out == null ? null : Paths.get(out);
		// one report may go to the file named (a name with an extension: anna.docx); otherwise, and always for
		// several, the reports go into the folder named (default: the current one)
		boolean outIsFile = outPath != null && jobs.size() == 1 && !Files.isDirectory(outPath)
				&& outPath.getFileName().toString().lastIndexOf('.') > 0;
		if (outPath != null && !outIsFile && Files.exists(outPath) && !Files.isDirectory(outPath)) {
			console.err.println(console.text("export.outNotAFolder", outPath));
			return FAILED;
		}
		int failed = 0;
		// two participants' folders of one name (in different places) would write one file
		Set<Path> targets = new HashSet<>();
		for (int i = 0; i < jobs.size(); i++) {
			Reports.Job job = jobs.get(i);
			Path target = outIsFile ? outPath : (outPath == null ? Paths.get("") : outPath).resolve(Reports.fileName(job, format));
			if (!targets.add(target.toAbsolutePath().normalize())) {
				console.err.println(console.text("report.sameName", job.participant(), target));
				failed++;
				continue;
			}
			try {
				Path parent = target.toAbsolutePath().getParent();
				Files.createDirectories(parent);
				Reports.write(job, format, target, console.locale);
				console.out.println(console.text("report.progress", i + 1, jobs.size(), job.participant(), job.files().size(), target));
			} catch (ExportException e) {
				console.err.println(e.message(console.locale));
				failed++;
			} catch (IOException e) {
				console.err.println(console.text("report.cannotList", String.valueOf(e.getMessage())));
				failed++;
			}
			console.out.flush();
		}
		console.out.println(console.text("report.summary", jobs.size() - failed, failed));
		return failed > 0 ? FAILED : OK;
	}
}
