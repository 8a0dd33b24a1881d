package org.verkstad.ui;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;

/** The status line at the workbench window's foot, which belongs to the active part. */
public final class StatusLine {

	private StatusLine() {
	}

	/** A message in the status line of a part (an editor's or a view's). */
	public static void show(IWorkbenchPart part, String message) {
		IStatusLineManager statusLine = null;
		if (part != null && part.getSite() instanceof IEditorSite site) {
			statusLine = site.getActionBars().getStatusLineManager();
		} else if (part != null && part.getSite() instanceof IViewSite site) {
			statusLine = site.getActionBars().getStatusLineManager();
		}
		if (statusLine != null) {
			statusLine.setMessage(message);
		}
	}
}
