package org.verkstad.ui.wizards;

import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.verkstad.ui.UiMessages;

/**
 * A folder to write into, typed or chosen in the workspace or the file system: a text and two buttons
 * in three columns of the parent's grid. {@link #problem} says what is wrong with it.
 * Its messages are the wizard's, so that they name what is written (diagrams, reports).
 */
public final class FolderField {

	private final Text text;
	private final Button workspace;
	private final Button fileSystem;
	private final String keys;

	/**
	 * @param keys the prefix of its messages: {@code .chooseWorkspace} and {@code .chooseFolder} for the
	 *        choosers, {@code .folderMissing} when no folder is given
	 * @param chosen runs after a folder was typed or chosen
	 */
	public FolderField(Composite parent, String keys, Runnable chosen) {
		this.keys = keys;
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> chosen.run());
		workspace = ModelTree.button(parent, "wizard.export.workspace", () -> {
			ContainerSelectionDialog chooser = new ContainerSelectionDialog(parent.getShell(), null, true,
					UiMessages.text(keys + ".chooseWorkspace"));
			if (chooser.open() == ContainerSelectionDialog.OK && chooser.getResult().length > 0
					&& chooser.getResult()[0] instanceof IPath path) {
				IResource folder = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
				if (folder != null && folder.getLocation() != null) {
					text.setText(folder.getLocation().toOSString());
				}
			}
			chosen.run();
		});
		fileSystem = ModelTree.button(parent, "wizard.export.fileSystem", () -> {
			DirectoryDialog chooser = new DirectoryDialog(parent.getShell(), SWT.NONE);
			chooser.setMessage(UiMessages.text(keys + ".chooseFolder"));
			chooser.setFilterPath(text.getText().strip());
			String folder = chooser.open();
			if (folder != null) {
				text.setText(folder);
			}
			chosen.run();
		});
	}

	public String text() {
		return text.getText().strip();
	}

	public void setText(String folder) {
		text.setText(folder == null ? "" : folder);
	}

	public Path path() {
		return Path.of(text());
	}

	public void setEnabled(boolean enabled) {
		text.setEnabled(enabled);
		workspace.setEnabled(enabled);
		fileSystem.setEnabled(enabled);
	}

	/** What is wrong with the folder, or null. */
	public String problem() {
		return problem(text.getText(), UiMessages.text(keys + ".folderMissing"));
	}

	/** What is wrong with a target folder as typed (a message; {@code missing} when none is), or null when it will do. */
	public static String problem(String typed, String missing) {
		String folder = typed.strip();
		if (folder.isEmpty()) {
			return missing;
		}
		Path path;
		try {
			path = Path.of(folder);
		} catch (InvalidPathException e) {
			return UiMessages.text("export.folder.invalid", folder);
		}
		if (!path.isAbsolute()) {
			return UiMessages.text("export.folder.notAbsolute", folder);
		}
		if (Files.exists(path) && !Files.isDirectory(path)) {
			return UiMessages.text("export.folder.notAFolder", folder);
		}
		return null;
	}
}
