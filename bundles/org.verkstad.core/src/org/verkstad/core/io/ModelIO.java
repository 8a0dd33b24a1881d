package org.verkstad.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.verkstad.core.Model;
import org.verkstad.core.notation.Notations;
import org.xml.sax.SAXParseException;

/**
 * Reading and writing model files. Reading never changes a file and turns every problem into a
 * {@link ModelFileException} naming the file, the line and the cause; writing is atomic and keeps the
 * previous version (see {@link AtomicFiles}).
 */
public final class ModelIO {

	/** Extension of XMI model files (any notation: the notation is read from the file). */
	public static final String XMI_EXTENSION = "xmi";

	/**
	 * Save option (value {@link Boolean#TRUE}): lay the whole file out anew. Text formats honour it;
	 * without it a text file keeps its layout and comments wherever the model did not change.
	 */
	public static final String OPTION_FORMAT = "org.verkstad.format";

	/** Files larger than this are refused: no course model comes near it (a 100,000-element map is about 9 MB). */
	public static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

	/**
	 * Models with more elements than this are refused, with a message, rather than read for minutes: a
	 * course model has a few hundred; checking and formatting 50,000 take a few seconds.
	 */
	public static final int MAX_ELEMENTS = 100_000;

	private ModelIO() {
	}

	/**
	 * A resource set that reads and writes Verkstad files; linked files are loaded into it on demand. It
	 * opens nothing but model files in the folders of the models it reads ({@link LocalFilesOnly}): no
	 * network, no archives, no metamodels named by a file.
	 */
	public static ResourceSet newResourceSet() {
		Notations.all();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(XMI_EXTENSION,
				new VerkstadXmiResource.Factory());
		resourceSet.setURIConverter(new LocalFilesOnly(extension -> isModelFile(resourceSet, Path.of("file." + extension))));
		return resourceSet;
	}

	/** Reads one model file into a new resource set. */
	public static Model load(Path file) throws ModelFileException {
		return load(newResourceSet(), file);
	}

	/**
	 * Reads one model file into the given resource set. A text file with mistakes still gives its
	 * model: what could be read, with the mistakes in the resource's errors (see
	 * {@link org.verkstad.core.validation.Validation}). The other text model files of the folder are
	 * read too, so references to them by name resolve.
	 */
	public static Model load(ResourceSet resourceSet, Path file) throws ModelFileException {
		if (!isModelFile(resourceSet, file)) {
			throw new ModelFileException(file, 0, 0, Files.isDirectory(file) ? "io.notAFile" : "io.extension", null,
					extension(file));
		}
		byte[] content = read(file, XMI_EXTENSION.equals(extension(file)));
		AtomicFiles.tidy(file.toAbsolutePath().normalize().getParent());
		return load(resourceSet, file, content);
	}

	/**
	 * The bytes of a model file, checked as {@link #load(ResourceSet, Path)} checks them (there, not too
	 * large, not empty, XMI that looks like XML, text that is text), for a reader that needs to know
	 * exactly what it read (see {@link FileVersion}).
	 */
	public static byte[] bytes(Path file) throws ModelFileException {
		return read(file, XMI_EXTENSION.equals(extension(file)));
	}

	/**
	 * Reads a model from {@code content} as if it were the content of {@code file}: the text an editor
	 * holds before it is saved. The file's folder gives the files it may link to, as in
	 * {@link #load(ResourceSet, Path)}.
	 */
	public static Model load(ResourceSet resourceSet, Path file, byte[] content) throws ModelFileException {
		if (!isModelFile(resourceSet, file)) {
			throw new ModelFileException(file, 0, 0, "io.extension", null, extension(file));
		}
		if (content.length > MAX_FILE_SIZE) {
			throw new ModelFileException(file, 0, 0, "io.tooLarge", null, content.length / (1024 * 1024),
					MAX_FILE_SIZE / (1024 * 1024));
		}
		if (isBlank(content)) {
			throw new ModelFileException(file, 0, 0, "io.empty", null);
		}
		boolean xmi = XMI_EXTENSION.equals(extension(file));
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		if (resourceSet.getURIConverter() instanceof LocalFilesOnly local && file.toAbsolutePath().getParent() != null) {
			local.allow(file.toAbsolutePath().normalize().getParent());
		}
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null) {
			existing.unload();
			resourceSet.getResources().remove(existing);
		}
		Resource resource = resourceSet.createResource(uri);
		try (InputStream in = new ByteArrayInputStream(content)) {
			resource.load(in, null);
		} catch (IOException e) {
			resourceSet.getResources().remove(resource);
			throw translate(file, e);
		} catch (RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw new ModelFileException(file, 0, 0, "io.malformed", e,
					e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
		}
		if (resource.getContents().isEmpty()) {
			resourceSet.getResources().remove(resource);
			if (!resource.getErrors().isEmpty()) {
				Resource.Diagnostic first = resource.getErrors().get(0);
				throw new ModelFileException(file, first.getLine(), first.getColumn(), "io.textSyntax", null,
						first.getMessage());
			}
			throw new ModelFileException(file, 0, 0, "io.noModel", null);
		}
		if (!xmi) {
			loadSiblings(resourceSet, file);
		}
		EObject root = resource.getContents().get(0);
		int elements = count(root, MAX_ELEMENTS);
		if (elements > MAX_ELEMENTS) {
			resourceSet.getResources().remove(resource);
			throw new ModelFileException(file, 0, 0, "io.tooManyElements", null, MAX_ELEMENTS);
		}
		if (!(root instanceof Model model)) {
			resourceSet.getResources().remove(resource);
			throw new ModelFileException(file, SourceLines.line(root), 0, "io.foreign", null,
					root.eClass().getEPackage().getNsURI());
		}
		return model;
	}

