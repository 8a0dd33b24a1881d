package org.verkstad.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.verkstad.templates.PackException;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;
import org.verkstad.templates.Templates;

/**
 * {@code new --template PACK:FILE OUT [--author NAME] [--into DIR]}: a new model from a template of an
 * installed pack, as the workbench's New › Model from Template makes it: the template with today as its
 * date, the template it came from (so its locks and the pack's checks hold), and the participant as its
 * author. {@code PACK} is the installed pack's id (as {@code pack list} shows it), {@code FILE} the
 * template's file name. Never over an existing file.
 */
final class NewCommand implements Command {

	@Override
	public String name() {
		return "new";
	}

	@Override
	public Set<String> options() {
		return Set.of("--template", "--author", "--into");
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		String template;
		String author;
		String into;
		try {
			template = Options.take(rest, "--template");
			author = Options.take(rest, "--author");
			into = Options.take(rest, "--into");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		if (template == null || rest.size() != 1 || template.indexOf(':') <= 0) {
			return console.usageError(name(), "new.usage");
		}
		String packId = template.substring(0, template.indexOf(':'));
		String file = template.substring(template.indexOf(':') + 1);
		Path packs = into != null ? Paths.get(into) : Packs.folder();
		Optional<Packs.Installed> pack = Packs.installed(packs, packId);
		if (pack.isEmpty()) {
			console.err.println(console.text("new.noPack", packId, packs));
			return FAILED;
		}
		Optional<PackManifest.Template> chosen = pack.get().manifest().templates().stream()
				.filter(t -> t.file().equals(file) || shortName(t.file()).equals(file)).findFirst();
		if (chosen.isEmpty()) {
			console.err.println(console.text("new.noTemplate", packId, file,
					String.join(", ", pack.get().manifest().templates().stream().map(t -> shortName(t.file())).toList())));
			return FAILED;
		}
		Path out = Paths.get(rest.get(0));
		String who = author != null ? author : System.getenv("VERKSTAD_AUTHOR");
		try {
			Templates.instantiate(pack.get(), chosen.get().file(), out, who);
		} catch (PackException e) {
			console.err.println(e.message(console.locale));
			return FAILED;
		}
		console.out.println(console.text("new.done", out, shortName(chosen.get().file()), pack.get().manifest().title(),
				who == null || who.isBlank() ? "-" : who.strip()));
		return OK;
	}

	/** A template's file name without the pack's {@code models/} folder. */
	static String shortName(String file) {
		return file.substring(file.lastIndexOf('/') + 1);
	}
}
