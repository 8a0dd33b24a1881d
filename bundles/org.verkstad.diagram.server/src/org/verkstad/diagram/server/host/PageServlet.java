package org.verkstad.diagram.server.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.logging.log4j.LogManager;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.Markup;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.client.ClientFiles;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.description.View;
import org.verkstad.diagram.graph.ElementTypes;
import org.verkstad.diagram.server.ServeSettings;
import org.verkstad.diagram.server.ServerMessages;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages of {@code verkstad serve}: the list of the folder's models with links to their diagrams,
 * a diagram page (the bundled client plus its configuration) and the client's files.
 */
final class PageServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final Map<String, String> CONTENT_TYPES = Map.of("js", "text/javascript; charset=utf-8", "css",
			"text/css; charset=utf-8", "ttf", "font/ttf", "woff", "font/woff", "woff2", "font/woff2", "svg",
			"image/svg+xml", "png", "image/png", "html", "text/html; charset=utf-8");

	private static final String INDEX_STYLE = "<style>body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:2em;color:#222}"
			+ "ul.models{list-style:none;padding:0}ul.models li{padding:.4em 0;border-bottom:1px solid #ddd}"
			+ ".file{display:inline-block;min-width:22em;font-family:monospace}a{margin-right:1em}</style>\n";

	private final transient ServeSettings settings;
	private final String token;
	private final transient SecureRandom random = new SecureRandom();
	/** Only the client's and the styles' few files, so bounded. */
	private final transient Map<String, byte[]> shipped = new ConcurrentHashMap<>();

	PageServlet(ServeSettings settings, String token) {
		this.settings = settings;
		this.token = token;
	}

	/**
	 * GLSP's own texts (palette buttons, keyboard help, the markers' severities) from Verkstad's table, in
	 * the page's language: its keys {@code glsp.<group>.<name>} nested as GLSP's messages.json has them.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> glspMessages() {
		Map<String, Object> nested = new LinkedHashMap<>();
		for (String key : new TreeSet<>(ServerMessages.MESSAGES.keys(Locale.ENGLISH))) {
			if (!key.startsWith("glsp.")) {
				continue;
			}
			String[] path = key.substring("glsp.".length()).split("\\.");
			Map<String, Object> level = nested;
			for (int i = 0; i < path.length - 1; i++) {
				level = (Map<String, Object>) level.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
			}
			level.put(path[path.length - 1], text(key));
		}
		return nested;
	}

	private String text(String key, Object... args) {
		return ServerMessages.MESSAGES.get(settings.locale(), key, args);
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			page(request, response);
		} catch (RuntimeException e) {
			// a short message for the page, the details in the log file (never on the terminal: a page could flood it)
			LogManager.getLogger(PageServlet.class)
					.error(LibraryLogging.safe(request.getRequestURI() + ": " + e), e);
			if (!response.isCommitted()) {
				response.sendError(500, text("page.failed"));
			}
		}
	}

	private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI();
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		if (path.equals("/")) {
			index(response);
		} else if (path.equals("/diagram")) {
			diagram(request, response);
		} else if (path.equals("/model")) {
			model(request, response);
		} else if (path.equals("/favicon.ico")) {
			response.setStatus(204);
		} else if (path.startsWith("/styles/")) {
			styles(path.substring("/styles/".length()), response);
		} else if (path.startsWith("/client/")) {
			client(path.substring("/client/".length()), response);
		} else {
			response.sendError(404, text("page.notFound"));
		}
	}

	private void index(HttpServletResponse response) throws IOException {
		StringBuilder body = new StringBuilder();
		List<Path> files = settings.modelFiles();
		body.append("<h1>").append(Markup.escape(text("page.title"))).append("</h1>\n<p>")
				.append(Markup.escape(text(files.isEmpty() ? "page.empty" : "page.intro", settings.root()))).append("</p>\n<ul class=\"models\">\n");
		for (Path file : files) {
			String relative = settings.root().relativize(file).toString().replace('\\', '/');
			String notation = ServeSettings.notation(file);
			body.append("<li><span class=\"file\">").append(Markup.escape(relative)).append("</span>");
			for (DiagramDescription d : Descriptions.forNotation(notation)) {
				body.append(" <a href=\"").append(Markup.escape(diagramUrl(relative, d.type()))).append("\">")
						.append(Markup.escape(d.name(settings.locale()))).append("</a>");
			}
			body.append("</li>\n");
		}
		body.append("</ul>\n");
		html(response, text("page.title"), body.toString(), null, null);
	}

	/** A served model file and a diagram of its notation, as a request names them ({@code file}, {@code type}). */
	private record Requested(Path file, DiagramDescription description) {
	}

	/** The diagram a request names, or null when the file is not served or the diagram not one of its notation. */
	private Requested requested(HttpServletRequest request) {
		Path file = servedFile(request.getParameter("file"));
		DiagramDescription description = Descriptions.byType(String.valueOf(request.getParameter("type"))).orElse(null);
		return file == null || description == null || !description.notation().equals(ServeSettings.notation(file)) ? null
				: new Requested(file, description);
	}

	private void diagram(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Requested requested = requested(request);
		if (requested == null) {
			response.sendError(404, text("page.notFound"));
			return;
		}
		Path file = requested.file();
		DiagramDescription description = requested.description();
		String relative = settings.root().relativize(file).toString().replace('\\', '/');
		String host = request.getHeader("Host");
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("websocket", "ws://" + host + DiagramServer.GLSP_PATH + "?token=" + token);
		config.put("sourceUri", file.toString());
		config.put("diagramType", description.type());
		config.put("notation", description.notation());
		config.put("title", file.getFileName().toString());
		// shown in the workbench's model editor (DiagramPages), whose key bindings save, undo and redo
		boolean embedded = "1".equals(request.getParameter("embedded"));
		if (embedded) {
			config.put("embedded", true);
		}
		config.put("language", settings.locale().getLanguage());
		Map<String, String> messages = new LinkedHashMap<>();
		for (String key : List.of("save", "undo", "redo", "fit", "zoomIn", "zoomOut", "layout", "models", "more", "palette",
				"fixes", "fixes.none", "reconnected")) {
			messages.put(key, text("button." + key));
		}
		config.put("messages", messages);
		config.put("glsp", glspMessages());
		config.put("actions", description.autoLayout() ? List.of("layout") : List.of());
		List<Map<String, String>> diagrams = new ArrayList<>();
		for (DiagramDescription sibling : Descriptions.forNotation(description.notation())) {
			diagrams.add(Map.of("type", sibling.type(), "label", sibling.name(settings.locale()), "url",
					diagramUrl(relative, sibling.type()) + (embedded ? "&embedded=1" : "")));
		}
		config.put("diagrams", diagrams);
		config.put("home", "/");
		config.put("types", ElementTypes.of(description));
		config.put("views", Arrays.stream(View.values()).map(View::id).toList());
		config.put("icons", Descriptions.icons());
		Gson gson = new GsonBuilder().disableHtmlEscaping().create();
		// "</" cannot end the script element early
		String json = gson.toJson(config).replace("</", "<\\/");
		String nonce = nonce();
		// the socket opens and the model is read while the page loads the client (the client's README, "How the page starts")
		settings.prefetch().start(file, description, settings.locale());
		// and the diagram read ahead is fetched beside the client, to be drawn while the session opens
		String model = gson.toJson(pageUrl("/model", relative, description.type()) + "&token=" + token)
				.replace("</", "<\\/");
		String head = "<link rel=\"stylesheet\" href=\"/client/bundle.css\">\n<link rel=\"stylesheet\" href=\"/styles/"
				+ description.notation() + ".css\">\n<script nonce=\"" + nonce + "\">window.VERKSTAD = " + json
				+ ";\ntry { window.VERKSTAD_SOCKET = new WebSocket(window.VERKSTAD.websocket); } catch (e) { /* the client connects itself */ }"
				+ "\nwindow.VERKSTAD_MODEL = fetch(" + model + ").then(r => r.status === 200 ? r.text() : undefined).catch(() => undefined);</script>\n";
		String body = "<div id=\"verkstad-toolbar\"></div>\n<div id=\"sprotty\"></div>\n<script src=\"/client/bundle.js\"></script>\n";
		html(response, file.getFileName() + " \u2013 " + description.name(settings.locale()), body, head, nonce);
	}

	/**
	 * The diagram a page shows, read ahead when the page was asked for, as the JSON its session will send
	 * (the client's README, "How the page starts"); no content when there is none to give (the page then
	 * waits for its session's).
	 */
	private void model(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Requested requested = requested(request);
		String json = requested == null ? null : settings.prefetch().json(requested.file(), requested.description(), settings.locale());
		if (json == null) {
			response.setStatus(204);
			return;
		}
		byte[] content = json.getBytes(StandardCharsets.UTF_8);
		response.setContentType("application/json; charset=utf-8");
		response.setContentLength(content.length);
		response.getOutputStream().write(content);
	}

	private void client(String relative, HttpServletResponse response) throws IOException {
		String type = CONTENT_TYPES.get(ServeSettings.extension(relative));
		byte[] content = type == null ? null : shipped(relative, () -> ClientFiles.find(relative));
		if (content == null) {
			response.sendError(404, text("page.notFound"));
			return;
		}
		response.setContentType(type);
		response.setHeader("Cache-Control", "private, max-age=3600");
		response.setContentLength(content.length);
		response.getOutputStream().write(content);
	}

	/** A notation's styles, kept beside its diagram descriptions. */
	private void styles(String name, HttpServletResponse response) throws IOException {
		byte[] content = name.matches("[a-z]+\\.css")
				? shipped("styles/" + name, () -> Descriptions.styles(name.substring(0, name.length() - 4)))
				: null;
		if (content == null) {
			response.sendError(404, text("page.notFound"));
			return;
		}
		response.setContentType(CONTENT_TYPES.get("css"));
		response.setContentLength(content.length);
		response.getOutputStream().write(content);
	}

	/**
	 * A file shipped in a bundle, read once: a diagram page loads 2 MB of them (client, fonts), and
	 * reading them from the jars again for every page took longer than sending them.
	 */
	private byte[] shipped(String key, Supplier<URL> find) throws IOException {
		byte[] known = shipped.get(key);
		if (known != null) {
			return known;
		}
		URL url = find.get();
		if (url == null) {
			return null;
		}
		try (InputStream in = url.openStream()) {
			byte[] content = in.readAllBytes();
			shipped.put(key, content);
			return content;
		}
	}

	private void html(HttpServletResponse response, String title, String body, String head, String nonce) throws IOException {
		response.setContentType("text/html; charset=utf-8");
		String csp = "default-src 'none'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
				+ "; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; base-uri 'none'; form-action 'none'";
		response.setHeader("Content-Security-Policy", csp);
		String page = "<!doctype html>\n<html lang=\"" + settings.locale().getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
				+ Markup.escape(title) + "</title>\n" + (head == null ? INDEX_STYLE : head)
				+ "</head>\n<body>\n" + body + "</body>\n</html>\n";
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

	private String diagramUrl(String relative, String type) {
		return pageUrl("/diagram", relative, type);
	}

	/** A path of this server for a file's diagram: the page ({@code /diagram}) or its model ({@code /model}). */
	private static String pageUrl(String path, String relative, String type) {
		return path + "?file=" + URLEncoder.encode(relative, StandardCharsets.UTF_8) + "&type="
				+ URLEncoder.encode(type, StandardCharsets.UTF_8);
	}

	/** A model file named relative to the served folder, or null when it is not one or lies outside. */
	private Path servedFile(String relative) {
		if (relative == null || relative.isEmpty() || relative.length() > 1024) {
			return null;
		}
		try {
			Path file = settings.root().resolve(relative).normalize();
			ResourceSet resourceSet = ModelIO.newResourceSet();
			return settings.allows(file) && Files.isRegularFile(file) && ModelIO.isModelFile(resourceSet, file)
					&& !Descriptions.forNotation(ServeSettings.notation(file)).isEmpty() ? file : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private String nonce() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}
}
