package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * Model files whose text an editor holds, unsaved, in the same process: the workbench's model editor.
 * A diagram of such a file is drawn from that text instead of the file, and its edits go back into it,
 * so the text and the diagram are one model with one undo history and one dirty state (the editor's).
 * In {@code verkstad serve} the diagrams of one file share such a document too ({@link ServedDocument}), so
 * that the tabs of a file show one model.
 */
public final class LiveDocuments {

	/** The editor's side: its text, and what it does for the diagrams drawn from it. */
	public interface Document {

		/** The text as it is now; called from any thread. */
		String text();

		/**
		 * A diagram edit changed the model: {@code after} is its text, to replace {@code before}, as one
		 * undoable change. When the text is no longer {@code before} (it was typed into meanwhile), the
		 * edit is dropped and the diagrams are drawn from the text again.
		 */
		void modelEdited(String label, String before, String after);

		/** A diagram edit changed only the layout (done already): one undoable change whose undo and redo run these. */
		void layoutEdited(String label, Runnable undo, Runnable redo);

		/** Undo or redo in the diagram: the editor's undo history. */
		void undo();

		void redo();

		/** Save in the diagram: the editor saves (the text, and the layout through {@link Session#saveLayout()}). */
		void save();

		/** The elements chosen in the diagram (their ids in the model). */
		void selected(List<String> elementIds);

		/** An edit in the diagram was refused, for this reason (the page says so too, briefly). */
		default void refused(String reason) {
			// an editor shows it where its user looks
		}

		/** A diagram is drawn from the document from now on, until its session is over ({@link Session#isClosed()}). */
		void attach(Session session);

		/**
		 * Where the open diagrams show things now, unsaved moves included, by diagram type (see
		 * {@link Session#layout()}); empty when no diagram is open.
		 */
		default Map<String, Map<String, Box>> layout() {
			return Map.of();
		}
	}

	/**
	 * A document whose diagrams share one layout too (the tabs of one {@code verkstad serve}, see
	 * {@link ServedDocument}): its diagrams edit the one layout under the one lock, and hand it each edit
	 * whole, text and layout before and after, for its one history.
	 */
	public interface Shared extends Document {

		/** The layout all its diagrams draw with and change. */
		LayoutFile layoutFile();

		/** Taken by its diagrams to change (write) or read the layout, each on its own thread. */
		ReentrantReadWriteLock lock();

		/**
		 * An edit made in one of its diagrams ({@code by}, which has drawn it already): the text before and
		 * after (the same when only the layout changed) and the layout before and after. Called instead of
		 * {@link #modelEdited} and {@link #layoutEdited}.
		 */
		void edited(Session by, String label, String before, String after, Map<String, Map<String, Box>> layoutBefore,
				Map<String, Map<String, Box>> layoutAfter);

		/** Whether it has changes that are not saved. */
		boolean isDirty();

		/** A diagram drawn from it is over (its page closed). */
		void detach(Session session);

		/**
		 * Whether it no longer stands for the file: nothing is unsaved in it and another program changed
		 * the file since it was read. A diagram opened from now on reads the file anew.
		 */
		boolean isOutdated();
	}

	/** A diagram drawn from a document. */
	public interface Session {

		/** The document's text changed: draw it again (on the session's own thread, later). */
		void textChanged();

		/** Saves the diagram's layout file. */
		void saveLayout() throws IOException;

		/** Chooses these elements (ids in the model) in the diagram. */
		void select(List<String> elementIds);

		/** Whether the session is over (its connection closed). */
		boolean isClosed();

		/** The boxes its diagram shows now (unsaved moves included), by element id, under its diagram type. */
		Map<String, Map<String, Box>> layout();

		/**
		 * The document changed in another way than typing (another diagram's edit, undo, a save): draw it
		 * again and send it with its dirty state (on the session's own thread, later).
		 */
		void changed();
	}

	private static final Map<Path, Document> DOCUMENTS = new ConcurrentHashMap<>();

	private LiveDocuments() {
	}

	/** An editor holds the file's text from now on. */
	public static void open(Path file, Document document) {
		DOCUMENTS.put(key(file), document);
	}

	/** The editor closed: the file is read and written by its diagrams again. */
	public static void close(Path file, Document document) {
		DOCUMENTS.remove(key(file), document);
	}

	/**
	 * The document holding the file's text; when nobody holds it (or only a shared document that is
	 * {@linkplain Shared#isOutdated() outdated}), the one {@code open} makes (it may throw), held from now on.
	 */
	public static <E extends Exception> Document of(Path file, Opener<E> open) throws E {
		Path key = key(file);
		synchronized (DOCUMENTS) {
			Document document = DOCUMENTS.get(key);
			if (document == null || document instanceof Shared shared && shared.isOutdated()) {
				document = open.open(key);
				DOCUMENTS.put(key, document);
			}
			return document;
		}
	}

	/** Makes the document of a file. */
	@FunctionalInterface
	public interface Opener<E extends Exception> {
		Document open(Path file) throws E;
	}

	/** The document holding the file's text, or null. */
	public static Document of(Path file) {
		return DOCUMENTS.get(key(file));
	}

	private static Path key(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
