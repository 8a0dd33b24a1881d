package org.verkstad.diagram.client;

import java.net.URL;

/**
 * How the diagram server finds the bundled diagram client. The Maven build bundles the client with
 * esbuild into this bundle's {@code client/} folder ({@code bundle.js}, {@code bundle.css} and the
 * font they use), and that folder ships inside the jar. Looking it up through this class's own
 * resources works alike from the installed jar, from the bundle in a workspace and on a plain class
 * path, so the server needs neither file system paths nor OSGi API to serve it.
 */
public final class ClientFiles {

	private static final String ROOT = "/client/";

	private ClientFiles() {
	}

	/**
	 * The file of the client at {@code relativePath} below {@code client/}, such as {@code bundle.js};
	 * null when there is none, and for a path that starts with {@code /} or contains {@code ..}, so a
	 * path taken from a request can never reach anything else in the bundle.
	 */
	public static URL find(String relativePath) {
		if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("..")
				|| relativePath.endsWith("/")) {
			return null;
		}
		return ClientFiles.class.getResource(ROOT + relativePath);
	}
}
