package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.FileVersion;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.TextEncoding;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * A model file open in the diagrams of one {@code verkstad serve}: two tabs of it, or a SWOT and its TOWS
 * matrix. They show one model: its text, with one undo history, one dirty state and one layout, so that
 * an edit in one tab is drawn in the others at once, undo in any of them takes back the file's last edit
 * (whichever tab made it), and saving in one saves the file for all. The file is read when its first
 * diagram opens and forgotten, with what was not saved, when its last one closes, as a closed tab always
 * forgot it. Saving over a file that another program or another {@code serve} changed meanwhile is
 * refused ({@link EditRefused}), as in {@link VerkstadModelState#save()}.
 */
final class ServedDocument implements LiveDocuments.Shared {

	/** One edit in the history: the text and the layout before and after it, and the edit's number. */
	private record Step(String before, String after, Map<String, Map<String, Box>> layoutBefore,
			Map<String, Map<String, Box>> layoutAfter, long stateBefore, long stateAfter) {
	}

	/** How many edits undo goes back, at most (as many as the workbench's text editor). */
	static final int HISTORY = 200;

	private final Path file;
	private final LayoutFile layout;
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final List<LiveDocuments.Session> sessions = new CopyOnWriteArrayList<>();
	private final Deque<Step> undo = new ArrayDeque<>();
	private final Deque<Step> redo = new ArrayDeque<>();
	/** The text now (guarded by this, like everything below). */
	private String text;
	/** The file's version as read or last saved here. */
	private FileVersion version;
	/** The text as in the file. */
	private String savedText;
	/** The number of the edit the model and layout are at now, and at the last save. */
	private long state;
	private long savedState;
	private long edits;

	/** The model read and drawn ahead for the first diagram (see {@link Prefetch}), until it takes it. */
	private OpenedModel prefetched;

	private ServedDocument(Path file, String text, FileVersion version, LayoutFile layout) {
		this.file = file;
		this.text = text;
		this.savedText = text;
		this.version = version;
		this.layout = layout;
	}

	/**
	 * Reads the model file and its layout file; {@code prefetched} (or null) is the model read and drawn
	 * ahead from them for the first diagram, used when the file is still what it was read from.
	 */
	static ServedDocument read(Path file, OpenedModel prefetched) throws ModelFileException {
		byte[] content = ModelIO.bytes(file);
		FileVersion version = FileVersion.of(content);
		boolean current = prefetched != null && version.equals(prefetched.version()) && prefetched.layout().isCurrent();
		ServedDocument document = new ServedDocument(file, TextEncoding.decode(content).text(), version,
				current ? prefetched.layout() : LayoutFile.read(file));
		document.prefetched = current ? prefetched : null;
		return document;
	}

	/** The model read and drawn ahead, for the first diagram that opens the document; then null. */
	synchronized OpenedModel takePrefetched() {
		OpenedModel taken = prefetched;
		prefetched = null;
		return taken;
	}

	@Override
	public synchronized String text() {
		return text;
	}

	@Override
	public LayoutFile layoutFile() {
		return layout;
	}

	@Override
	public ReentrantReadWriteLock lock() {
		return lock;
	}

	@Override
	public void edited(LiveDocuments.Session by, String label, String before, String after,
			Map<String, Map<String, Box>> layoutBefore, Map<String, Map<String, Box>> layoutAfter) {
		boolean taken;
		synchronized (this) {
			boolean layoutOnly = before.equals(after);
			// (an edit made on a model that another tab had changed a moment before is dropped: that tab's
			// edit stands, and every tab is drawn from the text as it is, below)
			taken = layoutOnly || text.equals(before);
			if (taken) {
				long next = ++edits;
				undo.push(new Step(layoutOnly ? text : before, layoutOnly ? text : after, layoutBefore, layoutAfter, state, next));
				if (undo.size() > HISTORY) {
					undo.removeLast();
				}
				redo.clear();
				text = layoutOnly ? text : after;
				state = next;
			}
		}
		// the diagram that made a dropped edit draws the text too
		changed(taken ? by : null);
	}

	@Override
	public void modelEdited(String label, String before, String after) {
		// diagrams of a shared document call edited instead
		throw new UnsupportedOperationException();
	}

	@Override
	public void layoutEdited(String label, Runnable undoLayout, Runnable redoLayout) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void undo() {
		step(undo, redo, true);
	}

	@Override
	public void redo() {
		step(redo, undo, false);
	}

	private void step(Deque<Step> from, Deque<Step> to, boolean back) {
		synchronized (this) {
			Step step = from.poll();
			if (step == null) {
				return;
			}
			to.push(step);
			text = back ? step.before() : step.after();
			state = back ? step.stateBefore() : step.stateAfter();
			lock.writeLock().lock();
			try {
				layout.restore(back ? step.layoutBefore() : step.layoutAfter());
			} finally {
				lock.writeLock().unlock();
			}
		}
		changed(null);
	}

	@Override
	public synchronized boolean isDirty() {
		return state != savedState;
	}

	@Override
	public synchronized boolean isOutdated() {
		return state == savedState && (!version.isCurrent(file) || !layout.isCurrent());
	}

	/**
	 * Saves the text (when it changed) and the layout file, both atomically, or neither when another
	 * program changed either file since it was read or saved here.
	 *
	 * @throws EditRefused when it cannot be saved, saying why
	 */
	@Override
	public void save() {
		synchronized (this) {
			lock.readLock().lock();
			try {
				boolean textChanged = !text.equals(savedText);
				Path changedElsewhere = textChanged && !version.isCurrent(file) ? file : !layout.isCurrent() ? layout.file() : null;
				if (changedElsewhere != null) {
					// the tabs keep what they show, unsaved; a page opened (or reloaded) from now on reads the file
					LiveDocuments.close(file, this);
					throw new EditRefused("serve.changedElsewhere", changedElsewhere.getFileName());
				}
				if (textChanged) {
					byte[] content = text.getBytes(StandardCharsets.UTF_8);
					try {
						AtomicFiles.write(file, content);
					} catch (IOException e) {
						throw new EditRefused("serve.notSaved", file.getFileName(), String.valueOf(e.getMessage()));
					}
					version = FileVersion.of(content);
					savedText = text;
				}
				try {
					layout.save();
				} catch (IOException e) {
					throw new EditRefused("serve.layoutNotSaved", layout.file().getFileName(), String.valueOf(e.getMessage()));
				}
				savedState = state;
			} finally {
				lock.readLock().unlock();
			}
		}
		// the other tabs are saved too
		changed(null);
	}

	@Override
	public void selected(List<String> elementIds) {
		// each tab keeps its own selection
	}

	@Override
	public void attach(LiveDocuments.Session session) {
		sessions.add(session);
	}

	@Override
	public void detach(LiveDocuments.Session session) {
		sessions.remove(session);
		sessions.removeIf(LiveDocuments.Session::isClosed);
		if (sessions.isEmpty()) {
			LiveDocuments.close(file, this);
		}
	}

	/** Every diagram but {@code drawn} (or null) draws the document again. */
	private void changed(LiveDocuments.Session drawn) {
		for (LiveDocuments.Session session : sessions) {
			if (session.isClosed()) {
				sessions.remove(session);
			} else if (session != drawn) {
				session.changed();
			}
		}
	}
}
