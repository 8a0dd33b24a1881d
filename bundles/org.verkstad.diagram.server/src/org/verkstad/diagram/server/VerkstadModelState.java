package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SetEditModeAction;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.types.Severity;
import org.verkstad.core.Model;
import org.verkstad.core.io.FileVersion;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.layout.LayoutFile;

import com.google.inject.Provider;

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
	/** The editor holding the file's text (see {@link LiveDocuments}), or null when the file is the source. */
	private LiveDocuments.Document live;
	private LiveLink liveLink;
	/** The model file's version as read or last saved here (null while {@link #live}: the editor checks). */
	private FileVersion version;

	@com.google.inject.Inject
	private Provider<ActionDispatcher> dispatcher;
	/**
	 * Edits, undo and redo change the model on GLSP's dispatching thread while the checks read it on
	 * the thread of GLSP's live validation: changes take the write lock, reading takes the read lock.
	 * Drawing takes the write lock too: it places the boxes the layout lacks. The diagrams of a
	 * {@link LiveDocuments.Shared} document share its layout and its lock.
	 */
	private volatile ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

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

	/** While an editor holds the text, its history decides (GLSP asks before it undoes). */
	@Override
	public boolean canUndo() {
		return live != null || super.canUndo();
	}

	@Override
	public boolean canRedo() {
		return live != null || super.canRedo();
	}

	@Override
	public void undo() {
		if (live != null) {
			live.undo();
			return;
		}
		drawnOnOpen = false;
		writing(() -> {
			super.undo();
			return null;
		});
	}

	@Override
	public void redo() {
		if (live != null) {
			live.redo();
			return;
		}
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
		LiveDocuments.Document document = LiveDocuments.of(newFile);
		open(newDescription, newFile, newLocale, document == null && prefetch != null ? prefetch.take(newFile, newDescription, newLocale) : null,
				document);
	}

	/**
	 * The same, with the model drawn from {@code document} when it is not null (an editor's, or the
	 * document the diagrams of one {@code serve} share), or else from the file; {@code prefetched} is the
	 * model read and drawn ahead (from the file, or the shared document's text and layout), or null.
	 */
	public void open(DiagramDescription newDescription, Path newFile, Locale newLocale, OpenedModel prefetched,
			LiveDocuments.Document document) throws ModelFileException {
		String text = document == null ? null : document.text();
		if (document instanceof LiveDocuments.Shared shared) {
			lock = shared.lock();
		}
		OpenedModel opened = prefetched != null ? prefetched : OpenedModel.readFrom(document, text, newDescription, newFile, newLocale);
		this.description = newDescription;
		this.file = newFile;
		this.model = opened.model();
		this.layout = opened.layout();
		this.locale = newLocale;
		this.readOnlyReason = opened.readOnlyReason();
		this.diagram = opened.diagram();
		this.version = opened.version();
		updateRoot(diagram.graph());
		// GLSP asks for the diagram right after opening: it is drawn already
		drawnOnOpen = true;
		if (document != null) {
			live = document;
			liveLink = new LiveLink(this, dispatcher.get(), document, text);
			document.attach(liveLink);
		}
	}

	/**
	 * Reads the model again from the editor's text, when it changed, keeping the layout as it is; true
	 * when the diagram was drawn anew. While the text has mistakes (typing is half done), the diagram
	 * keeps showing the last model read without them, read-only, and says why in its status line.
	 */
	boolean reread() {
		LiveLink link = liveLink;
		// null: the editor closed while this was on its way, or the text is the one shown
		String text = live == null ? null : link.newText();
		if (text == null) {
			return false;
		}
		OpenedModel.Loaded loaded;
		try {
			loaded = OpenedModel.load(description, file, locale, text);
		} catch (ModelFileException e) {
			return mistaken(e.message(locale));
		} catch (EditRefused e) {
			return mistaken(e.message(locale));
		}
		if (loaded.readOnlyReason() != null && model != null) {
			return mistaken(loaded.readOnlyReason());
		}
		boolean wasReadOnly = readOnlyReason != null;
		writing(() -> {
			model = loaded.model();
			readOnlyReason = loaded.readOnlyReason();
			diagram = DiagramBuilder.build(description, model, layout, locale);
			updateRoot(diagram.graph());
			return null;
		});
		if (wasReadOnly && readOnlyReason == null) {
			dispatcher.get().dispatch(new StatusAction(Severity.NONE, ""));
			dispatcher.get().dispatch(new SetEditModeAction(SetEditModeAction.EDIT_MODE_EDITABLE));
		}
		drawnOnOpen = true;
		return true;
	}

	/** The text cannot be shown (yet): the diagram stays as it was, read-only, saying why. */
	private boolean mistaken(String reason) {
		boolean wasReadOnly = readOnlyReason != null;
		readOnlyReason = reason;
		dispatcher.get().dispatch(new StatusAction(Severity.WARNING, reason));
		if (!wasReadOnly) {
			// the page stops offering edits (moves too) until the text can be read again
			dispatcher.get().dispatch(new SetEditModeAction(SetEditModeAction.EDIT_MODE_READONLY));
		}
		return false;
	}

	/**
	 * While an editor holds the text, an edit goes to its history instead of GLSP's command stack: an
	 * edit of the model as the model's new text, an edit of the layout alone as a change whose undo and
	 * redo come back here.
	 */
	@Override
	public void execute(Command command) {
		List<ModelEdit> edits = live == null ? null : ModelEdit.in(command);
		if (edits == null) {
			super.execute(command);
			return;
		}
		liveLink.edited(command, edits);
	}

	/** The model's text now (while an editor holds the text: after an edit on the diagram). */
	String rendered() {
		return reading(() -> {
			try {
				return new String(ModelIO.render(model, file, false), StandardCharsets.UTF_8);
			} catch (ModelFileException e) {
				throw new EditRefused("serve.notRendered", e.message(locale));
			}
		});
	}

	/** An undo or redo of a layout edit (see {@link LiveLink#edited}). */
	boolean layoutStep(Runnable step) {
		writing(() -> {
			step.run();
			return null;
		});
		drawnOnOpen = false;
		return true;
	}

	/** The diagram's ids of model elements (given by their ids), for those drawn. */
	List<String> diagramIds(List<String> elementIds) {
		return model == null || diagram == null ? List.of() : diagram.idsOf(model, elementIds);
	}

	/** The model ids of diagram elements (given by their diagram ids, or ids of their labels). */
	List<String> elementIds(List<String> diagramIds) {
		return diagram == null ? List.of() : diagram.elementIds(diagramIds);
	}

	/** The editor holding the text, or null. */
	LiveDocuments.Document live() {
		return live;
	}

	@Override
	public boolean isDirty() {
		// while an editor holds the text, the editor's dirty state is the only one (it shows it itself);
		// the diagrams of a shared document show the document's
		if (live instanceof LiveDocuments.Shared shared) {
			return shared.isDirty();
		}
		return live == null && super.isDirty();
	}

	/** The diagram's page closed: a shared document forgets it. */
	void close() {
		if (live instanceof LiveDocuments.Shared shared) {
			shared.detach(liveLink);
		}
	}

	/**
	 * The document changed (another diagram's edit, undo, a save): the model is read again from its text
	 * when that changed, and the diagram drawn again in any case; true: send it.
	 */
	boolean changed() {
		if (!reread()) {
			drawnOnOpen = false;
		}
		return true;
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
		return writing(() -> {
			diagram = DiagramBuilder.build(description, model, layout, locale);
			updateRoot(diagram.graph());
			return diagram;
		});
	}

	/** Saves the model file and the layout file, both atomically. */
	public void save() throws ModelFileException, IOException {
		if (live != null) {
			// the editor saves the text, and the layout through saveLayout
			live.save();
			return;
		}
		if (readOnlyReason != null) {
			throw new EditRefused("serve.readOnlySave");
		}
		lock.readLock().lock();
		try {
			// another window, tab or program saved the file since it was read here: its change is not overwritten
			if (version != null && !version.isCurrent(file)) {
				throw new EditRefused("serve.changedElsewhere", file.getFileName());
			}
			if (!layout.isCurrent()) {
				throw new EditRefused("serve.changedElsewhere", layout.file().getFileName());
			}
			version = FileVersion.of(ModelIO.save(model, file));
			layout.save();
		} finally {
			lock.readLock().unlock();
		}
		saveIsDone();
	}

	/** Saves the layout file (while an editor holds the text, which it saves itself). */
	void saveLayout() throws IOException {
		lock.readLock().lock();
		try {
			if (!layout.isCurrent()) {
				throw new IOException(ServerMessages.MESSAGES.get(locale, "serve.changedElsewhere", layout.file().getFileName()));
			}
			layout.save();
		} finally {
			lock.readLock().unlock();
		}
	}

	/** Makes an edit as one undoable command, or throws {@link EditRefused} with nothing changed. */
	public void edit(String label, Consumer<DiagramEditor> edit) {
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
	ModelEdit record(String label, Consumer<DiagramEditor> edit) {
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
