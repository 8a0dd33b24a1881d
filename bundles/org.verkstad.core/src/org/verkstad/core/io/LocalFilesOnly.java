package org.verkstad.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * What a resource set of Verkstad may open: model files (by their extension) in the folders of the
 * models it was asked to read, and nothing else. A model file from someone else is untrusted, and EMF
 * would otherwise follow what it names: an unknown namespace or an {@code xsi:schemaLocation} (loading
 * a metamodel from there), or a link's {@code href} to {@code http:}, {@code jar:http:} or
 * {@code archive:} addresses and UNC paths. None of these is ever opened, so reading a file makes no
 * network request; such a link stays unresolved and is reported as one.
 */
final class LocalFilesOnly extends ExtensibleURIConverterImpl {

	private final Set<Path> folders = new CopyOnWriteArraySet<>();
	private final Predicate<String> modelExtension;

	/** @param modelExtension whether files of an extension (lower case, no dot) are model files */
	LocalFilesOnly(Predicate<String> modelExtension) {
		this.modelExtension = modelExtension;
	}

	/** Lets the resource set open model files in a folder (and its subfolders). */
	void allow(Path folder) {
		folders.add(real(folder.toAbsolutePath().normalize()));
	}

	/** Whether a resource set with this converter may open the address. */
	boolean allowed(URI uri) {
		if (uri == null || !uri.isFile() || uri.hasAuthority() || uri.isArchive()) {
			return false;
		}
		String path = uri.toFileString();
		if (path == null || path.startsWith("//") || path.startsWith("\\\\")) {
			return false; // a UNC path reaches another machine
		}
		String extension = uri.fileExtension();
		if (extension == null || !modelExtension.test(extension.toLowerCase(Locale.ROOT))) {
			return false; // e.g. a metamodel (.ecore) that would be used to read the file
		}
		Path file = real(Path.of(path).toAbsolutePath().normalize());
		return folders.stream().anyMatch(file::startsWith);
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		URI normalized = normalize(uri);
		if (!allowed(normalized)) {
			throw new IOException("not opened: " + uri);
		}
		return super.createInputStream(normalized, options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw new IOException("Verkstad writes model files with ModelIO.save, not through EMF: " + uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		URI normalized = normalize(uri);
		return allowed(normalized) && super.exists(normalized, options);
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		URI normalized = normalize(uri);
		return allowed(normalized) ? super.getAttributes(normalized, options) : Map.of();
	}

	/** The path with its symbolic links resolved where it exists (a link must not lead out of a folder). */
	private static Path real(Path path) {
		try {
			return Files.exists(path) ? path.toRealPath() : path;
		} catch (IOException e) {
			return path;
		}
	}
}
