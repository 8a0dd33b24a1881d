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
	 * with today as its {@code created} date, its {@link TemplateOrigin} as its {@code template} line (by
	 * which the model keeps the template's locked elements and gets the pack's checks) and the participant
	 * as its {@code author} (the template's author is kept as {@code template-author}). An existing file is
	 * never overwritten; the target's folder must exist.
	 *
	 * @param author the participant who will work on the model; null or blank keeps the template's author
	 */
	public static void instantiate(Packs.Installed pack, String file, Path target, String author) throws PackException {
		if (Files.exists(target)) {
			throw new PackException(target, "template.exists", null);
		}
		Path folder = target.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new PackException(target, "template.noFolder", null, folder);
		}
		byte[] content = render(pack, file, target, author);
		try {
			if (Files.exists(target)) {
				throw new PackException(target, "template.exists", null);
			}
			AtomicFiles.write(target, content);
		} catch (IOException e) {
			throw new PackException(target, "pack.cannotWrite", e, target, String.valueOf(e.getMessage()));
		}
	}

	/** The content {@link #instantiate} writes to {@code target}, without writing it. */
	public static byte[] render(Packs.Installed pack, String file, Path target, String author) throws PackException {
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
			if (author != null && !author.isBlank()) {
				// the hand-ins and the teacher's overview tell the participants apart by their models' author
				if (about.getAuthor() != null && !about.getAuthor().isBlank() && about.getTemplateAuthor() == null) {
					about.setTemplateAuthor(about.getAuthor());
				}
				about.setAuthor(author.strip());
			}
			// laid out the standard way: lines the template lacked (created, template-author) indented like the rest
			return ModelIO.render(model, target, true);
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
