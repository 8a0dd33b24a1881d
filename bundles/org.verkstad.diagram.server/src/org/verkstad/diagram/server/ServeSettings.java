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
 * outside it is ever read or written, also not through a symbolic link that leads out of it), the
 * language of the diagrams and the models read ahead for the pages asked for.
 */
public record ServeSettings(Path root, Locale locale, Prefetch prefetch) {

	public ServeSettings {
		root = real(root.toAbsolutePath().normalize());
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
					.filter(this::allows)
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

	/**
	 * Whether a file lies in the served folder: its path, and its real path (symbolic links followed),
	 * which must not leave the folder either.
	 */
	public boolean allows(Path file) {
		Path path = file.toAbsolutePath().normalize();
		return path.startsWith(root) && real(path).startsWith(root);
	}

	/**
	 * The path with its symbolic links resolved: of the file when it exists, else of its nearest folder
	 * that does (a file about to be made lies where its folder really is).
	 */
	static Path real(Path path) {
		return real(path, 0);
	}

	private static Path real(Path path, int links) {
		try {
			if (Files.exists(path)) {
				return path.toRealPath();
			}
			if (Files.isSymbolicLink(path) && links < 40) {
				// a link to nothing (yet): where writing it would write
				Path target = Files.readSymbolicLink(path);
				return real(path.resolveSibling(target).normalize(), links + 1);
			}
		} catch (IOException e) {
			return path;
		}
		Path parent = path.getParent();
		return parent == null ? path : real(parent, links).resolve(path.getFileName());
	}
}
