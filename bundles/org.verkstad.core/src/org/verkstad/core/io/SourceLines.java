package org.verkstad.core.io;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * The line in its file where an element was read from, so messages can say "file:line". Readers
 * (XMI here, the text DSL later) record it while they parse.
 */
public final class SourceLines {

	private SourceLines() {
	}

	/** Remembers the line an element starts on. */
	public static void record(EObject object, int line) {
		for (Object adapter : object.eAdapters()) {
			if (adapter instanceof Line known) {
				known.line = line;
				return;
			}
		}
		object.eAdapters().add(new Line(line));
	}

	/** The line of the element, or of the nearest container that has one; 0 when unknown. */
	public static int line(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			for (Object adapter : current.eAdapters()) {
				if (adapter instanceof Line line) {
					return line.line;
				}
			}
		}
		return 0;
	}

	private static final class Line extends AdapterImpl {
		int line;

		Line(int line) {
			this.line = line;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == SourceLines.class;
		}
	}
}
