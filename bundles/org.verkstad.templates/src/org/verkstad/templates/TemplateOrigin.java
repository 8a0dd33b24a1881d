package org.verkstad.templates;

import java.util.Optional;

import org.verkstad.core.Metadata;
import org.verkstad.core.Model;

/**
 * The template a model was made from, as its {@code template "pack:<pack>/<file>"} line in {@code about}
 * records it: the id of the installed pack (its folder in the packs folder) and the template's file in
 * the pack (e.g. {@code models/resa.journey}). A {@code template} line in another form is a free text
 * and ties the model to no pack.
 */
public record TemplateOrigin(String packId, String file) {

	public static final String PREFIX = "pack:";

	/** The text of the model's {@code template} line. */
	public String text() {
		return PREFIX + packId + "/" + file;
	}

	public static Optional<TemplateOrigin> of(Model model) {
		Metadata metadata = model.getMetadata();
		return metadata == null ? Optional.empty() : parse(metadata.getTemplateOrigin());
	}

	public static Optional<TemplateOrigin> parse(String text) {
		if (text == null || !text.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String rest = text.substring(PREFIX.length());
		int slash = rest.indexOf('/');
		if (slash <= 0 || slash == rest.length() - 1 || rest.contains("..") || rest.contains("\\")) {
			return Optional.empty();
		}
		return Optional.of(new TemplateOrigin(rest.substring(0, slash), rest.substring(slash + 1)));
	}
}
