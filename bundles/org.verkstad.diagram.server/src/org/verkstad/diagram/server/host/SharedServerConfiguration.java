package org.verkstad.diagram.server.host;

import static org.eclipse.glsp.server.di.ServerModule.DIAGRAM_MODULES;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.glsp.graph.gson.EnumTypeAdapter;
import org.eclipse.glsp.graph.gson.GraphGsonConfigurator;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionRegistry;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.diagram.ServerConfigurationContribution;
import org.eclipse.glsp.server.gson.ActionTypeAdapter;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.internal.actions.DefaultActionRegistry;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.verkstad.diagram.server.Prefetch;
import org.verkstad.diagram.server.ServeSettings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.name.Named;
import com.google.inject.name.Names;

/**
 * The actions and graph types of every diagram type, found once per server instead of once per
 * connection. GLSP's own configurator opens and closes a temporary session for each diagram type
 * whenever a browser connects (five sessions, each with its injector and dispatching thread, before
 * the handshake is answered); the result is the same for every connection of one server.
 */
public final class SharedServerConfiguration {

	/** The GLSP server module of {@code verkstad serve}: every connection gets the shared configuration. */
	public static final class ServeModule extends ServerModule {
		private final SharedServerConfiguration shared = new SharedServerConfiguration();
		private final Locale locale;

		/** @param locale the language of what the server tells the pages */
		public ServeModule(Locale locale) {
			this.locale = locale;
		}

		@Override
		protected void configureBase() {
			super.configureBase();
			bind(SharedServerConfiguration.class).toInstance(shared);
			bind(Locale.class).annotatedWith(Names.named(VerkstadGlspServer.LOCALE))
					.toInstance(locale);
		}

		@Override
		protected Class<? extends GLSPServer> bindGLSPServer() {
			return VerkstadGlspServer.class;
		}

		@Override
		protected Class<? extends ServerGsonConfigurator> bindGsonConfigurator() {
			return GsonConfigurator.class;
		}
	}

	/** A connection's GLSP configuration: its action registry filled and its JSON set up from the shared one. */
	public static final class GsonConfigurator implements ServerGsonConfigurator {
		private final ActionRegistry actionRegistry;
		private final GraphGsonConfigurator graphTypes;

		@Inject
		public GsonConfigurator(@Named(DIAGRAM_MODULES) Map<String, Module> diagramModules,
				ActionRegistry actionRegistry, ClientSessionManager sessionManager, SharedServerConfiguration shared) {
			this.actionRegistry = actionRegistry;
			this.graphTypes = shared.graphTypes(diagramModules, sessionManager);
			shared.actions.forEach(actionRegistry::register);
		}

		@Override
		public GsonBuilder configureGsonBuilder(GsonBuilder builder) {
			builder.registerTypeAdapterFactory(new ActionTypeAdapter.Factory(actionRegistry.getAllAsMap()));
			builder.registerTypeAdapterFactory(new EnumTypeAdapter.Factory());
			return graphTypes.configureGsonBuilder(builder);
		}
	}

	/**
	 * Readies a new server in the background: finds the shared configuration, so that the first browser
	 * to connect does not wait for it (nor for GLSP's classes to be loaded), gives the read-ahead its JSON
	 * writer, and with {@code warmUp} has the folder's models read, drawn and turned into JSON a few times
	 * (see {@link Prefetch#warmUp}).
	 */
	static void prepare(ServeModule module, ServeSettings settings, boolean warmUp) {
		Thread thread = new Thread(() -> {
			try {
				ServerGsonConfigurator configurator = Guice.createInjector(module).getInstance(ServerGsonConfigurator.class);
				Gson json = configurator.configureGsonBuilder(new GsonBuilder()).create();
				// the pages' models are written as the sessions write them, warm-up or not (the workbench's server has none)
				settings.prefetch().jsonWriter(json::toJson);
				if (warmUp) {
					// (the warm-up writes each diagram as JSON itself, and keeps it for the pages)
					settings.prefetch().warmUp(settings, diagram -> { }, WARM_UP_FILES, WARM_UP_MILLIS);
				}
			} catch (RuntimeException e) {
				// the first connection does it, and reports what fails
			}
		}, "verkstad-prepare");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static final int WARM_UP_FILES = 8;
	private static final long WARM_UP_MILLIS = 15_000;

	private final Map<String, Map<String, Class<? extends Action>>> actions = new LinkedHashMap<>();
	private GraphGsonConfigurator graphTypes;

	/**
	 * The graph types of all diagram types, found on the first connection the way GLSP finds them: a
	 * temporary session per diagram type contributes its actions and graph types.
	 */
	private synchronized GraphGsonConfigurator graphTypes(Map<String, Module> diagramModules,
			ClientSessionManager sessionManager) {
		if (graphTypes == null) {
			GraphGsonConfigurator found = new GraphGsonConfigurator();
			for (String diagramType : diagramModules.keySet()) {
				String sessionId = "verkstad-configuration-" + diagramType;
				ClientSession session = sessionManager.getOrCreateClientSession(
						new InitializeClientSessionParameters(sessionId, diagramType, Collections.emptyList()));
				ServerConfigurationContribution contribution = session.getInjector()
						.getInstance(ServerConfigurationContribution.class);
				// GLSP's own registry, used here only to collect
				ActionRegistry registry = new DefaultActionRegistry();
				contribution.configure(registry);
				contribution.configure(found);
				sessionManager.disposeClientSession(sessionId);
				registry.keys().forEach(type -> actions.put(type, Map.copyOf(registry.get(type).orElseThrow())));
			}
			graphTypes = found;
		}
		return graphTypes;
	}
}
