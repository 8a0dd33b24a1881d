package org.verkstad.diagram.server.host;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.server.ServeSettings;
import org.verkstad.diagram.server.VerkstadDiagramModule;

import com.google.inject.Guice;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The diagram editors of a folder's models, served on the loopback interface: the pages, the bundled
 * client and the GLSP websocket, all behind the {@link AccessGuard}. Used by {@code verkstad serve} and,
 * in the workbench, by the diagram editor.
 */
public final class DiagramServer implements AutoCloseable {

	public static final String GLSP_PATH = "/glsp";

	private final Server server;
	private final String token;
	private final int port;

	private DiagramServer(Server server, String token, int port) {
		this.server = server;
		this.token = token;
		this.port = port;
	}

	/** Starts a server for the models in {@code settings.root()} on 127.0.0.1 ({@code port} 0: any free port). */
	public static DiagramServer start(ServeSettings settings, int port) throws Exception {
		return start(settings, port, true);
	}

	/**
	 * The same; {@code warmUp} has the new server read and draw the folder's models in the background
	 * first ({@code verkstad serve}, whose first page should not wait for the JVM's compiler), which a
	 * workbench that opens one diagram at start does without.
	 */
	public static DiagramServer start(ServeSettings settings, int port, boolean warmUp) throws Exception {
		LibraryLogging.toLogFile();
		String token = newToken();
		SharedServerConfiguration.ServeModule serverModule = new SharedServerConfiguration.ServeModule(settings.locale());
		for (DiagramDescription description : Descriptions.all()) {
			serverModule.configureDiagramModule(new VerkstadDiagramModule(description, settings));
		}
		Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		ServletContextHandler context = new ServletContextHandler();
		context.setContextPath("/");
		// error pages say what went wrong in a sentence, never with a stack trace or exception text
		ErrorHandler errors = new ErrorHandler();
		errors.setShowStacks(false);
		errors.setShowMessageInTitle(false);
		errors.setShowServlet(false);
		context.setErrorHandler(errors);
		context.addServlet(new ServletHolder(new PageServlet(settings, token)), "/*");
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			container.setDefaultMaxTextMessageBufferSize(GLSPServerEndpoint.MAX_TEXT_MESSAGE_BUFFER_SIZE);
			// a diagram left alone (behind a dialog, while the user reads) keeps its connection: Jetty's 30 s
			// idle timeout closed it, and the page then said the connection was lost and restored
			container.setDefaultMaxSessionIdleTimeout(0);
			container.addEndpoint(ServerEndpointConfig.Builder.create(GuardedEndpoint.class, GLSP_PATH)
					.configurator(new GLSPConfigurator(() -> Guice.createInjector(serverModule))).build());
		});
		AccessGuard guard = new AccessGuard(token, settings.locale(), context);
		server.setHandler(guard);
		server.start();
		SharedServerConfiguration.prepare(serverModule, settings, warmUp);
		int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
		guard.setPort(actual);
		return new DiagramServer(server, token, actual);
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public int port() {
		return port;
	}

	public String token() {
		return token;
	}

	/** The address of the page listing the models, with the token. */
	public URI url() {
		return URI.create("http://127.0.0.1:" + port + "/?token=" + token);
	}

	/** Waits until the server stops. */
	public void join() throws InterruptedException {
		server.join();
	}

	@Override
	public void close() throws Exception {
		server.stop();
	}
}
