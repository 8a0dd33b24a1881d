package org.verkstad.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.verkstad.core.CoreFactory;
import org.verkstad.core.Metadata;
import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;

/** New models from the templates of an installed pack. */
public final class Templates {

	private Templates() {
	}

	/**
	 * Writes the template {@code file} of the pack as a new model at {@code target}: the template as it is,
	 * with today as its {@code created} date and its {@link TemplateOrigin} as its {@code template} line, by
	 * which the model keeps the template's locked elements and gets the pack's checks. An existing file is
	 * never overwritten.
	 */
	public static void instantiate(Packs.Installed pack, String file, Path target) throws PackException {
		if (Files.exists(target)) {
			throw new PackException(target, "template.exists", null);
		}
		byte[] content = render(pack, file, target);
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			if (Files.exists(target)) {
				throw new PackException(target, "template.exists", null);
			}
			AtomicFiles.write(target, content);
		} catch (IOException e) {
			throw new PackException(target, "pack.cannotWrite", e, target, String.valueOf(e.getMessage()));
		}
	}

	/** The content {@link #instantiate} writes to {@code target}, without writing it. */
	public static byte[] render(Packs.Installed pack, String file, Path target) throws PackException {
		PackManifest.Template template = pack.manifest().templates().stream().filter(t -> t.file().equals(file)).findFirst()
				.orElseThrow(() -> new PackException(pack.folder(), "pack.missingTemplate", null, file));
		Path source = pack.folder().resolve(template.file()).normalize();
		if (!source.startsWith(pack.folder()) || !Files.isRegularFile(source)) {
			throw new PackException(pack.folder(), "pack.missingTemplate", null, file);
		}
		if (!target.getFileName().toString().endsWith(extension(template.file()))) {
			throw new PackException(target, "template.extension", null, extension(template.file()));
		}
		try {
			Model model = ModelIO.load(ModelIO.newResourceSet(), source);
			Metadata about = model.getMetadata();
			if (about == null) {
				about = CoreFactory.eINSTANCE.createMetadata();
				model.setMetadata(about);
			}
			about.setTemplateOrigin(new TemplateOrigin(pack.id(), template.file()).text());
			about.setCreated(Date.from(LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toInstant()));
			return ModelIO.render(model, target, false);
		} catch (ModelFileException e) {
			throw new PackException(pack.folder(), "pack.badTemplate", e, file, e.message(Locale.ENGLISH));
		}
	}

	/** The extension of a template's file, with its dot. */
	public static String extension(String file) {
		int dot = file.lastIndexOf('.');
		return dot < 0 ? "" : file.substring(dot);
	}
}
