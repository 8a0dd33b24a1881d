package org.verkstad.diagram.server.host;

import java.io.IOException;
import java.util.ArrayList;

import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/**
 * The GLSP websocket endpoint, with every incoming message looked at before JSON-RPC sees it: a message
 * that is not a JSON-RPC object gets a "parse error" or "invalid request" reply (JSON-RPC 2.0 codes
 * -32700 and -32600) and the session goes on, instead of the message being dropped without an answer.
 */
public class GuardedEndpoint extends GLSPServerEndpoint {

	@Override
	@SuppressWarnings("unchecked")
	public void onOpen(Session session, EndpointConfig config) {
		super.onOpen(session, config);
		for (MessageHandler handler : new ArrayList<>(session.getMessageHandlers())) {
			if (handler instanceof MessageHandler.Whole<?> whole) {
				session.removeMessageHandler(handler);
				MessageHandler.Whole<String> next = (MessageHandler.Whole<String>) whole;
				session.addMessageHandler(String.class, text -> {
					String problem = problem(text);
					if (problem == null) {
						problem = handle(next, text);
					}
					if (problem != null) {
						reply(session, problem);
					}
				});
			}
		}
	}

	/**
	 * Hands a message to JSON-RPC. One it cannot read (say, an action this server does not know) would
	 * otherwise close the connection: it gets an "invalid request" reply instead, and the session goes on.
	 */
	private static String handle(MessageHandler.Whole<String> next, String text) {
		try {
			next.onMessage(text);
			return null;
		} catch (RuntimeException e) {
			return error(-32600, "Invalid request: the message is not one this server can read");
		}
	}

	/** What is wrong with a message, as a JSON-RPC error object, or null when it is a JSON-RPC message. */
	static String problem(String text) {
		JsonElement json;
		try {
			json = JsonParser.parseString(text);
		} catch (JsonParseException | IllegalStateException e) {
			return error(-32700, "Parse error: the message is not JSON");
		}
		if (!json.isJsonObject()) {
			return error(-32600, "Invalid request: a JSON-RPC message is an object");
		}
		JsonObject object = json.getAsJsonObject();
		JsonElement version = object.get("jsonrpc");
		if (version == null || !version.isJsonPrimitive() || !"2.0".equals(version.getAsString())) {
			return error(-32600, "Invalid request: \"jsonrpc\" must be \"2.0\"");
		}
		if (!object.has("method") && !object.has("result") && !object.has("error")) {
			return error(-32600, "Invalid request: no method");
		}
		return null;
	}

	private static String error(int code, String message) {
		JsonObject error = new JsonObject();
		error.addProperty("code", code);
		error.addProperty("message", message);
		JsonObject reply = new JsonObject();
		reply.addProperty("jsonrpc", "2.0");
		reply.add("id", JsonNull.INSTANCE);
		reply.add("error", error);
		return reply.toString();
	}

	private static void reply(Session session, String reply) {
		try {
			synchronized (session) {
				session.getBasicRemote().sendText(reply);
			}
		} catch (IOException e) {
			// the client went away; nothing to answer
		}
	}
}
