package org.verkstad.diagram.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.verkstad.core.io.ModelFileException;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * Models read ahead: when a browser asks for a diagram page, the server starts reading the model and
 * drawing it, while the page loads its client; the diagram session that then opens the same file takes
 * the result instead of reading it again. A result is taken once, only while neither the model file nor
 * its layout file has changed since it was read, and is dropped after a minute. The model is also turned
 * into the JSON the session will send, which the page asks for beside its client ({@link #json}) and draws
 * while the session opens; that JSON is kept by file version, so that a page opening a file unchanged
 * since (again, in another tab, after the warm-up) gets it at once.
 */
public final class Prefetch {

	private static final long MAX_AGE_NANOS = 60_000_000_000L;
	private static final int MAX_ENTRIES = 8;
	private static final int WARM_UP_PASSES = 3;
	private static final int MAX_WAIT_SECONDS = 60;

	private record Key(Path file, String diagramType, Locale locale) {
	}

	private record Entry(CompletableFuture<OpenedModel> opened, String stamp, long startedAt) {
	}

	/** A diagram written as JSON, and the version of its files it was drawn from. */
	private record Written(String stamp, String json) {
	}

	private final Map<Key, Entry> entries = new LinkedHashMap<>();
	/** The diagrams last written as JSON, the least recently asked for first. */
	private final Map<Key, Written> written = new LinkedHashMap<>(16, 0.75f, true);
	/** Writes a diagram's graph as the sessions send it; set once the server's JSON is configured. */
	private volatile Function<Object, String> json;
	/** Set by the first page asked for: from then on the warm-up would only take the processors from it. */
	private volatile boolean pageAskedFor;
	private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "verkstad-prefetch");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Starts reading and drawing a model file for a diagram, unless that is under way already, or the
	 * diagram of the file as it is was written as JSON before: the page then draws that at once, and its
	 * session reads the model when it opens, after the page has drawn, instead of taking the processors
	 * from the page while it loads its client.
	 */
	public void start(Path file, DiagramDescription description, Locale locale) {
		pageAskedFor = true;
		Key key = new Key(file, description.type(), locale);
		String stamp = stamp(file);
		if (kept(key, stamp) != null) {
			return;
		}
		synchronized (entries) {
			entries.values().removeIf(Prefetch::expired);
			Entry known = entries.get(key);
			if (known != null && known.stamp.equals(stamp)) {
				return;
			}
			CompletableFuture<OpenedModel> opened = CompletableFuture.supplyAsync(() -> {
				try {
					OpenedModel read = OpenedModel.read(description, file, locale);
					// written here, before a session can take the graph and change it
					write(key, stamp, read);
					return read;
				} catch (ModelFileException e) {
					throw new CompletionException(e);
				}
			}, reader);
			entries.put(key, new Entry(opened, stamp, System.nanoTime()));
			for (Iterator<Entry> i = entries.values().iterator(); entries.size() > MAX_ENTRIES && i.hasNext();) {
				i.next();
				i.remove();
			}
		}
	}

	/** The model read ahead for a diagram, waiting for it if need be; null when there is none to use. */
	OpenedModel take(Path file, DiagramDescription description, Locale locale) {
		Entry entry;
		synchronized (entries) {
			entry = entries.remove(new Key(file, description.type(), locale));
		}
		if (entry == null || expired(entry) || !entry.stamp.equals(stamp(file))) {
			return null;
		}
		try {
			return entry.opened.get();
		} catch (ExecutionException e) {
			// the session reads the file itself and reports what is wrong with it
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** How the sessions write a diagram's graph as JSON (the server's own configuration of it). */
	public void jsonWriter(Function<Object, String> writer) {
		json = writer;
	}

	/**
	 * The diagram read ahead for a page, as the JSON its session will send, waiting for it if need be (at
	 * most {@code MAX_WAIT_SECONDS}); null when there is none: not asked for, taken by the session already,
	 * changed on disk, unreadable, or the server's JSON not configured yet. The entry stays for the session.
	 */
	public String json(Path file, DiagramDescription description, Locale locale) {
		Key key = new Key(file, description.type(), locale);
		String stamp = stamp(file);
		String known = kept(key, stamp);
		if (known != null) {
			return known;
		}
		Entry entry;
		synchronized (entries) {
			entry = entries.get(key);
		}
		if (entry == null || expired(entry) || !entry.stamp.equals(stamp)) {
			return null;
		}
		try {
			entry.opened.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
			return kept(key, stamp);
		} catch (ExecutionException | TimeoutException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The diagram's JSON kept for this version of its files, or null. */
	private String kept(Key key, String stamp) {
		synchronized (written) {
			Written known = written.get(key);
			return known != null && known.stamp.equals(stamp) ? known.json : null;
		}
	}

	/** Writes the diagram as JSON and keeps it for its file version; nothing while the server's JSON is not configured. */
	private void write(Key key, String stamp, OpenedModel opened) {
		Function<Object, String> writer = json;
		if (writer == null) {
			return;
		}
		String text = writer.apply(opened.diagram().graph());
		synchronized (written) {
			written.put(key, new Written(stamp, text));
			for (Iterator<Written> i = written.values().iterator(); written.size() > MAX_ENTRIES && i.hasNext();) {
				i.next();
				i.remove();
			}
		}
	}

	/**
	 * Reads and draws the folder's models a few times, in the background, as a page would have them read:
	 * the code doing it is then compiled by the JVM before the first page is asked for, instead of while
	 * the browser loads it. At most {@code maxFiles} files and {@code maxMillis}; what cannot be read is
	 * skipped (the page reports it). Each diagram's JSON is kept ({@link #json}): the first page of a file
	 * read here draws at once. {@code send} is given every diagram drawn. It stops when the first page is
	 * asked for: reading that page's model
	 * warms the same code, and on two processors a warm-up still going took half of one from the page
	 * (a 602-node map drawn in 0.55 s instead of 0.1 s).
	 */
	public void warmUp(ServeSettings settings, Consumer<Diagram> send, int maxFiles, long maxMillis) {
		long end = System.nanoTime() + maxMillis * 1_000_000L;
		List<Path> files;
		try {
			files = settings.modelFiles().stream().limit(maxFiles).toList();
		} catch (IOException e) {
			return;
		}
		for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
			for (Path file : files) {
				if (System.nanoTime() > end || pageAskedFor) {
					return;
				}
				for (DiagramDescription description : Descriptions.forNotation(ServeSettings.notation(file))) {
					if (pageAskedFor) {
						return;
					}
					try {
						String stamp = stamp(file);
						OpenedModel opened = OpenedModel.read(description, file, settings.locale());
						write(new Key(file, description.type(), settings.locale()), stamp, opened);
						send.accept(opened.diagram());
					} catch (ModelFileException | RuntimeException e) {
						// not a model this diagram shows, or not readable: the page says so when asked
					}
				}
			}
		}
	}

	private static boolean expired(Entry entry) {
		return System.nanoTime() - entry.startedAt > MAX_AGE_NANOS;
	}

	/** The size and modification time of the model file and its layout file. */
	private static String stamp(Path file) {
		return stampOf(file) + "|" + stampOf(LayoutFile.of(file));
	}

	private static String stampOf(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
		} catch (IOException e) {
			return "-";
		}
	}
}
