package org.verkstad.diagram.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.FileVersion;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Where the user put things: the positions and sizes of a model file's diagram elements, kept beside it
 * in {@code <file>.layout} and keyed by the elements' stable ids, so that layout never mixes with the
 * model's text and survives any edit of it. Elements without an entry are placed automatically.
 *
 * <p>The file is JSON with one element per line, sorted by id, so it diffs well:
 * <pre>{
 *   "format": "verkstad-layout",
 *   "version": 1,
 *   "diagrams": {
 *     "process": {
 *       "a-ansoka": [160, 20, 150, 70],
 * </pre>
 */
public final class LayoutFile {

	public static final String EXTENSION = ".layout";
	private static final String FORMAT = "verkstad-layout";
	private static final long MAX_SIZE = 8L * 1024 * 1024;

	private final Path file;
	private Map<String, Map<String, Box>> diagrams = new TreeMap<>();
	private String problem;
	/** The version of the file as read or last saved here. */
	private FileVersion version = FileVersion.ABSENT;

	private LayoutFile(Path file) {
		this.file = file;
	}

	/** The layout file beside a model file. */
	public static Path of(Path modelFile) {
		return modelFile.resolveSibling(modelFile.getFileName() + EXTENSION);
	}

	/**
	 * Reads the layout of a model file. A missing file is an empty layout; an unreadable one too, with
	 * {@link #problem()} saying why (the file is left as it is until the layout is saved).
	 */
	public static LayoutFile read(Path modelFile) {
		LayoutFile layout = new LayoutFile(of(modelFile));
		if (!Files.isRegularFile(layout.file)) {
			return layout;
		}
		try {
			if (Files.size(layout.file) > MAX_SIZE) {
				layout.problem = "too large";
				layout.version = null; // replaced when saved, whatever it is then
				return layout;
			}
			byte[] bytes = Files.readAllBytes(layout.file);
			layout.version = FileVersion.of(bytes);
			JsonObject json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
			if (!FORMAT.equals(string(json, "format")) || !"1".equals(string(json, "version"))) {
				layout.problem = "not a layout file of version 1";
				return layout;
			}
			for (Map.Entry<String, JsonElement> diagram : json.getAsJsonObject("diagrams").entrySet()) {
				Map<String, Box> boxes = layout.diagram(diagram.getKey());
				for (Map.Entry<String, JsonElement> entry : diagram.getValue().getAsJsonObject().entrySet()) {
					JsonArray a = entry.getValue().getAsJsonArray();
					boxes.put(entry.getKey(), new Box(a.get(0).getAsDouble(), a.get(1).getAsDouble(),
							a.get(2).getAsDouble(), a.get(3).getAsDouble()));
				}
			}
		} catch (IOException | RuntimeException e) {
			// JsonParseException, IllegalStateException, ClassCastException, IndexOutOfBounds: all "unreadable"
			layout.diagrams = new TreeMap<>();
			layout.problem = e instanceof JsonParseException && e.getCause() != null ? e.getCause().getMessage()
					: String.valueOf(e.getMessage());
		}
		return layout;
	}

	private static String string(JsonObject json, String key) {
		JsonElement value = json.get(key);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}

	public Path file() {
		return file;
	}

	/** Why the file could not be read, or null. */
	public String problem() {
		return problem;
	}

	/** The boxes of one diagram, by element id (changeable). */
	public Map<String, Box> diagram(String type) {
		return diagrams.computeIfAbsent(type, t -> new TreeMap<>());
	}

	/** A copy of everything, for undo. */
	public Map<String, Map<String, Box>> snapshot() {
		Map<String, Map<String, Box>> copy = new TreeMap<>();
		diagrams.forEach((type, boxes) -> copy.put(type, new TreeMap<>(boxes)));
		return copy;
	}

	public void restore(Map<String, Map<String, Box>> snapshot) {
		diagrams = new TreeMap<>();
		snapshot.forEach((type, boxes) -> diagrams.put(type, new TreeMap<>(boxes)));
	}

	/** The file's content. */
	public String render() {
		Gson gson = new Gson();
		StringBuilder out = new StringBuilder("{\n  \"format\": \"" + FORMAT + "\",\n  \"version\": 1,\n  \"diagrams\": {");
		String separator = "\n";
		for (Map.Entry<String, Map<String, Box>> diagram : diagrams.entrySet()) {
			if (diagram.getValue().isEmpty()) {
				continue;
			}
			out.append(separator).append("    ").append(gson.toJson(diagram.getKey())).append(": {");
			String inner = "\n";
			for (Map.Entry<String, Box> entry : diagram.getValue().entrySet()) {
				Box b = entry.getValue();
				out.append(inner).append("      ").append(gson.toJson(entry.getKey())).append(": [")
						.append(number(b.x())).append(", ").append(number(b.y())).append(", ")
						.append(number(b.width())).append(", ").append(number(b.height())).append(']');
				inner = ",\n";
			}
			out.append("\n    }");
			separator = ",\n";
		}
		return out.append("\n  }\n}\n").toString();
	}

	/** Writes the file atomically, keeping the previous version as {@code .bak}. */
	public void save() throws IOException {
		byte[] content = render().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, content);
		version = FileVersion.of(content);
		problem = null;
	}

	/** Whether the file on disk is still the one read (or last saved) here: nobody else changed it meanwhile. */
	public boolean isCurrent() {
		return version == null || version.isCurrent(file);
	}

	private static String number(double value) {
		long rounded = Math.round(value);
		return Long.toString(rounded);
	}
}
