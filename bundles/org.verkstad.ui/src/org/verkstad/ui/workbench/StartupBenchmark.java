package org.verkstad.ui.workbench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.verkstad.ui.wizards.NewCourseProjectWizard;
import org.verkstad.ui.editor.ModelEditor;

/**
 * The start-up benchmark ({@code bench/startup.sh}): with {@code -Dverkstad.benchmark.startup=FILE}
 * the workbench opens that model (copied into a project "benchmark" the first time), waits until its
 * diagram page has drawn the diagram, prints {@code STARTUP <epoch ms>} and closes.
 */
final class StartupBenchmark {

	static final String PROPERTY = "verkstad.benchmark.startup";

	private StartupBenchmark() {
	}

	/** Starts the benchmark when the property asks for it. */
	static void startIfAsked(IWorkbench workbench) {
		String model = System.getProperty(PROPERTY);
		if (model == null || model.isBlank()) {
			return;
		}
		Path path = Paths.get(model).toAbsolutePath();
		try {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmark");
			if (!project.exists()) {
				ResourcesPlugin.getWorkspace().run(monitor -> NewCourseProjectWizard.create(project, null, List.of(path), monitor), null);
			}
			IFile file = project.getFile(path.getFileName().toString());
			IEditorPart editor = IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
			waitForDiagram(workbench, editor);
		} catch (CoreException e) {
			System.out.println("STARTUP failed: " + e.getStatus().getMessage());
			workbench.close();
		}
	}

	private static void waitForDiagram(IWorkbench workbench, IEditorPart editor) {
		workbench.getDisplay().timerExec(20, () -> {
			if (editor instanceof ModelEditor modelEditor && modelEditor.diagramDrawn()) {
				System.out.println("STARTUP " + System.currentTimeMillis());
				System.out.flush();
				workbench.close();
			} else {
				waitForDiagram(workbench, editor);
			}
		});
	}
}
