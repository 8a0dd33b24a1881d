package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.graph.DiagramTooLarge;
import org.verkstad.diagram.layout.LayoutFile;

import com.google.inject.Inject;

/**
 * Reads the model file a diagram shows (text or XMI, with the files of its folder it links to) and its
 * layout file, only from the served folder; saving writes both atomically. The diagrams of one file share
 * its model ({@link ServedDocument}).
 */
public class VerkstadSourceModelStorage implements SourceModelStorage {

	@Inject
	protected VerkstadModelState state;

	@Inject
	protected DiagramDescription description;

	@Inject
	protected ServeSettings settings;

	@Inject
	protected ActionDispatcher dispatcher;

	@Inject
	protected ClientSessionManager sessions;

	@Inject
	@ClientId
	protected String clientId;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String uri = action.getOptions() == null ? null : action.getOptions().get("sourceUri");
		Path file;
		try {
			file = uri == null ? null : Path.of(uri.startsWith("file://") ? uri.substring(7) : uri);
		} catch (InvalidPathException e) {
			file = null;
		}
		if (file == null || !settings.allows(file)) {
			throw new GLSPServerException(text("serve.notServed", uri));
		}
		if (!settings.allows(LayoutFile.of(file))) {
			// its layout file is a link out of the folder: neither read nor written
			throw new GLSPServerException(text("serve.notServed", LayoutFile.of(file)));
		}
		try {
			// the diagrams of one file show one model (see ServedDocument): the first one reads it, with what
			// was read ahead for it
			ServedDocument[] made = new ServedDocument[1];
			LiveDocuments.Document document = LiveDocuments.of(file,
					f -> made[0] = ServedDocument.read(f, settings.prefetch().take(f, description, settings.locale())));
			state.open(description, file, settings.locale(), made[0] == null ? null : made[0].takePrefetched(), document);
			// and it forgets the diagram when its page closes
			sessions.addListener(new ClientSessionListener() {
				@Override
				public void sessionDisposed(ClientSession session) {
					state.close();
				}
			}, clientId);
		} catch (ModelFileException e) {
			throw new GLSPServerException(e.message(settings.locale()));
		} catch (EditRefused e) {
			throw new GLSPServerException(e.message(settings.locale()));
		} catch (DiagramTooLarge e) {
			throw new GLSPServerException(e.message(settings.locale()));
		}
		if (state.readOnlyReason() != null) {
			dispatcher.dispatchAfterNextUpdate(MessageActionUtil.warn(state.readOnlyReason()));
		}
		if (state.layout().problem() != null) {
			dispatcher.dispatchAfterNextUpdate(MessageActionUtil.warn(
					text("serve.layoutUnreadable", state.layout().file().getFileName(), state.layout().problem())));
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		try {
			state.save();
		} catch (ModelFileException e) {
			throw new GLSPServerException(e.message(settings.locale()));
		} catch (EditRefused e) {
			throw new GLSPServerException(e.message(settings.locale()));
		} catch (IOException e) {
			throw new GLSPServerException(text("serve.layoutNotSaved", state.layout().file().getFileName(), e.getMessage()));
		}
	}

	private String text(String key, Object... args) {
		return ServerMessages.MESSAGES.get(settings.locale(), key, args);
	}
}
