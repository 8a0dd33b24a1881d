package org.verkstad.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.verkstad.templates.PackException;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;

/**
 * {@code pack create FOLDER --out FILE [--title T] [--course C] [--author A] [--version V] [--language sv|en]},
 * {@code pack install FILE [--into DIR]}, {@code pack list [--into DIR]}: template packs. Installed packs
 * live in {@code $VERKSTAD_PACKS}, else {@code ~/.verkstad/packs}.
 */
final class PackCommand implements Command {

	@Override
	public String name() {
		return "pack";
	}

	@Override
	public Set<String> options() {
		return Set.of("--out", "--title", "--course", "--author", "--version", "--language", "--into");
	}

	/** Where installed packs are kept. */
	static Path packs(String into) {
		if (into != null) {
			return Paths.get(into);
		}
		return Packs.folder();
	}

	@Override
	public int run(List<String> arguments, Console console) {
		List<String> rest = new ArrayList<>(arguments);
		if (rest.isEmpty() || !List.of("create", "install", "list").contains(rest.get(0))) {
			return console.usageError(name(), "pack.usage");
		}
		String action = rest.remove(0);
		String out;
		String title;
		String course;
		String author;
		String version;
		String language;
		String into;
		try {
			out = Options.take(rest, "--out");
			title = Options.take(rest, "--title");
			course = Options.take(rest, "--course");
			author = Options.take(rest, "--author");
			version = Options.take(rest, "--version");
			language = Options.take(rest, "--language");
			into = Options.take(rest, "--into");
		} catch (Options.MissingValue e) {
			return console.usageError(name(), "usage.missingValue", e.option);
		}
		try {
			switch (action) {
			case "create" -> {
				if (rest.size() != 1 || out == null) {
					return console.usageError(name(), "pack.createUsage");
				}
				Path folder = Paths.get(rest.get(0));
				String packTitle = title != null ? title : folder.toAbsolutePath().normalize().getFileName().toString();
				PackManifest manifest = Packs.create(folder, packTitle, course, author, version == null ? "1" : version,
						language == null ? console.locale.getLanguage() : language, Paths.get(out));
				long locked = manifest.templates().stream().mapToLong(t -> t.locked().size()).sum();
				console.out.println(console.text("pack.created", out, manifest.templates().size(), locked));
			}
			case "install" -> {
				if (rest.size() != 1) {
					return console.usageError(name(), "pack.installUsage");
				}
				Path installed = Packs.install(Paths.get(rest.get(0)), packs(into));
				console.out.println(console.text("pack.installed", rest.get(0), installed));
			}
			default -> {
				Path packs = packs(into);
				List<Packs.Installed> all = Packs.installed(packs);
				if (all.isEmpty()) {
					console.out.println(console.text("pack.none", packs));
				}
				for (Packs.Installed installed : all) {
					PackManifest m = installed.manifest();
					console.out.println(console.text("pack.line", m.title(), String.valueOf(m.packVersion()),
							m.course() == null ? "-" : m.course(), m.author() == null ? "-" : m.author(), m.templates().size()));
					// what "verkstad new --template" is given
					for (PackManifest.Template template : m.templates()) {
						console.out.println("  " + installed.id() + ":" + NewCommand.shortName(template.file()));
					}
				}
			}
			}
		} catch (PackException e) {
			console.err.println(e.message(console.locale));
			return FAILED;
		}
		return OK;
	}
}
