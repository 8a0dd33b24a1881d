package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * One undoable edit of a diagram: the model changes it made (recorded by EMF) and the layout before and
 * after it. The edit runs when it is made, so that a refused edit ({@link EditRefused}) is undone at
 * once and never reaches the command stack; undo puts model and layout back, and the diagram is drawn
 * anew from them.
 */
final class ModelEdit extends AbstractCommand {

	private final ChangeDescription change;
	private final LayoutFile layout;
	private final Map<String, Map<String, Box>> layoutBefore;
	private final Map<String, Map<String, Box>> layoutAfter;
	private boolean done;

	private ModelEdit(String label, ChangeDescription change, LayoutFile layout, Map<String, Map<String, Box>> before) {
		super(label);
		this.change = change;
		this.layout = layout;
		this.layoutBefore = before;
		this.layoutAfter = layout.snapshot();
		this.done = true;
	}

	/**
	 * Runs an edit of the diagram's file; returns it as a command, or throws {@link EditRefused} with
	 * everything as it was. Only that file's resource is recorded: a diagram never changes the files it
	 * links to, and watching their objects too would make every edit slower.
	 */
	static ModelEdit run(String label, Resource resource, LayoutFile layout, Runnable edit) {
		Map<String, Map<String, Box>> before = layout.snapshot();
		ChangeRecorder recorder = new ChangeRecorder(resource);
		ChangeDescription change;
		try {
			edit.run();
		} catch (RuntimeException e) {
			recorder.endRecording().apply();
			recorder.dispose();
			layout.restore(before);
			throw e;
		}
		change = recorder.endRecording();
		recorder.dispose();
		return new ModelEdit(label, change, layout, before);
	}

	/**
	 * The edits a command of GLSP's is made of (it wraps the handlers' edits in a compound), or null when
	 * it holds anything else.
	 */
	static List<ModelEdit> in(Command command) {
		if (command instanceof ModelEdit edit) {
			return List.of(edit);
		}
		if (command instanceof CompoundCommand compound && !compound.getCommandList().isEmpty()) {
			List<ModelEdit> edits = new ArrayList<>();
			for (Command part : compound.getCommandList()) {
				List<ModelEdit> inner = in(part);
				if (inner == null) {
					return null;
				}
				edits.addAll(inner);
			}
			return edits;
		}
		return null;
	}

	/** Whether the edit changed the model, not only the layout. */
	boolean changesModel() {
		return !change.getObjectChanges().isEmpty() || !change.getObjectsToAttach().isEmpty()
				|| !change.getObjectsToDetach().isEmpty() || !change.getResourceChanges().isEmpty();
	}

	/** The layout before the edit. */
	Map<String, Map<String, Box>> layoutBefore() {
		return layoutBefore;
	}

	/** The layout after it. */
	Map<String, Map<String, Box>> layoutAfter() {
		return layoutAfter;
	}

	/** Puts only the layout back (an edit of the layout alone, undone from an editor's history). */
	void undoLayout() {
		layout.restore(layoutBefore);
	}

	void redoLayout() {
		layout.restore(layoutAfter);
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		if (!done) {
			redo();
		}
	}

	@Override
	public boolean canUndo() {
		return true;
	}

	@Override
	public void undo() {
		change.applyAndReverse();
		layout.restore(layoutBefore);
		done = false;
	}

	@Override
	public void redo() {
		change.applyAndReverse();
		layout.restore(layoutAfter);
		done = true;
	}
}
