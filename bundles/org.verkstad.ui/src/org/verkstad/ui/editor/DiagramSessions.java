package org.verkstad.ui.editor;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.server.LiveDocuments;

/**
 * The diagrams drawn from a model editor's text (its diagram page, and any browser that opened the
 * same file): what they read, and what they ask of the editor. Their calls come from their own
 * threads and are carried out on the UI thread while the editor is open.
 */
final class DiagramSessions implements LiveDocuments.Document {

	private final ModelEditor editor;
	private final List<LiveDocuments.Session> sessions = new CopyOnWriteArrayList<>();
	private volatile String text = "";

	DiagramSessions(ModelEditor editor) {
		this.editor = editor;
	}

	/** The text changed (the diagrams draw it when told to, see {@link #draw()}). */
	void textIs(String now) {
		text = now;
	}

	/** The diagrams draw the text as it is now. */
	void draw() {
		for (LiveDocuments.Session session : sessions) {
			if (session.isClosed()) {
				sessions.remove(session);
			} else {
				session.textChanged();
			}
		}
	}

	/** Chooses (and shows) elements on the diagrams. */
	void select(List<String> ids) {
		sessions.forEach(session -> session.select(ids));
	}

	/** Writes the diagrams' layout file. */
	void saveLayouts() throws IOException {
		for (LiveDocuments.Session session : sessions) {
			if (!session.isClosed()) {
				session.saveLayout();
			}
		}
	}

	/** The editor closes. */
	void clear() {
		sessions.clear();
	}

	// ---- LiveDocuments.Document: called by the diagram sessions, from their threads

	@Override
	public String text() {
		return text;
	}

	@Override
	public void refused(String reason) {
		editor.inUi(() -> editor.refused(reason));
	}

	@Override
	public void modelEdited(String label, String before, String after) {
		editor.inUi(() -> editor.diagramEdited(before, after));
	}

	@Override
	public void layoutEdited(String label, Runnable undoLayout, Runnable redoLayout) {
		editor.inUi(() -> editor.history().layoutEdited(label, undoLayout, redoLayout));
	}

	@Override
	public void undo() {
		editor.inUi(() -> editor.history().step(true));
	}

	@Override
	public void redo() {
		editor.inUi(() -> editor.history().step(false));
	}

	@Override
	public void save() {
		editor.inUi(() -> editor.getSite().getPage().saveEditor(editor, false));
	}

	@Override
	public void selected(List<String> elementIds) {
		editor.inUi(() -> editor.diagramSelected(elementIds));
	}

	@Override
	public void attach(LiveDocuments.Session session) {
		sessions.add(session);
	}

	@Override
	public Map<String, Map<String, Box>> layout() {
		Map<String, Map<String, Box>> shown = new TreeMap<>();
		for (LiveDocuments.Session session : sessions) {
			if (!session.isClosed()) {
				shown.putAll(session.layout());
			}
		}
		return shown;
	}
}
