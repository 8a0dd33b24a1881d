package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.verkstad.diagram.layout.Box;

/**
 * Model files whose text an editor holds, unsaved, in the same process: the workbench's model editor.
 * A diagram of such a file is drawn from that text instead of the file, and its edits go back into it,
 * so the text and the diagram are one model with one undo history and one dirty state (the editor's).
 * Files nobody holds are read and written by the diagram itself, as in {@code verkstad serve}.
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

	/** The document holding the file's text, or null. */
	public static Document of(Path file) {
		return DOCUMENTS.get(key(file));
	}

	private static Path key(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
