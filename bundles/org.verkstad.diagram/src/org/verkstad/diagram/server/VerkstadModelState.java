package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.DiagramMessages;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * What one open diagram works on: the model file, its model (in a resource set with the files it links
 * to), its layout file, the description it is drawn by and the diagram last drawn.
 */
public class VerkstadModelState extends DefaultGModelState {

	private DiagramDescription description;
	private Path file;
	private Model model;
	private LayoutFile layout;
	private Diagram diagram;
	private Locale locale = Locale.ENGLISH;
	private String readOnlyReason;
	private boolean drawnOnOpen;
	/**
	 * Edits, undo and redo change the model on GLSP's dispatching thread while the checks read it on
	 * the thread of GLSP's live validation: changes take the write lock, reading takes the read lock.
	 */
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/** Reads the model while no edit changes it. */
	public <T> T reading(Supplier<T> read) {
		lock.readLock().lock();
		try {
			return read.get();
		} finally {
			lock.readLock().unlock();
		}
	}

	/** Changes the model while nothing reads it. */
	public <T> T writing(Supplier<T> write) {
		lock.writeLock().lock();
		try {
			return write.get();
		} finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public void undo() {
		drawnOnOpen = false;
		writing(() -> {
			super.undo();
			return null;
		});
	}

	@Override
	public void redo() {
		drawnOnOpen = false;
		writing(() -> {
			super.redo();
			return null;
		});
	}

	public DiagramDescription description() {
		return description;
	}

	public Path file() {
		return file;
	}

	public Model model() {
		return model;
	}

	public LayoutFile layout() {
		return layout;
	}

	public Diagram diagram() {
		return diagram;
	}

	public Locale locale() {
		return locale;
	}

	/** Why the model cannot be edited (its text has mistakes), or null. */
	public String readOnlyReason() {
		return readOnlyReason;
	}

	/** A model file read and drawn: what {@link #open} sets up a session with. */
	public record Opened(Model model, LayoutFile layout, String readOnlyReason, Diagram diagram) {
	}

	/**
	 * Reads a model file and its layout file to be shown by a description, and draws it. A text file with
	 * mistakes is opened read-only ({@link #readOnlyReason()}): saving it would lose what could not be read.
	 *
	 * @throws ModelFileException when the file cannot be read at all
	 * @throws EditRefused when the file holds another kind of model than the description shows
	 */
	public void open(DiagramDescription newDescription, Path newFile, Locale newLocale) throws ModelFileException {
		open(newDescription, newFile, newLocale, null);
	}

	/** The same, with the model taken from {@code prefetch} when it was read ahead there. */
	public void open(DiagramDescription newDescription, Path newFile, Locale newLocale, Prefetch prefetch)
			throws ModelFileException {
		Opened opened = prefetch == null ? null : prefetch.take(newFile, newDescription, newLocale);
		if (opened == null) {
			opened = read(newDescription, newFile, newLocale);
		}
		this.description = newDescription;
		this.file = newFile;
		this.model = opened.model();
		this.layout = opened.layout();
		this.locale = newLocale;
		this.readOnlyReason = opened.readOnlyReason();
		this.diagram = opened.diagram();
		updateRoot(diagram.graph());
		// GLSP asks for the diagram right after opening: it is drawn already
		drawnOnOpen = true;
	}

	/** {@link #open}'s reading and drawing, which needs no session (see {@link Prefetch}). */
	static Opened read(DiagramDescription description, Path file, Locale locale) throws ModelFileException {
		Model loaded = ModelIO.load(file);
		if (!loaded.eClass().getName().equals(description.rootClass())) {
			throw new EditRefused("serve.wrongDiagram", file.getFileName(), description.type());
		}
		LayoutFile layout = LayoutFile.read(file);
		String readOnlyReason = null;
		Resource resource = loaded.eResource();
		if (!resource.getErrors().isEmpty()) {
			Finding first = Validation.validate(resource).stream().filter(f -> f.severity() == Severity.ERROR)
					.findFirst().orElse(null);
			readOnlyReason = DiagramMessages.MESSAGES.get(locale, "serve.readOnly", file.getFileName(),
					first == null ? 0 : first.line(), first == null ? "" : first.message(locale));
		}
		return new Opened(loaded, layout, readOnlyReason, DiagramBuilder.build(description, loaded, layout, locale));
	}

	/**
	 * Draws the diagram for GLSP: after an edit, undo or redo anew; right after opening it is drawn
	 * already.
	 */
	void drawForGlsp() {
		if (drawnOnOpen) {
			drawnOnOpen = false;
			return;
		}
		redraw();
	}

	/** Draws the diagram anew from the model, its layout file and its description. */
	public Diagram redraw() {
		return reading(() -> {
			diagram = DiagramBuilder.build(description, model, layout, locale);
			updateRoot(diagram.graph());
			return diagram;
		});
	}

	/** Saves the model file and the layout file, both atomically. */
	public void save() throws ModelFileException, IOException {
		if (readOnlyReason != null) {
			throw new EditRefused("serve.readOnlySave");
		}
		lock.readLock().lock();
		try {
			ModelIO.save(model, file);
			layout.save();
		} finally {
			lock.readLock().unlock();
		}
		saveIsDone();
	}

	/** Makes an edit as one undoable command, or throws {@link EditRefused} with nothing changed. */
	public void edit(String label, java.util.function.Consumer<DiagramEditor> edit) {
		if (readOnlyReason != null) {
			throw new EditRefused("serve.readOnlySave");
		}
		execute(record(label, edit));
		redraw();
	}

	/**
	 * Makes an edit now, under the write lock, and returns it as a command for the command stack;
	 * throws {@link EditRefused} with nothing changed.
	 */
	ModelEdit record(String label, java.util.function.Consumer<DiagramEditor> edit) {
		drawnOnOpen = false;
		DiagramEditor editor = new DiagramEditor(this);
		return writing(() -> ModelEdit.run(label, model.eResource(), layout, () -> edit.accept(editor)));
	}

	/** The drawn diagram's index: a map, not GLSP's cross-reference adapter (see {@link DiagramIndex}). */
	@Override
	protected GModelIndex getOrUpdateIndex(GModelRoot newRoot) {
		return new DiagramIndex(newRoot);
	}

	@Override
	public boolean isReadonly() {
		return readOnlyReason != null || super.isReadonly();
	}
}
