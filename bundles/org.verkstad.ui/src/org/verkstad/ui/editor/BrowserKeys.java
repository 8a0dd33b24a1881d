package org.verkstad.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * SWT's WebKit browser hands one key press in its page to SWT up to three times (once for each DOM
 * listener it installs, interleaved with the modifier keys), each copy with the same time stamp, so a
 * key binding such as Ctrl+Z would run three times on a diagram page. This filter, installed before the
 * workbench's key bindings, lets the first through and stops the copies.
 */
public final class BrowserKeys implements Listener {

	/** The key presses seen last (widget, key, modifiers, time): copies come within a few events. */
	private final Deque<String> recent = new ArrayDeque<>();

	@Override
	public void handleEvent(Event event) {
		if (!(event.widget instanceof Browser)) {
			return;
		}
		String press = System.identityHashCode(event.widget) + "/" + event.keyCode + "/" + event.stateMask + "/" + event.time;
		if (recent.contains(press)) {
			// a copy: nobody else hears of it
			event.type = SWT.None;
			event.doit = false;
			return;
		}
		recent.addLast(press);
		if (recent.size() > 16) {
			recent.removeFirst();
		}
	}
}
