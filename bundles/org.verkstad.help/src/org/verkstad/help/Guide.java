package org.verkstad.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide: the Markdown pages of {@code docs/} (the guide in each language under {@code guide/},
 * the English reference pages beside it), shown as HTML inside the program and searchable. One source
 * for GitHub and the program: links between the pages and the pictures work in both, and the guide's
 * sections carry fixed anchors ({@code <a id="process"></a>}) that F1 jumps to, the same in every
 * language.
 */
public final class Guide {

	/** The language of the reference pages and of the guide when a language has none of its own. */
	private static final String FALLBACK = "en";
	private static final Pattern ANCHOR = Pattern.compile("<a id=\"([\\w-]+)\"></a>");
	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	/**
	 * The section of the address at the top of the view also when the browser gets its size only after the
	 * page loaded (an editor just opened), until the reader scrolls, types or clicks.
	 */
	private static final String SECTION_IN_VIEW = "<script>(function () { var moved = false;"
			+ " ['wheel', 'keydown', 'mousedown', 'touchstart'].forEach(function (t) { addEventListener(t, function () { moved = true; }); });"
			+ " function show() { var e = !moved && location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));"
			+ " if (e) { e.scrollIntoView(); } }"
			+ " addEventListener('load', show); addEventListener('resize', show);"
			+ " addEventListener('hashchange', function () { moved = false; show(); }); })();</script>";

	/** The pages by id, their path under docs/ without ".md" ("guide/sv", "text-format"), in a stable order. */
	private final Map<String, String> pages;
	/** The pictures by their path under docs/ ("images/x.png"). */
	private final Map<String, URL> images;
	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
	private final Map<String, List<Section>> sections = new HashMap<>();

	/** A part of a page under one heading: what search finds and where a hit leads. */
	public record Section(String page, String anchor, String title, int level, String text) {
	}

	/** A search result: the section, and a line of its text around the first word found. */
	public record Hit(Section section, String snippet, int score) {
	}

	private Guide(Map<String, String> pages, Map<String, URL> images) {
		this.pages = new TreeMap<>(pages);
		this.images = new TreeMap<>(images);
	}

	/** The guide as the program carries it (the bundle's {@code help/} folder, copied from docs/ by the build). */
	public static Guide installed() {
		Bundle bundle = FrameworkUtil.getBundle(Guide.class);
		Map<String, String> pages = new HashMap<>();
		Map<String, URL> images = new HashMap<>();
		for (Enumeration<URL> e = bundle.findEntries("help", "*.*", true); e != null && e.hasMoreElements();) {
			URL url = e.nextElement();
			String path = url.getPath().substring(url.getPath().indexOf("help/") + "help/".length());
			if (path.endsWith(".md")) {
				pages.put(path.substring(0, path.length() - ".md".length()), read(url));
			} else if (path.startsWith("images/")) {
				images.put(path, url);
			}
		}
		return new Guide(pages, images);
	}