	/**
	 * Writes a model to a file: atomically, keeping the previous version, with ids for all elements.
	 * The file's extension chooses the format (XMI or text), so
	 * saving under another extension converts. Links to other files are written relative to the file.
	 * The file's folder must exist: a mistyped folder is refused, not made.
	 */
	public static byte[] save(Model model, Path file) throws ModelFileException {
		return save(model, file, false);
	}

	/** {@link #save(Model, Path)}, laying the file out anew when {@code format} is set; returns what was written. */
	public static byte[] save(Model model, Path file, boolean format) throws ModelFileException {
		Path folder = file.toAbsolutePath().normalize().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new ModelFileException(file, 0, 0, "io.noFolder", null, folder);
		}
		byte[] content = render(model, file, format);
		try {
			AtomicFiles.write(file, content);
		} catch (IOException e) {
			throw new ModelFileException(file, 0, 0, "io.writeError", e, String.valueOf(e.getMessage()));
		}
		return content;
	}

	/**
	 * The content {@link #save(Model, Path, boolean)} would write to the file, without writing it.
	 * The model becomes the content of the file's resource (in the format of its extension).
	 */
	public static byte[] render(Model model, Path file, boolean format) throws ModelFileException {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		ResourceSet resourceSet = model.eResource() != null && model.eResource().getResourceSet() != null
				? model.eResource().getResourceSet() : newResourceSet();
		if (!isModelFile(resourceSet, file)) {
			throw new ModelFileException(file, 0, 0, "io.extension", null, extension(file));
		}
		Ids.ensure(model);
		Resource resource = model.eResource();
		if (resource == null || !extension(file).equals(resource.getURI().fileExtension())) {
			if (resource != null) {
				// references still pointing into the old file (text links are resolved lazily) must be
				// resolved before the model moves to the new one
				EcoreUtil.resolveAll(resource);
			}
			Resource existing = resourceSet.getResource(uri, false);
			if (existing != null) {
				resourceSet.getResources().remove(existing);
			}
			resource = resourceSet.createResource(uri);
			resource.getContents().add(model);
		} else {
			resource.setURI(uri);
		}
		try {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			resource.save(buffer, format ? Map.of(OPTION_FORMAT, Boolean.TRUE) : null);
			return buffer.toByteArray();
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(file, 0, 0, "io.writeError", e,
					e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
		}
	}

	/**
	 * Whether the file's extension is one of a model file: XMI, or the text format of an installed
	 * notation (not what else EMF can read, such as a metamodel's {@code .ecore}).
	 */
	public static boolean isModelFile(ResourceSet resourceSet, Path file) {
		String extension = extension(file);
		if (XMI_EXTENSION.equals(extension)) {
			return true;
		}
		return Notations.byId(extension).isPresent()
				&& (resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().containsKey(extension)
						|| Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().containsKey(extension));
	}

	/** How many objects the tree under {@code root} holds (itself included), counted up to one past {@code limit}. */
	public static int count(EObject root, int limit) {
		int n = 1;
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext() && n <= limit; all.next()) {
			n++;
		}
		return n;
	}

	/** The other text model files of the folder, so that names in the file can refer to them. */
	private static void loadSiblings(ResourceSet resourceSet, Path file) {
		for (Path sibling : siblings(resourceSet, file)) {
			URI uri = URI.createFileURI(sibling.toString());
			if (resourceSet.getResource(uri, false) == null) {
				try {
					resourceSet.getResource(uri, true);
				} catch (RuntimeException unreadable) {
					// reported when that file itself is read; here it only cannot be referred to
				}
			}
		}
	}

	/**
	 * The text model files beside a file (not itself, not XMI, none too large), whose elements its names
	 * may refer to; none when the folder cannot be listed (the references then stay unresolved and are
	 * reported).
	 */
	public static List<Path> siblings(ResourceSet resourceSet, Path file) {
		Path self = file.toAbsolutePath().normalize();
		List<Path> siblings = new ArrayList<>();
		try (Stream<Path> files = Files.list(self.getParent())) {
			for (Path sibling : (Iterable<Path>) files.sorted()::iterator) {
				if (!sibling.equals(self) && Files.isRegularFile(sibling) && !XMI_EXTENSION.equals(extension(sibling))
						&& isModelFile(resourceSet, sibling) && Files.size(sibling) <= MAX_FILE_SIZE) {
					siblings.add(sibling);
				}
			}
		} catch (IOException e) {
			return List.of();
		}
		return siblings;
	}

	private static byte[] read(Path file, boolean xmi) throws ModelFileException {
		if (!Files.exists(file)) {
			throw new ModelFileException(file, 0, 0, "io.notFound", null);
		}
		if (!Files.isRegularFile(file)) {
			throw new ModelFileException(file, 0, 0, "io.notAFile", null);
		}
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_SIZE) {
				throw new ModelFileException(file, 0, 0, "io.tooLarge", null, size / (1024 * 1024),
						MAX_FILE_SIZE / (1024 * 1024));
			}
			byte[] content = Files.readAllBytes(file);
			if (isBlank(content)) {
				throw new ModelFileException(file, 0, 0, "io.empty", null);
			}
			if (xmi && !startsLikeXml(content)) {
				throw new ModelFileException(file, 1, 1, "io.notXml", null);
			}
			if (!xmi && !TextEncoding.isUtf16(content) && isBinary(content)) {
				throw new ModelFileException(file, 1, 1, "io.notText", null);
			}
			return content;
		} catch (IOException e) {
			throw new ModelFileException(file, 0, 0, "io.readError", e, String.valueOf(e.getMessage()));
		}
	}

	private static boolean isBlank(byte[] content) {
		for (byte b : content) {
			if (!Character.isWhitespace(b) && b != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isBinary(byte[] content) {
		for (int i = 0; i < Math.min(content.length, 8192); i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsLikeXml(byte[] content) {
		int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf ? 3 : 0;
		while (i < content.length && Character.isWhitespace(content[i])) {
			i++;
		}
		return i < content.length && content[i] == '<';
	}

	private static ModelFileException translate(Path file, IOException e) {
		Throwable cause = e instanceof Resource.IOWrappedException && e.getCause() != null ? e.getCause() : e;
		if (cause instanceof SAXParseException sax) {
			String text = String.valueOf(sax.getMessage());
			String key = text.contains("DOCTYPE") ? "io.doctype"
					: text.contains("same entity") || text.contains("Premature end") ? "io.truncated" : "io.malformed";
			return new ModelFileException(file, sax.getLineNumber(), sax.getColumnNumber(), key, e, text);
		}
		if (cause instanceof PackageNotFoundException p) {
			return new ModelFileException(file, p.getLine(), p.getColumn(), "io.foreign", e, p.uri());
		}
		if (cause instanceof ClassNotFoundException c) {
			return new ModelFileException(file, c.getLine(), c.getColumn(), "io.unknownKind", e, c.getName());
		}
		if (cause instanceof FeatureNotFoundException f) {
			return new ModelFileException(file, f.getLine(), f.getColumn(), "io.unknownFeature", e, f.getName());
		}
		if (cause instanceof IllegalValueException v) {
			return new ModelFileException(file, v.getLine(), v.getColumn(), "io.illegalValue", e,
					String.valueOf(v.getValue()), v.getFeature().getName());
		}
		if (cause instanceof UnresolvedReferenceException u) {
			return new ModelFileException(file, u.getLine(), u.getColumn(), "io.unresolved", e, u.getReference());
		}
		if (cause instanceof XMIException x) {
			return new ModelFileException(file, x.getLine(), x.getColumn(), "io.malformed", e,
					String.valueOf(x.getMessage()));
		}
		return new ModelFileException(file, 0, 0, "io.readError", e, String.valueOf(cause.getMessage()));
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
