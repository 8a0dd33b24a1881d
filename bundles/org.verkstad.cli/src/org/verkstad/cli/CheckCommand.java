package org.verkstad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.verkstad.core.io.AtomicFiles;
import org.verkstad.export.report.Reports;
import org.verkstad.templates.FeedbackSummary;
import org.verkstad.templates.PackException;
import org.verkstad.templates.Packs;

/**
 * {@code check --pack PACK FOLDER|FILE… [--out FILE.csv]}: a pack's feedback checks over many
 * participants (each folder holding model files, as for reports); a line per participant, and the
 * summary (a row per participant and check) as CSV and, beside it, HTML.
 */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public Set<String> options() {
		return Set.of("--pack", "--out");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		String packValue;
		String out;
		try {
			packValue = Options.take(rest, "--pack");
			out = Options.take(rest, "--out");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		if (packValue == null || rest.isEmpty()) {
			return console.usageError(name(), "check.usage");
		}
		Packs.Pack pack;
		try {
			pack = Packs.read(Paths.get(packValue));
		} catch (PackException e) {
			console.err.println(e.message(console.locale));
			return FAILED;
		}
		List<Reports.Job> jobs = ModelFiles.participants(rest, console);
		if (jobs == null) {
			return FAILED;
		}
		List<FeedbackSummary.Row> rows = new ArrayList<>();
		try {
			for (Reports.Job job : jobs) {
				List<FeedbackSummary.Row> own = FeedbackSummary.run(job.participant(), job.files(), pack, console.locale);
				long failed = own.stream().filter(r -> !r.passed()).count();
				console.out.println(console.text("check.line", job.participant(), own.size() - failed, own.size()));
				rows.addAll(own);
			}
			Path csv = Paths.get(out == null ? "feedback.csv" : out);
			String name = csv.getFileName().toString();
			Path html = csv.resolveSibling((name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name) + ".html");
			AtomicFiles.write(csv, FeedbackSummary.csv(rows, console.locale));
			AtomicFiles.write(html, FeedbackSummary.html(rows, pack.manifest().title(), console.locale));
			console.out.println(console.text("check.written", csv, html));
		} catch (IOException e) {
			console.err.println(console.text("check.cannotWrite", String.valueOf(e.getMessage())));
			return FAILED;
		}
		return rows.stream().allMatch(FeedbackSummary.Row::passed) ? OK : FOUND_ERRORS;
	}
}
