package org.verkstad.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;

import com.google.gson.Gson;

/**
 * Template packs: one file ({@code .vpack}, a zip archive) a teacher can e-mail or put on a shared
 * drive, holding a {@link PackManifest} and the template models. A pack from elsewhere is untrusted:
 * it is read whole into memory under limits (size, number of files, depth; no absolute paths, no
 * {@code ..}, no archives inside), its manifest must be of a known version and each template must
 * read as a model (XMI with DOCTYPEs or entities is refused by {@link ModelIO}). Only then is
 * anything written, and installing writes the pack's folder under a temporary name first.
 */
public final class Packs {

	/** The file extension of a pack. */
	public static final String EXTENSION = ".vpack";
	/** The tag that marks an element of a template as locked when a pack is made. */
	public static final String LOCKED_TAG = "locked";
	public static final long MAX_PACK_BYTES = 64L * 1024 * 1024;
	public static final long MAX_UNPACKED_BYTES = 128L * 1024 * 1024;
	public static final int MAX_FILES = 500;
	public static final int MAX_DEPTH = 4;
	static final String MANIFEST = "manifest.json";
	/** The teacher's checks in a folder a pack is made of (a JSON list of {@link FeedbackCheck}s). */
	public static final String CHECKS = "checks.json";
	static final String MODELS = "models/";

	/** A pack read and checked: its manifest and its files by their path in the pack. */
	public record Pack(PackManifest manifest, Map<String, byte[]> files) {
	}

	private Packs() {
	}

	/**
	 * Makes a pack of the model files directly in {@code folder}: each becomes a template, its
	 * elements tagged {@value #LOCKED_TAG} locked. Instructions are the files {@code instructions.sv.txt}
	 * and {@code instructions.en.txt} of the folder, the feedback checks its {@value #CHECKS}, when they
	 * are there.
	 */
	public static PackManifest create(Path folder, String title, String course, String author, String packVersion,
			String language, Path out) throws PackException {
		Map<String, String> instructions = new LinkedHashMap<>();
		for (String lang : List.of("sv", "en")) {
			Path text = folder.resolve("instructions." + lang + ".txt");
			try {
				if (Files.isRegularFile(text)) {
					instructions.put(lang, Files.readString(text, StandardCharsets.UTF_8));
				}
			} catch (IOException e) {
				throw new PackException(text, "pack.unreadable", e, Names.plain(e.getMessage()));
			}
		}
		return create(folder, new Draft(title, course, author, packVersion, language, instructions, null), out);
	}

	/**
	 * What a teacher says of a pack to be made: its manifest's fields, the instructions by language, and
	 * the ids of the locked elements by template file name ({@code null}: the elements tagged
	 * {@value #LOCKED_TAG}).
	 */
	public record Draft(String title, String course, String author, String packVersion, String language,
			Map<String, String> instructions, Map<String, List<String>> locked) {
	}

