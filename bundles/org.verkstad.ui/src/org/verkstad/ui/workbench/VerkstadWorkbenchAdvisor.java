package org.verkstad.ui.workbench;

import java.net.URL;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.verkstad.ui.checks.ModelChecks;
import org.verkstad.ui.editor.DiagramPages;

/**
 * The workbench of a course participant: the course projects of the workspace, opened in the
 * modelling perspective, their models checked as they change; the workspace is saved when the
 * workbench closes.
 */
public final class VerkstadWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// resources adapt to what the explorer, properties and markers need
		IDE.registerAdapters();
		// the explorer's project icons are declared by the IDE application, which this is not
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
		// and the Problems view's severity icons (the keys of the IDE's internal image registry)
		declare(configurer, ide, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
		declare(configurer, ide, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
		declare(configurer, ide, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
		URL url = bundle == null ? null : bundle.getEntry(path);
		if (url != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
		}
	}

	private final ModelChecks checks = new ModelChecks();

	@Override
	public void postStartup() {
		checks.start();
		IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
		// a new workspace starts with the welcome page and its way to the examples
		if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0 && System.getProperty(StartupBenchmark.PROPERTY) == null
				&& workbench.getActiveWorkbenchWindow() != null) {
			GuideEditor.open(workbench.getActiveWorkbenchWindow().getActivePage());
		}
		StartupBenchmark.startIfAsked(workbench);
	}

	@Override
	public void postShutdown() {
		DiagramPages.stop();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ModellingPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new VerkstadWindowAdvisor(configurer);
	}

	@Override
	public boolean preShutdown() {
		checks.stop();
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			// the workspace is saved again at the next start; the files themselves are saved by their editors
			Platform.getLog(VerkstadWorkbenchAdvisor.class).log(e.getStatus());
		}
		return true;
	}
}
