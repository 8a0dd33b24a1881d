package org.verkstad.diagram.server.host;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.apache.logging.log4j.LogManager;

/**
 * What the diagram server's libraries log through {@code java.util.logging} (the JSON-RPC layer warns
 * about every message it does not understand) goes to the server's log file with GLSP's own logging
 * (Log4j 2, see {@code log4j2.properties}), never to the terminal: a browser must not be able to write
 * to the terminal of the person running {@code verkstad serve} (escape sequences), nor make the server
 * wait for a terminal nobody reads.
 */
final class LibraryLogging {

	private static volatile boolean installed;

	private LibraryLogging() {
	}

	/** Replaces the console handlers of {@code java.util.logging} with one that writes to the log file. */
	static synchronized void toLogFile() {
		if (installed) {
			return;
		}
		Logger root = Logger.getLogger("");
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(new ToLog4j());
		installed = true;
	}

	/** A line for the log file: without control characters (what a client sent may be in it), bounded. */
	static String safe(String text) {
		String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\\t]]", "?");
		return line.length() > 2000 ? line.substring(0, 2000) + "…" : line;
	}

	private static final class ToLog4j extends Handler {
		private final SimpleFormatter formatter = new SimpleFormatter();

		@Override
		public void publish(LogRecord record) {
			if (record == null) {
				return;
			}
			int level = record.getLevel().intValue();
			org.apache.logging.log4j.Level to = level >= Level.SEVERE.intValue() ? org.apache.logging.log4j.Level.ERROR
					: level >= Level.WARNING.intValue() ? org.apache.logging.log4j.Level.WARN
							: level >= Level.INFO.intValue() ? org.apache.logging.log4j.Level.INFO
									: org.apache.logging.log4j.Level.DEBUG;
			String name = record.getLoggerName() == null ? "jul" : record.getLoggerName();
			LogManager.getLogger(name).log(to, safe(formatter.formatMessage(record)));
		}

		@Override
		public void flush() {
			// Log4j writes each line
		}

		@Override
		public void close() {
			// nothing held
		}
	}
}
