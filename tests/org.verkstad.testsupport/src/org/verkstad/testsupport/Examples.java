package org.verkstad.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.verkstad.core.io.ModelIO;

/** The course examples of the repository ({@code examples/}), found through the property {@code verkstad.examples}. */
public final class Examples {

	private Examples() {
	}

	public static Path dir() {
		String dir = System.getProperty("verkstad.examples");
		Path path = dir != null ? Paths.get(dir) : Paths.get("../../examples");
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("examples not found at " + path.toAbsolutePath());
		}
		return path;
	}

	public static Path file(String name) {
		return dir().resolve(name);
	}

	/** The example model files of the notations the test has (a file per notation's extension: {@code .process} …). */
	public static List<Path> models() {
		return all("");
	}

	/** The first example of a notation, e.g. {@code first(".process")}. */
	public static Path first(String suffix) {
		return all(suffix).get(0);
	}

	/** All example model files whose name ends with the suffix, e.g. {@code .process}. */
	public static List<Path> all(String suffix) {
		try (Stream<Path> files = Files.list(dir())) {
			return files.filter(p -> p.getFileName().toString().endsWith(suffix))
					.filter(p -> ModelIO.isModelFile(ModelIO.newResourceSet(), p)).sorted()
					.collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Copies the examples to a folder (tests never change the repository's files). */
	public static Path copyTo(Path target) {
		try (Stream<Path> files = Files.list(dir())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					Files.copy(file, target.resolve(file.getFileName()));
				}
			}
			return target;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
