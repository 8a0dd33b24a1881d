package org.verkstad.diagram.server;

import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
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
