package org.verkstad.ui.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.server.host.DiagramServer;
import org.verkstad.diagram.server.ServeSettings;

/**
 * The diagram pages of the model editors: the diagram server of {@code verkstad serve}, started in the
 * workbench's own process for the workspace's folder (on 127.0.0.1, with its own key) when the first
 * diagram is shown, and stopped with the workbench.
 */
public final class DiagramPages {

	private static DiagramServer server;
	private static Path root;

	private DiagramPages() {
	}

	/** The address of the first diagram of a model file, or null when the file has none or lies outside the workspace's folder. */
	public static synchronized String address(IFile file) throws Exception {
		if (file.getLocation() == null) {
			return null;
		}
		Path path = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
		List<DiagramDescription> diagrams = Descriptions.forNotation(ServeSettings.notation(path));
		if (diagrams.isEmpty()) {
			return null;
		}
		if (server == null) {
			root = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().toAbsolutePath().normalize();
			server = DiagramServer.start(new ServeSettings(root, Languages.current()), 0, false);
		}
		if (!path.startsWith(root)) {
			return null;
		}
		String relative = root.relativize(path).toString().replace('\\', '/');
		return "http://127.0.0.1:" + server.port() + "/diagram?file=" + URLEncoder.encode(relative, StandardCharsets.UTF_8)
				+ "&type=" + URLEncoder.encode(diagrams.get(0).type(), StandardCharsets.UTF_8) + "&token=" + server.token()
				+ "&embedded=1";
	}

	/** Stops the server (when the workbench closes). */
	public static synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			} catch (Exception e) {
				Platform.getLog(DiagramPages.class).log(Status.warning(e.getMessage(), e));
			}
			server = null;
		}
	}
}
