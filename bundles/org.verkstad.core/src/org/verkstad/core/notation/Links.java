package org.verkstad.core.notation;

import org.eclipse.emf.common.util.URI;
import org.verkstad.core.CoreFactory;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.LinkKind;

/** Typed cross-model links: a link belongs to its source element and points at its target. */
public final class Links {

	private Links() {
	}

	/** Adds a link of the given kind from {@code source} to {@code target} and returns it. */
	public static Link link(Element source, LinkKind kind, Element target) {
		Link link = CoreFactory.eINSTANCE.createLink();
		link.setKind(kind);
		link.setTarget(target);
		source.getLinks().add(link);
		return link;
	}

	/**
	 * Whether the address of an element that could not be found is a name in a text file (the text
	 * format's own reference, which it reports itself in words) rather than an element of another file.
	 */
	public static boolean isTextName(URI address) {
		String fragment = address.fragment();
		return fragment != null && (fragment.startsWith("|") || fragment.startsWith("xtextLink_"));
	}
}
