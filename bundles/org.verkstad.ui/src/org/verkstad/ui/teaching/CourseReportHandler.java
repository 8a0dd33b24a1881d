package org.verkstad.ui.teaching;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Course Report… (File menu, and the explorer's menu of folders, projects and model files): the
 * course report wizard with what is chosen ticked.
 */
public final class CourseReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		CourseReportsWizard wizard = new CourseReportsWizard();
		wizard.init(window.getWorkbench(), selection);
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}
