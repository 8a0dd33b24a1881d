package org.verkstad.ui;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.nls.Messages;

/** The Verkstad window. (The full workbench with editors comes with the workbench issue.) */
public final class VerkstadApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display.setAppName("Verkstad");
		Display display;
		try {
			display = new Display();
		} catch (SWTError e) {
			// no screen to show a window on (e.g. over ssh): say so instead of a stack trace
			System.err.println(new Messages(VerkstadApplication.class, "org.verkstad.ui.messages")
					.get(Languages.current(), "noDisplay", String.valueOf(e.getMessage())));
			return 2;
		}
		try {
			context.applicationRunning();
			Shell shell = new ModelsWindow(display, examplesFolder()).open();
			while (!shell.isDisposed()) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			display.dispose();
		}
		return EXIT_OK;
	}

	/** The examples shipped beside the program ({@code <install>/examples}). */
	private static Path examplesFolder() throws Exception {
		String install = System.getProperty("osgi.install.area");
		Path root = install == null ? Paths.get(".") : Paths.get(new URI(install.replace(" ", "%20")));
		return root.resolve("examples");
	}

	@Override
	public void stop() {
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				for (Shell shell : display.getShells()) {
					shell.close();
				}
			});
		}
	}
}
