package org.verkstad.ui.workbench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.verkstad.core.nls.Languages;
import org.verkstad.ui.editor.BrowserKeys;
import org.verkstad.ui.UiMessages;

/** The Verkstad workbench: course projects, model editors and their views (see {@link VerkstadWorkbenchAdvisor}). */
public final class VerkstadApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display.setAppName("Verkstad");
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError e) {
			// no screen to show a window on (e.g. over ssh): say so instead of a stack trace
			System.err.println(UiMessages.MESSAGES.get(Languages.current(), "noDisplay", String.valueOf(e.getMessage())));
			return 2;
		}
		// before the workbench's key bindings: a key pressed in a diagram page reaches them once
		display.addFilter(SWT.KeyDown, new BrowserKeys());
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new VerkstadWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
