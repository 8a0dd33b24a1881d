package org.verkstad.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.verkstad.ui.UiMessages;

/**
 * A model editor's diagram page: the diagram client in the SWT browser, served from the workbench's own
 * process ({@link DiagramPages}), or a line saying why there is no diagram.
 */
final class DiagramPage {

	private static final int POLL_MS = 250;

	private final Composite control;
	private Browser browser;

	DiagramPage(Composite parent, IFile file) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new FillLayout());
		String address;
		try {
			address = DiagramPages.address(file);
		} catch (Exception e) {
			address = null;
			new Label(control, SWT.WRAP).setText(UiMessages.text("editor.diagram.noServer", String.valueOf(e.getMessage())));
		}
		if (address != null) {
			try {
				browser = new Browser(control, SWT.NONE);
				browser.setUrl(address);
			} catch (SWTError e) {
				new Label(control, SWT.WRAP).setText(UiMessages.text("editor.diagram.noBrowser", String.valueOf(e.getMessage())));
			}
		} else if (control.getChildren().length == 0) {
			new Label(control, SWT.WRAP).setText(UiMessages.text("editor.diagram.none"));
		}
	}

	Composite control() {
		return control;
	}

	/** The type of the diagram shown now (the page's address says it), or null when there is none. */
	String type() {
		if (browser == null || browser.isDisposed() || browser.getUrl() == null) {
			return null;
		}
		Matcher type = TYPE.matcher(browser.getUrl());
		return type.find() ? type.group(1) : null;
	}

	private static final Pattern TYPE = Pattern.compile("[?&]type=([\\w-]+)");

	/** Whether the page has drawn its diagram (the client's own flag). */
	boolean drawn() {
		if (browser == null || browser.isDisposed()) {
			return false;
		}
		Object drawn = browser.evaluate("return !!(window.verkstad && window.verkstad.loaded);");
		return Boolean.TRUE.equals(drawn);
	}

	/** Runs work once the diagram is drawn (it may be loading), trying for about ten seconds. */
	void whenDrawn(Runnable work) {
		whenDrawn(work, 40);
	}

	private void whenDrawn(Runnable work, int attempts) {
		if (drawn()) {
			work.run();
		} else if (attempts > 0 && browser != null && !browser.isDisposed()) {
			browser.getDisplay().timerExec(POLL_MS, () -> whenDrawn(work, attempts - 1));
		}
	}
}
