package org.verkstad.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.ModelConstraints;
import org.verkstad.core.validation.Rule;
import org.verkstad.core.validation.RuleSet;

/**
 * What a model made from a template must keep: found through its {@link TemplateOrigin} in the
 * installed packs ({@link Packs#folder()}), it gets the template's {@link TemplateLocks} and the pack's
 * {@link FeedbackCheck}s as rules, and editors are refused changes to its locked elements. A model
 * whose pack is not installed has neither, and a warning saying so. Contributed to the extension point
 * {@code org.verkstad.core.constraints}.
 */
public final class TemplateConstraints implements ModelConstraints {

	/** An installed pack as read: its locks by template file and its checks; {@code stamp} says when it was read. */
	private record Loaded(FileTime stamp, Map<String, TemplateLocks> locks, RuleSet checks) {
	}

	private static final Map<Path, Loaded> LOADED = new ConcurrentHashMap<>();

	/**
	 * A model made from a pack that is not installed here: its locks and the pack's checks cannot be
	 * checked, and the participant is told so instead of believing that all is well.
	 */
	static final RuleSet PACK_MISSING = RuleSet.of(PackException.MESSAGES,
			Rule.of(Model.class, (model, report) -> TemplateOrigin.of(model)
					.filter(origin -> loaded(Packs.folder(), origin.packId()) == null)
					.ifPresent(origin -> report.warning(model, "template.notInstalled", origin.packId()))));

	@Override
	public List<RuleSet> rules(Model model) {
		Loaded loaded = loaded(model);
		if (loaded == null) {
			return TemplateOrigin.of(model).isPresent() ? List.of(PACK_MISSING) : List.of();
		}
		TemplateLocks locks = locks(model, loaded);
		return locks == null || locks.isEmpty() ? List.of(loaded.checks()) : List.of(locks.rules(), loaded.checks());
	}

	@Override
	public Finding refusal(EObject element, Change change) {
		if (!(EcoreUtil.getRootContainer(element) instanceof Model model)) {
			return null;
		}
		Loaded loaded = loaded(model);
		TemplateLocks locks = loaded == null ? null : locks(model, loaded);
		return locks == null ? null : locks.refusal(element, change);
	}

	/** The installed pack the model was made from, as read; null when it names none or it is not installed. */
	private static Loaded loaded(Model model) {
		return TemplateOrigin.of(model).map(o -> loaded(Packs.folder(), o.packId())).orElse(null);
	}

	/** The locks of the model's template in its pack, or null. */
	private static TemplateLocks locks(Model model, Loaded loaded) {
		return TemplateOrigin.of(model).map(o -> loaded.locks().get(o.file())).orElse(null);
	}

	/** The installed pack of that id, read again when its manifest changed; null when it is not installed. */
	private static Loaded loaded(Path packs, String id) {
		// asked before every diagram edit and every check: the manifest is parsed only when it changed
		if (!Packs.isId(id)) {
			return null;
		}
		Path folder = packs.resolve(id);
		FileTime stamp;
		try {
			stamp = Files.getLastModifiedTime(folder.resolve(Packs.MANIFEST));
		} catch (IOException e) {
			return null;
		}
		Loaded known = LOADED.get(folder);
		if (known != null && known.stamp().equals(stamp)) {
			return known;
		}
		Optional<Packs.Installed> installed = Packs.installed(packs, id);
		if (installed.isEmpty()) {
			return null;
		}
		PackManifest manifest = installed.get().manifest();
		Map<String, TemplateLocks> locks = new HashMap<>();
		for (PackManifest.Template template : manifest.templates()) {
			Path file = folder.resolve(template.file()).normalize();
			if (!file.startsWith(folder) || template.locked() == null || template.locked().isEmpty()) {
				continue;
			}
			try {
				Model model = ModelIO.load(ModelIO.newResourceSet(), file);
				locks.put(template.file(), TemplateLocks.of(model, template.locked(), manifest.title()));
			} catch (ModelFileException e) {
				// a template that does not read locks nothing (install checked it; the file was changed since)
			}
		}
		Loaded read = new Loaded(stamp, Map.copyOf(locks), FeedbackCheck.rules(manifest.checks()));
		LOADED.put(folder, read);
		return read;
	}
}
