package org.verkstad.diagram.server.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.verkstad.diagram.server.ServerMessages;

/**
 * Lets a request through only when it comes for this server by its loopback name (no other host, so a
 * web page elsewhere cannot reach it through DNS tricks), from its own pages (the Origin, when a browser
 * sends one) and with the session's secret token, in the query or in the cookie the first page set.
 * Runs before everything else, the websocket handshake included.
 */
final class AccessGuard extends Handler.Wrapper {

	static final String COOKIE = "verkstad-token";

	private final String token;
	private final Locale locale;
	private volatile int port;

	AccessGuard(String token, Locale locale, Handler next) {
		super(next);
		this.token = token;
		this.locale = locale;
	}

	void setPort(int port) {
		this.port = port;
	}

	List<String> allowedHosts() {
		return List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String host = request.getHeaders().get(HttpHeader.HOST);
		String origin = request.getHeaders().get(HttpHeader.ORIGIN);
		boolean hostOk = host != null && allowedHosts().contains(host.toLowerCase(Locale.ROOT));
		boolean originOk = origin == null || allowedHosts().stream().anyMatch(h -> origin.equalsIgnoreCase("http://" + h));
		String given = null;
		try {
			Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
			given = query.getValue("token");
		} catch (RuntimeException malformed) {
			given = null;
		}
		boolean fromQuery = given != null && same(given);
		boolean fromCookie = false;
		for (HttpCookie cookie : Request.getCookies(request)) {
			if (COOKIE.equals(cookie.getName()) && same(cookie.getValue())) {
				fromCookie = true;
			}
		}
		if (!hostOk || !originOk || !(fromQuery || fromCookie)) {
			Response.writeError(request, response, callback, 403, ServerMessages.MESSAGES.get(locale, "page.forbidden"));
			return true;
		}
		if (fromQuery && !fromCookie) {
			Response.addCookie(response, HttpCookie.build(COOKIE, token).path("/").httpOnly(true)
					.sameSite(HttpCookie.SameSite.STRICT).build());
		}
		return super.handle(request, response, callback);
	}

	private boolean same(String candidate) {
		return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
	}
}
