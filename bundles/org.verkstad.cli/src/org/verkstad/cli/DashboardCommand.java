package org.verkstad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verkstad.core.io.AtomicFiles;
import org.verkstad.export.report.Dashboard;

/**
 * {@code dashboard FOLDER [--format html|csv|xlsx] [--out FILE]}: the key figures of a participant's
 * folder, or of a course (a folder of participants' folders), as a page, a CSV table or an XLSX workbook
 * (see {@link Dashboard}), written atomically.
 */
final class DashboardCommand implements Command {

	private static final List<String> FORMATS = List.of("html", "csv", "xlsx");

	@Override
	public String name() {
		return "dashboard";
	}

	@Override
	public Set<String> options() {
		return Set.of("--format", "--out");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		String format;
		String out;
		try {
			format = Options.take(rest, "--format");
			out = Options.take(rest, "--out");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		format = format == null ? "html" : format.toLowerCase(Locale.ROOT);
		if (!FORMATS.contains(format)) {
			return console.usageError(name(), "export.badFormat", format, String.join(", ", FORMATS));
		}
		if (rest.size() != 1 || !Files.isDirectory(Paths.get(rest.get(0)))) {
			return console.usageError(name(), "dashboard.oneFolder");
		}
		Path folder = Paths.get(rest.get(0));
		Path target = out != null ? Paths.get(out) : Paths.get("dashboard." + format);
		try {
			Dashboard dashboard = Dashboard.of(folder, console.locale);
			byte[] bytes = switch (format) {
			case "csv" -> dashboard.csv();
			case "xlsx" -> dashboard.xlsx();
			default -> dashboard.html();
			};
			Path parent = target.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			AtomicFiles.write(target, bytes);
			console.out.println(console.text("dashboard.written", dashboard.title(), target));
			return OK;
		} catch (IOException e) {
			console.err.println(console.text("dashboard.cannotWrite", target, String.valueOf(e.getMessage())));
			return FAILED;
		}
	}
}
