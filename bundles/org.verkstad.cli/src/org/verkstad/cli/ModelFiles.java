package org.verkstad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.report.Reports;

/** The model files named on a command line: files as given, folders searched for model files (XMI and text). */
final class ModelFiles {

	private ModelFiles() {
	}

	static List<Path> expand(List<String> arguments, ResourceSet resourceSet) {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Paths.get(argument);
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.walk(path)) {
					found.filter(Files::isRegularFile).filter(f -> ModelIO.isModelFile(resourceSet, f)).sorted()
							.forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			} else {
				files.add(path);
			}
		}
		return files;
	}

	/**
	 * The participants named on a command line (each folder holding model files is one, the files
	 * named on their own one more), or null when a path does not exist or the folders cannot be
	 * listed: then the reason is printed.
	 */
	static List<Reports.Job> participants(List<String> arguments, Console console) {
		List<Path> paths = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Paths.get(argument);
			if (!Files.exists(path)) {
				console.err.println(console.text("report.notFound", path));
				return null;
			}
			paths.add(path);
		}
		try {
			return Reports.jobs(paths);
		} catch (IOException e) {
			console.err.println(console.text("report.cannotList", String.valueOf(e.getMessage())));
			return null;
		}
	}
}
