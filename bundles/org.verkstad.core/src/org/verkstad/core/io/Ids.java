package org.verkstad.core.io;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Element;

/** Stable element ids: every element gets one the first time its model is saved, and keeps it. */
public final class Ids {

	private Ids() {
	}

	/** Gives every element of the model that has no id (or a duplicate one) a new one. */
	public static void ensure(EObject root) {
		Set<String> seen = new HashSet<>();
		ensure(root, seen);
		root.eAllContents().forEachRemaining(object -> ensure(object, seen));
	}

	private static void ensure(EObject object, Set<String> seen) {
		if (object instanceof Element element) {
			String id = element.getId();
			if (id == null || id.isBlank() || !seen.add(id)) {
				id = newId();
				element.setId(id);
				seen.add(id);
			}
		}
	}

	public static String newId() {
		return EcoreUtil.generateUUID();
	}
}