	/** The guide of a docs folder (a developer's tree; the tests read the repository's). */
	public static Guide read(Path docs) throws IOException {
		Map<String, String> pages = new HashMap<>();
		Map<String, URL> images = new HashMap<>();
		try (Stream<Path> files = Files.walk(docs)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String path = docs.relativize(file).toString().replace('\\', '/');
				if (path.endsWith(".md") && (!path.contains("/") || path.startsWith("guide/"))) {
					pages.put(path.substring(0, path.length() - ".md".length()), Files.readString(file));
				} else if (path.startsWith("images/") && path.endsWith(".png")) {
					images.put(path, file.toUri().toURL());
				}
			}
		}
		return new Guide(pages, images);
	}

	private static String read(URL url) {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The page ids, guide pages first. */
	public List<String> pages() {
		List<String> ids = new ArrayList<>(pages.keySet());
		ids.sort(Comparator.comparing((String id) -> !id.startsWith("guide/")).thenComparing(id -> id));
		return ids;
	}

	/** The guide's page in a language ("guide/sv"), the English one where that language has none. */
	public String guidePage(Locale language) {
		String id = "guide/" + language.getLanguage();
		return pages.containsKey(id) ? id : "guide/" + FALLBACK;
	}

	/** The fixed anchors of a page ({@code <a id="…">}), in their order. */
	public List<String> anchors(String page) {
		List<String> anchors = new ArrayList<>();
		Matcher m = ANCHOR.matcher(pages.getOrDefault(page, ""));
		while (m.find()) {
			anchors.add(m.group(1));
		}
		return anchors;
	}

	/** The sections of a page, in order: the contents list of the viewer and what search looks through. */
	public List<Section> sections(String page) {
		return sections.computeIfAbsent(page, p -> {
			List<Section> result = new ArrayList<>();
			Node document = parse(p);
			Slugs slugs = new Slugs();
			Heading heading = null;
			StringBuilder text = new StringBuilder();
			for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
				if (node instanceof Heading h) {
					add(result, p, heading, slugs, text);
					heading = h;
					text.setLength(0);
				} else {
					text.append(plain(node)).append(' ');
				}
			}
			add(result, p, heading, slugs, text);
			return List.copyOf(result);
		});
	}

	private void add(List<Section> result, String page, Heading heading, Slugs slugs, StringBuilder text) {
		if (heading != null) {
			String title = plain(heading).strip();
			result.add(new Section(page, slugs.next(title), title, heading.getLevel(), text.toString().replaceAll("\\s+", " ").strip()));
		}
	}

	/**
	 * The sections of the guide in a language (and of the English reference pages) that hold every word
	 * of the query, best first: a word in a title counts more than one in the text.
	 */
	public List<Hit> search(Locale language, String query) {
		List<String> words = Stream.of(query.toLowerCase(Locale.ROOT).split("[\\s\"]+")).filter(w -> !w.isBlank()).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>();
		String guide = guidePage(language);
		for (String page : pages()) {
			if (page.startsWith("guide/") && !page.equals(guide)) {
				continue;
			}
			for (Section section : sections(page)) {
				String title = section.title().toLowerCase(Locale.ROOT);
				String text = section.text().toLowerCase(Locale.ROOT);
				int score = 0;
				for (String word : words) {
					int inTitle = count(title, word);
					int inText = count(text, word);
					if (inTitle + inText == 0) {
						score = -1;
						break;
					}
					score += 10 * inTitle + inText;
				}
				if (score > 0) {
					hits.add(new Hit(section, snippet(section.text(), words.get(0)), page.equals(guide) ? score * 2 : score));
				}
			}
		}
		hits.sort(Comparator.comparingInt(Hit::score).reversed());
		return hits;
	}

	private static int count(String text, String word) {
		int n = 0;
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
			n++;
		}
		return n;
	}

	private static String snippet(String text, String word) {
		int at = Math.max(0, text.toLowerCase(Locale.ROOT).indexOf(word));
		int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 60)) + 1);
		int to = Math.min(text.length(), from + 160);
		int end = text.indexOf(' ', to);
		String part = text.substring(from, end < 0 || to == text.length() ? to : end);
		return (from > 0 ? "…" : "") + part + (from + part.length() < text.length() ? "…" : "");
	}

	/** A page as a whole HTML document; its links to other pages end in ".html", as {@link #write} names them. */
	public String html(String page) {
		Node document = parse(page);
		String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				String target = link.getDestination();
				String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				if (path.endsWith(".md")) {
					String id = resolve(folder, path.substring(0, path.length() - ".md".length()));
					if (pages.containsKey(id)) {
						link.setDestination(target.replaceFirst("\\.md(#|$)", ".html$1"));
					} else {
						// a page the program does not carry (the README, the developers' pages): its words stay
						unlink(link);
						return;
					}
				}
				visitChildren(link);
			}
		});
		Slugs slugs = new Slugs();
		HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).attributeProviderFactory(context -> (node, tag, attributes) -> {
			if (node instanceof Heading heading) {
				attributes.put("id", slugs.next(plain(heading).strip()));
			} else if (node instanceof Link link && link.getDestination().matches("(?i)https?:.*")) {
				attributes.put("class", "external");
			}
		}).build();
		String title = sections(page).stream().findFirst().map(Section::title).orElse(page);
		String language = page.startsWith("guide/") ? page.substring("guide/".length()) : FALLBACK;
		return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" + escape(title)
				+ "</title><link rel=\"stylesheet\" href=\"" + "../".repeat(folder.isEmpty() ? 0 : 1) + "help.css\">" + SECTION_IN_VIEW
				+ "</head>\n<body><main>\n" + renderer.render(document) + "</main></body></html>\n";
	}

	private static void unlink(Link link) {
		Node child = link.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			link.insertBefore(child);
			child = next;
		}
		link.unlink();
	}

	private static String resolve(String folder, String path) {
		List<String> parts = new ArrayList<>(List.of((folder + path).split("/")));
		for (int i = 0; i < parts.size(); i++) {
			if (parts.get(i).equals("..") && i > 0) {
				parts.remove(i);
				parts.remove(i - 1);
				i -= 2;
			} else if (parts.get(i).equals(".")) {
				parts.remove(i--);
			}
		}
		return String.join("/", parts);
	}

	/**
	 * Every page as an HTML file in a folder, with the pictures and the style sheet beside them, as the
	 * docs folder has them: links and pictures work from there in any browser.
	 */
	public void write(Path folder) throws IOException {
		for (String page : pages.keySet()) {
			Path file = folder.resolve(page + ".html");
			Files.createDirectories(file.getParent());
			Files.writeString(file, html(page));
		}
		for (Map.Entry<String, URL> image : images.entrySet()) {
			Path file = folder.resolve(image.getKey());
			Files.createDirectories(file.getParent());
			try (InputStream in = image.getValue().openStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		try (InputStream css = Guide.class.getResourceAsStream("help.css")) {
			Files.copy(css, folder.resolve("help.css"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The file {@link #write} writes for a page. */
	public static Path file(Path folder, String page) {
		return folder.resolve(page + ".html");
	}

	/** The anchor of a notation's section in the guide (its id: "process", "journey", …), if the guide has one. */
	public Optional<String> notationAnchor(Locale language, String notation) {
		return anchors(guidePage(language)).contains(notation) ? Optional.of(notation) : Optional.empty();
	}

	private Node parse(String page) {
		String markdown = pages.get(page);
		if (markdown == null) {
			throw new IllegalArgumentException("no page " + page);
		}
		return parser.parse(markdown);
	}

	/** The words of a node, without markup (code as it is written). */
	private static String plain(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}

			@Override
			public void visit(Image image) {
				// a picture's words are its caption, not its file
				visitChildren(image);
			}

			@Override
			public void visit(FencedCodeBlock block) {
				text.append(block.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				text.append(' ');
			}

			@Override
			public void visit(Paragraph paragraph) {
				visitChildren(paragraph);
				text.append(' ');
			}

			@Override
			public void visit(CustomNode cell) {
				// a table's cells
				visitChildren(cell);
				text.append(' ');
			}
		});
		return text.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Heading ids as GitHub makes them: lower case, words joined by "-", punctuation dropped, repeats numbered. */
	static final class Slugs {
		private final Map<String, Integer> seen = new LinkedHashMap<>();

		String next(String title) {
			String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").strip().replace(' ', '-');
			int n = seen.merge(slug, 1, Integer::sum);
			return n == 1 ? slug : slug + "-" + (n - 1);
		}
	}
}
