package org.verkstad.core.notation;

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
}