	/** Makes a pack of the model files directly in {@code folder} as the draft says (see the other {@code create}). */
	public static PackManifest create(Path folder, Draft draft, Path out) throws PackException {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new PackException(folder, "pack.missingField", null, "title");
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			ResourceSet check = ModelIO.newResourceSet();
			files = listed.filter(Files::isRegularFile).filter(f -> ModelIO.isModelFile(check, f)).sorted().toList();
		} catch (IOException e) {
			throw new PackException(folder, "pack.notFound", e);
		}
		if (files.isEmpty()) {
			throw new PackException(folder, "pack.noTemplates", null);
		}
		Map<String, byte[]> content = new LinkedHashMap<>();
		List<PackManifest.Template> templates = new ArrayList<>();
		ResourceSet resourceSet = ModelIO.newResourceSet();
		for (Path file : files) {
			Model model;
			byte[] bytes;
			try {
				model = ModelIO.load(resourceSet, file);
				bytes = Files.readAllBytes(file);
			} catch (ModelFileException e) {
				throw new PackException(folder, "pack.badTemplate", e, file.getFileName(), e.message(Locale.ENGLISH));
			} catch (IOException e) {
				throw new PackException(folder, "pack.badTemplate", e, file.getFileName(), String.valueOf(e.getMessage()));
			}
			String name = MODELS + file.getFileName();
			content.put(name, bytes);
			List<String> locked = draft.locked() == null ? locked(model)
					: draft.locked().getOrDefault(file.getFileName().toString(), List.of());
			templates.add(new PackManifest.Template(name, List.copyOf(locked)));
		}
		List<FeedbackCheck> checks = List.of();
		Path checksFile = folder.resolve(CHECKS);
		if (Files.isRegularFile(checksFile)) {
			try {
				FeedbackCheck[] read = SafeZip.json(checksFile, "pack", CHECKS, Files.readString(checksFile, StandardCharsets.UTF_8),
						FeedbackCheck[].class);
				checks = read == null ? List.of() : Arrays.asList(read);
			} catch (IOException e) {
				throw new PackException(checksFile, "pack.unreadable", e, Names.plain(e.getMessage()));
			}
			for (FeedbackCheck check : checks) {
				refuse(checksFile, check);
			}
		}
		PackManifest manifest = new PackManifest(PackManifest.FORMAT, PackManifest.VERSION, draft.title(), draft.course(),
				draft.author(), draft.packVersion(), draft.language(), draft.instructions(), templates, checks);
		try {
			AtomicFiles.write(out, SafeZip.write(MANIFEST, manifest, content));
		} catch (IOException e) {
			throw new PackException(folder, "pack.cannotWrite", e, out, String.valueOf(e.getMessage()));
		}
		return manifest;
	}

	/** The ids of a model's elements tagged {@value #LOCKED_TAG}, in the model's order. */
	static List<String> locked(Model model) {
		List<String> ids = new ArrayList<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Element e && e.getTags().contains(LOCKED_TAG) && e.getId() != null) {
				ids.add(e.getId());
			}
		}
		return ids;
	}

	/** Reads and checks a pack; nothing is written. */
	public static Pack read(Path pack) throws PackException {
		Map<String, byte[]> files = SafeZip.read(pack, "pack");
		PackManifest manifest = SafeZip.manifest(pack, "pack", files, MANIFEST, PackManifest.class, PackManifest::format,
				PackManifest.FORMAT);
		if (manifest.version() != PackManifest.VERSION) {
			throw new PackException(pack, "pack.unknownVersion", null, manifest.version(), PackManifest.VERSION);
		}
		if (manifest.title() == null || manifest.title().isBlank()) {
			throw new PackException(pack, "pack.missingField", null, "title");
		}
		for (String list : List.of("templates", "checks", "instructions")) {
			boolean empty = switch (list) {
			case "templates" -> manifest.templates().stream().anyMatch(t -> t == null
					|| t.locked() != null && t.locked().stream().anyMatch(Objects::isNull));
			case "checks" -> manifest.checks().stream().anyMatch(Objects::isNull);
			default -> manifest.instructions().values().stream().anyMatch(Objects::isNull);
			};
			if (empty) {
				throw new PackException(pack, "pack.emptyEntry", null, MANIFEST, list);
			}
		}
		for (FeedbackCheck check : manifest.checks()) {
			refuse(pack, check);
		}
		ResourceSet resourceSet = ModelIO.newResourceSet();
		// a folder that does not exist: a template is read from its bytes, never next to files on disk
		Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), ".verkstad-pack-" + UUID.randomUUID());
		for (PackManifest.Template template : manifest.templates()) {
			byte[] bytes = template.file() == null ? null : files.get(template.file());
			if (bytes == null) {
				throw new PackException(pack, "pack.missingTemplate", null, String.valueOf(template.file()));
			}
			// read as the model it claims to be, under a name that cannot point anywhere
			Path name = Path.of(Path.of(template.file()).getFileName().toString());
			if (!ModelIO.isModelFile(resourceSet, name)) {
				throw new PackException(pack, "pack.notATemplate", null, template.file());
			}
			Model model;
			try {
				model = ModelIO.load(resourceSet, nowhere.resolve(name), bytes);
			} catch (ModelFileException e) {
				throw new PackException(pack, "pack.badTemplate", e, template.file(), e.message(Locale.ENGLISH));
			}
			if (!model.eResource().getErrors().isEmpty()) {
				throw new PackException(pack, "pack.badTemplate", null, template.file(),
						model.eResource().getErrors().get(0).getMessage());
			}
			List<String> ids = new ArrayList<>();
			model.eAllContents().forEachRemaining(o -> {
				if (o instanceof Element e && e.getId() != null) {
					ids.add(e.getId());
				}
			});
			for (String locked : template.locked() == null ? List.<String>of() : template.locked()) {
				if (!ids.contains(locked)) {
					throw new PackException(pack, "pack.unknownLocked", null, template.file(), locked);
				}
			}
		}
		return new Pack(manifest, files);
	}

	/** Refuses a check that cannot run, saying why. */
	private static void refuse(Path file, FeedbackCheck check) throws PackException {
		Object[] problem = check == null ? new Object[] { "check.noId" } : check.problem();
		if (problem != null) {
			Object[] args = new Object[problem.length - 1];
			System.arraycopy(problem, 1, args, 0, args.length);
			throw new PackException(file, (String) problem[0], null, args);
		}
	}

	/**
	 * Installs a pack into {@code packs} (a folder of installed packs) as {@code <title>-<version>/}:
	 * its manifest and templates. The pack is read and checked whole first; the folder is written under
	 * a temporary name and renamed, so a pack is installed completely or not at all.
	 */
	public static Path install(Path pack, Path packs) throws PackException {
		Pack read = read(pack);
		String id = id(read.manifest());
		Path target = packs.resolve(id);
		if (Files.exists(target)) {
			throw new PackException(pack, "pack.installedAlready", null, read.manifest().title(),
					String.valueOf(read.manifest().packVersion()));
		}
		Path temp = packs.resolve("." + id + ".installing");
		try {
			Files.createDirectories(packs);
			deleteTree(temp);
			Files.createDirectories(temp);
			for (Map.Entry<String, byte[]> file : read.files().entrySet()) {
				Path to = temp.resolve(file.getKey()).normalize();
				if (!to.startsWith(temp)) {
					throw new PackException(pack, "pack.badPath", null, file.getKey());
				}
				Files.createDirectories(to.getParent());
				Files.write(to, file.getValue());
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		} catch (IOException e) {
			try {
				deleteTree(temp);
			} catch (IOException ignored) {
				// the temporary folder stays; it is never taken for a pack (its name starts with a dot)
			}
			throw new PackException(pack, "pack.cannotWrite", e, target, String.valueOf(e.getMessage()));
		}
	}

	/** The installed packs of a folder, by title. A folder that is not a readable pack is left out. */
	public static List<PackManifest> list(Path packs) {
		return installed(packs).stream().map(Installed::manifest).toList();
	}

	/**
	 * The installed packs of a folder with their folders, by title and the newest version first. A folder
	 * that is not a readable pack is left out.
	 */
	public static List<Installed> installed(Path packs) {
		List<Installed> found = new ArrayList<>();
		if (!Files.isDirectory(packs)) {
			return found;
		}
		try (Stream<Path> folders = Files.list(packs)) {
			for (Path folder : (Iterable<Path>) folders.sorted()::iterator) {
				manifest(folder).ifPresent(m -> found.add(new Installed(folder, m)));
			}
		} catch (IOException e) {
			return found;
		}
		// by title, the newest version of each first (a wizard offers it first)
		found.sort(Comparator.comparing((Installed i) -> i.manifest().title(), String.CASE_INSENSITIVE_ORDER)
				.thenComparing((a, b) -> compareVersions(b.manifest().packVersion(), a.manifest().packVersion())));
		return found;
	}

	/**
	 * Orders a teacher's version texts as people read them: {@code 2026.10} after {@code 2026.9}, {@code 2}
	 * after {@code 1.5}; a missing version first.
	 */
	static int compareVersions(String a, String b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : -1) : 1;
		}
		String[] x = a.split("[.\\-_ ]+");
		String[] y = b.split("[.\\-_ ]+");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			String p = i < x.length ? x[i] : "";
			String q = i < y.length ? y[i] : "";
			int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
					: p.compareToIgnoreCase(q);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	/**
	 * Where installed packs are kept: the system property {@code verkstad.packs}, else
	 * {@code $VERKSTAD_PACKS}, else {@code ~/.verkstad/packs}.
	 */
	public static Path folder() {
		String property = System.getProperty("verkstad.packs");
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		String env = System.getenv("VERKSTAD_PACKS");
		return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".verkstad", "packs");
	}

	/** An installed pack: its folder (holding {@code manifest.json} and {@code models/}) and its manifest. */
	public record Installed(Path folder, PackManifest manifest) {
		public String id() {
			return folder.getFileName().toString();
		}
	}

	/** Whether a name can be an installed pack's folder: no path, not hidden (a pack being installed). */
	static boolean isId(String id) {
		return id != null && !id.isEmpty() && !id.startsWith(".") && !id.contains("/") && !id.contains("\\");
	}

	/** The installed pack of that id in {@code packs}, when there is one that reads. */
	public static Optional<Installed> installed(Path packs, String id) {
		if (!isId(id)) {
			return Optional.empty();
		}
		Path folder = packs.resolve(id);
		return manifest(folder).map(m -> new Installed(folder, m));
	}

	private static Optional<PackManifest> manifest(Path folder) {
		Path manifest = folder.resolve(MANIFEST);
		if (folder.getFileName().toString().startsWith(".") || !Files.isRegularFile(manifest)) {
			return Optional.empty();
		}
		try {
			PackManifest m = new Gson().fromJson(Files.readString(manifest, StandardCharsets.UTF_8), PackManifest.class);
			return m != null && PackManifest.FORMAT.equals(m.format()) ? Optional.of(m) : Optional.empty();
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** The folder name of an installed pack: its title and version, made safe as a file name. */
	public static String id(PackManifest manifest) {
		return safeName(manifest.title() + (manifest.packVersion() == null ? "" : "-" + manifest.packVersion()), "pack");
	}

	/** A name made safe as a file name: lower case letters, digits, dots and dashes, at most 80 long. */
	static String safeName(String raw, String fallback) {
		String safe = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.-]+", "-").replaceAll("^[-.]+|-+$", "");
		return safe.isEmpty() ? fallback : safe.length() > 80 ? safe.substring(0, 80) : safe;
	}

	/** An installed pack as a pack read from its file: its manifest and its templates' bytes. */
	public static Pack pack(Installed installed) throws PackException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (PackManifest.Template template : installed.manifest().templates()) {
			Path file = installed.folder().resolve(template.file()).normalize();
			try {
				if (file.startsWith(installed.folder())) {
					files.put(template.file(), Files.readAllBytes(file));
				}
			} catch (IOException e) {
				throw new PackException(file, "pack.badTemplate", e, template.file(), String.valueOf(e.getMessage()));
			}
		}
		return new Pack(installed.manifest(), files);
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
	}
}
