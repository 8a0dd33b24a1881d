package org.verkstad.export.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.ExportException;

/**
 * Course reports written as files: one per participant. A participant is a folder that holds model
 * files (a hand-in); files named on their own make one report together.
 */
public final class Reports {

	/** One report to make: the participant (the folder's name), the model files, where it goes. */
	public record Job(String participant, List<Path> files) {
	}

	private Reports() {
	}

	/**
	 * The reports the arguments ask for: each folder that directly holds model files (searched below
	 * the folders given) is one participant; the files given by name are one more.
	 */
	public static List<Job> jobs(List<Path> arguments) throws IOException {
		ResourceSet resourceSet = ModelIO.newResourceSet();
		List<Path> inFolders = new ArrayList<>();
		List<Path> loose = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				try (Stream<Path> found = Files.walk(argument)) {
					found.filter(Files::isRegularFile).filter(f -> ModelIO.isModelFile(resourceSet, f)).sorted()
							.forEach(inFolders::add);
				}
			} else {
				loose.add(argument);
			}
		}
		List<Job> jobs = byFolder(inFolders);
		if (!loose.isEmpty()) {
			Path first = loose.get(0).toAbsolutePath().normalize();
			String name = first.getParent() == null || first.getParent().getFileName() == null ? "report"
					: first.getParent().getFileName().toString();
			jobs.add(new Job(name, loose));
		}
		return jobs;
	}

	/** A report per folder of the model files given: each folder is a participant (a workbench's chosen files). */
	public static List<Job> byFolder(List<Path> files) {
		Map<Path, List<Path>> byFolder = new TreeMap<>();
		for (Path f : files) {
			byFolder.computeIfAbsent(f.toAbsolutePath().normalize().getParent(), k -> new ArrayList<>()).add(f);
		}
		List<Job> jobs = new ArrayList<>();
		byFolder.forEach((folder, held) -> jobs.add(new Job(folder.getFileName() == null ? folder.toString()
				: folder.getFileName().toString(), held)));
		return jobs;
	}

	/** The report's content as the format's bytes. */
	public static byte[] render(CourseReport report, ReportFormat format) throws ExportException {
		try {
			return switch (format) {
			case HTML -> HtmlReport.write(report);
			case PDF -> PdfReport.write(report);
			case DOCX -> DocxReport.write(report);
			};
		} catch (ExportException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new ExportException(report.parts().isEmpty() ? null : report.parts().get(0).file(), "report.writeError", e,
					String.valueOf(e.getMessage()));
		}
	}

	/** Makes a participant's report and writes it atomically to {@code target}. */
	public static Path write(Job job, ReportFormat format, Path target, Locale locale) throws ExportException {
		byte[] content = render(CourseReport.of(job.participant(), job.files(), locale), format);
		try {
			AtomicFiles.write(target, content);
			return target;
		} catch (IOException e) {
			throw new ExportException(job.files().isEmpty() ? null : job.files().get(0), "export.cannotWrite", e, target,
					String.valueOf(e.getMessage()));
		}
	}

	/** The file name of a participant's report: {@code <participant>.report.<format>}. */
	public static String fileName(Job job, ReportFormat format) {
		return job.participant().replaceAll("[\\\\/:*?\"<>|]", "_") + ".report." + format.extension();
	}
}
