package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.description.Descriptions;

/**
 * What every diagram session of one server shares: the folder whose models may be opened (no file
 * outside it is ever read or written), the language of the diagrams and the models read ahead for the
 * pages asked for.
 */
public record ServeSettings(Path root, Locale locale, Prefetch prefetch) {

	public ServeSettings {
		root = root.toAbsolutePath().normalize();
	}

	public ServeSettings(Path root, Locale locale) {
		this(root, locale, new Prefetch());
	}

	/** How deep {@link #modelFiles()} looks into the folder. */
	private static final int MAX_DEPTH = 4;

	/** The model files of the folder (and its subfolders, hidden ones aside) that a diagram shows, sorted. */
	public List<Path> modelFiles() throws IOException {
		ResourceSet resourceSet = ModelIO.newResourceSet();
		try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
			return walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().startsWith("."))
					.filter(p -> ModelIO.isModelFile(resourceSet, p) && !Descriptions.forNotation(notation(p)).isEmpty())
					.sorted().toList();
		}
	}

	/** A model file's notation: its extension. */
	public static String notation(Path file) {
		return extension(file.getFileName().toString());
	}

	/** A file name's extension in lower case, or "". */
	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Whether a file lies in the served folder. */
	public boolean allows(Path file) {
		return file.toAbsolutePath().normalize().startsWith(root);
	}
}
