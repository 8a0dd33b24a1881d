package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SetEditModeAction;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.verkstad.core.Element;
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
	/** The text the model was read from or last rendered to, while {@link #live}. */
	private String liveText;
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

	/** A model file read and drawn: what {@link #open} sets up a session with. */
	public record Opened(Model model, LayoutFile layout, String readOnlyReason, Diagram diagram, FileVersion version) {
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
	public void open(DiagramDescription newDescription, Path newFile, Locale newLocale, Opened prefetched,
			LiveDocuments.Document document) throws ModelFileException {
		Opened opened = prefetched;
		String text = null;
		if (document instanceof LiveDocuments.Shared shared) {
			text = shared.text();
			lock = shared.lock();
			if (opened == null) {
				lock.writeLock().lock();
				try {
					opened = read(newDescription, newFile, newLocale, text, shared.layoutFile());
				} finally {
					lock.writeLock().unlock();
				}
			}
		} else if (document != null) {
			text = document.text();
			opened = read(newDescription, newFile, newLocale, text, null);
		} else if (opened == null) {
			opened = read(newDescription, newFile, newLocale);
		}
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
			liveText = text;
			liveLink = new LiveLink(this, dispatcher.get());
			document.attach(liveLink);
		}
	}

	/**
	 * A model read from a file or a text, why it cannot be edited (null when it can) and the version of
	 * the file read (null when it was read from a text).
	 */
	private record Loaded(Model model, String readOnlyReason, FileVersion version) {
	}

	/** Reads the model of a file, from {@code text} when it is not null. */
	private static Loaded load(DiagramDescription description, Path file, Locale locale, String text)
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

	/**
	 * Reads the model again from the editor's text, when it changed, keeping the layout as it is; true
	 * when the diagram was drawn anew. While the text has mistakes (typing is half done), the diagram
	 * keeps showing the last model read without them, read-only, and says why in its status line.
	 */
	boolean reread() {
		LiveDocuments.Document document = live;
		if (document == null) {
			// the editor closed while this was on its way
			return false;
		}
		String text = document.text();
		if (text.equals(liveText)) {
			return false;
		}
		liveText = text;
		Loaded loaded;
		try {
			loaded = load(description, file, locale, text);
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
			dispatcher.get().dispatch(new StatusAction(org.eclipse.glsp.server.types.Severity.NONE, ""));
			dispatcher.get().dispatch(new SetEditModeAction(SetEditModeAction.EDIT_MODE_EDITABLE));
		}
		drawnOnOpen = true;
		return true;
	}

	/** The text cannot be shown (yet): the diagram stays as it was, read-only, saying why. */
	private boolean mistaken(String reason) {
		boolean wasReadOnly = readOnlyReason != null;
		readOnlyReason = reason;
		dispatcher.get().dispatch(new StatusAction(org.eclipse.glsp.server.types.Severity.WARNING, reason));
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
		boolean changesModel = edits.stream().anyMatch(ModelEdit::changesModel);
		if (changesModel || live instanceof LiveDocuments.Shared) {
			String before = liveText;
			String after = before;
			if (changesModel) {
				try {
					after = reading(() -> {
						try {
							return new String(ModelIO.render(model, file, false), StandardCharsets.UTF_8);
						} catch (ModelFileException e) {
							throw new EditRefused("serve.notRendered", e.message(locale));
						}
					});
				} catch (EditRefused refused) {
					writing(() -> {
						command.undo();
						return null;
					});
					throw refused;
				}
			}
			liveText = after;
			if (live instanceof LiveDocuments.Shared shared) {
				shared.edited(liveLink, command.getLabel(), before, after, edits.get(0).layoutBefore(),
						edits.get(edits.size() - 1).layoutAfter());
			} else {
				live.modelEdited(command.getLabel(), before, after);
			}
		} else {
			LiveLink link = liveLink;
			live.layoutEdited(edits.get(0).getLabel(),
					() -> link.run(() -> layoutStep(() -> {
						for (int i = edits.size() - 1; i >= 0; i--) {
							edits.get(i).undoLayout();
						}
					})),
					() -> link.run(() -> layoutStep(() -> edits.forEach(ModelEdit::redoLayout))));
		}
	}

	private boolean layoutStep(Runnable step) {
		writing(() -> {
			step.run();
			return null;
		});
		drawnOnOpen = false;
		return true;
	}

	/** The diagram's ids of model elements (given by their ids), for those drawn. */
	List<String> diagramIds(List<String> elementIds) {
		Set<String> wanted = new HashSet<>(elementIds);
		List<String> ids = new ArrayList<>();
		if (model == null || diagram == null) {
			return ids;
		}
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Element element && wanted.contains(element.getId())) {
				String id = diagram.idOf(element);
				if (id != null) {
					ids.add(id);
				}
			}
		});
		return ids;
	}

	/** The model ids of diagram elements (given by their diagram ids, or ids of their labels). */
	List<String> elementIds(List<String> diagramIds) {
		List<String> ids = new ArrayList<>();
		if (diagram == null) {
			return ids;
		}
		for (String id : diagramIds) {
			int label = id.indexOf('#');
			EObject element = diagram.element(label < 0 ? id : id.substring(0, label));
			if (element instanceof Element modelElement && modelElement.getId() != null
					&& !ids.contains(modelElement.getId())) {
				ids.add(modelElement.getId());
			}
		}
		return ids;
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

	/** {@link #open}'s reading and drawing, which needs no session (see {@link Prefetch}). */
	static Opened read(DiagramDescription description, Path file, Locale locale) throws ModelFileException {
		return read(description, file, locale, null, null);
	}

	/**
	 * The same, with the model read from {@code text} (an editor's) when it is not null, drawn with
	 * {@code layout} (a shared document's) when that is not null.
	 */
	private static Opened read(DiagramDescription description, Path file, Locale locale, String text, LayoutFile shared)
			throws ModelFileException {
		Loaded loaded = load(description, file, locale, text);
		LayoutFile layout = shared != null ? shared : LayoutFile.read(file);
		return new Opened(loaded.model(), layout, loaded.readOnlyReason(),
				DiagramBuilder.build(description, loaded.model(), layout, locale), loaded.version());
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
