package org.verkstad.ui.workbench;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The workbench window: titled "Verkstad", with menus, a tool bar and a status line. */
final class VerkstadWindowAdvisor extends WorkbenchWindowAdvisor {

	VerkstadWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new VerkstadActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		// the first time, the whole screen (later starts keep the size the user left it at)
		Rectangle screen = Display.getDefault().getPrimaryMonitor().getClientArea();
		configurer.setInitialSize(new Point(screen.width, screen.height));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle("Verkstad");
	}

	/** A window opened for the first time (at the initial size) is maximised: the diagrams need the room. */
	@Override
	public void postWindowCreate() {
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
		Point size = shell.getSize();
		if (size.x >= screen.width && size.y >= screen.height) {
			shell.setLocation(screen.x, screen.y);
			shell.setMaximized(true);
		}
	}

	/** The text editors' menus a course does not need (converting line delimiters). */
	private static final List<String> HIDDEN_ACTION_SETS = List.of("org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");

	/** The platform's menus a course does not need are taken out of the window's page. */
	@Override
	public void postWindowOpen() {
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		if (page != null) {
			HIDDEN_ACTION_SETS.forEach(page::hideActionSet);
		}
		UiTexts.walkIfAsked(getWindowConfigurer().getWindow());
	}
}
