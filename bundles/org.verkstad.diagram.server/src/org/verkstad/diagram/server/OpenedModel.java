package org.verkstad.diagram.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.verkstad.core.Model;
import org.verkstad.core.io.FileVersion;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * A model file read and drawn: what {@link VerkstadModelState#open} sets up a session with. Reading needs
 * no session, so a diagram can be read ahead (see {@link Prefetch}).
 *
 * @param readOnlyReason why the model cannot be edited (its text has mistakes), or null
 * @param version the model file's version as read, or null when the model was read from a text
 */
public record OpenedModel(Model model, LayoutFile layout, String readOnlyReason, Diagram diagram, FileVersion version) {

	/**
	 * A model read from a file or a text, why it cannot be edited (null when it can) and the version of
	 * the file read (null when it was read from a text).
	 */
	record Loaded(Model model, String readOnlyReason, FileVersion version) {
	}

	/** Reads a model file and its layout file to be shown by a description, and draws it. */
	static OpenedModel read(DiagramDescription description, Path file, Locale locale) throws ModelFileException {
		return read(description, file, locale, null, null);
	}

	/**
	 * The same, with the model read from {@code text} (an editor's) when it is not null, drawn with
	 * {@code layout} (a shared document's) when that is not null.
	 */
	static OpenedModel read(DiagramDescription description, Path file, Locale locale, String text, LayoutFile shared)
			throws ModelFileException {
		Loaded loaded = load(description, file, locale, text);
		LayoutFile layout = shared != null ? shared : LayoutFile.read(file);
		return new OpenedModel(loaded.model(), layout, loaded.readOnlyReason(),
				DiagramBuilder.build(description, loaded.model(), layout, locale), loaded.version());
	}

	/**
	 * Reads a model file to be shown by a description, and draws it: from the file when {@code document}
	 * is null, else from {@code text}, the document's (an editor's, or the document the diagrams of one
	 * {@code serve} share, then drawn with its layout, under its lock).
	 */
	static OpenedModel readFrom(LiveDocuments.Document document, String text, DiagramDescription description, Path file,
			Locale locale) throws ModelFileException {
		if (document instanceof LiveDocuments.Shared shared) {
			shared.lock().writeLock().lock();
			try {
				return read(description, file, locale, text, shared.layoutFile());
			} finally {
				shared.lock().writeLock().unlock();
			}
		}
		return read(description, file, locale, text, null);
	}

	/**
	 * Reads the model of a file, from {@code text} when it is not null. A text with mistakes gives a model
	 * that is read-only: saving it would lose what could not be read.
	 *
	 * @throws EditRefused when the file holds another kind of model than the description shows
	 */
	static Loaded load(DiagramDescription description, Path file, Locale locale, String text)
			throws ModelFileException {
		byte[] content = text == null ? ModelIO.bytes(file) : text.getBytes(StandardCharsets.UTF_8);
		Model loaded = ModelIO.load(ModelIO.newResourceSet(), file, content);
		if (!loaded.eClass().getName().equals(description.rootClass())) {
			throw new EditRefused("serve.wrongDiagram", file.getFileName(), description.type());
		}
		String readOnlyReason = null;
		Resource resource = loaded.eResource();
		if (!resource.getErrors().isEmpty()) {
			Finding first = Validation.validate(resource).stream().filter(f -> f.severity() == Severity.ERROR)
					.findFirst().orElse(null);
			readOnlyReason = ServerMessages.MESSAGES.get(locale, "serve.readOnly", file.getFileName(),
					first == null ? 0 : first.line(), first == null ? "" : first.message(locale));
		}
		return new Loaded(loaded, readOnlyReason, text == null ? FileVersion.of(content) : null);
	}
}
