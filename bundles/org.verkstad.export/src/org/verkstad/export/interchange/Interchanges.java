package org.verkstad.export.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.verkstad.core.Model;
import org.verkstad.core.notation.Contributions;
import org.verkstad.core.notation.Notations;

/** The interchange formats the installed bundles contribute ({@link Interchange#EXTENSION_POINT}). */
public final class Interchanges {

	private static volatile List<Interchange> all;

	private Interchanges() {
	}

	/** Every format, in the registry's order. */
	public static List<Interchange> all() {
		List<Interchange> known = all;
		if (known == null) {
			synchronized (Interchanges.class) {
				if (all == null) {
					all = List.copyOf(Contributions.create(Interchange.EXTENSION_POINT, Interchange.class));
				}
				known = all;
			}
		}
		return known;
	}

	/** The format that reads a file, by its extension. */
	public static Optional<Interchange> reading(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		return all().stream().filter(i -> i.reads().contains(extension)).findFirst();
	}

	/** Every extension a format reads, for a file dialog's filter and a usage message. */
	public static List<String> readable() {
		return all().stream().flatMap(i -> i.reads().stream()).distinct().sorted().toList();
	}

	/** The format chosen by an export's id for a notation's models. */
	public static Optional<Interchange> writing(String format, String notation) {
		return all().stream().filter(i -> format.equals(i.format()) && (notation.equals(i.notation()) || Interchange.ANY_NOTATION.equals(i.notation())))
				.findFirst();
	}

	/** The format chosen by an export's id for a model, if its notation has it. */
	public static Optional<Interchange> writing(String format, Model model) {
		return Notations.of(model).flatMap(n -> writing(format, n.id()));
	}

	/** The ids of the formats models are exported to, each once, in alphabetical order. */
	public static List<String> formats() {
		return all().stream().map(Interchange::format).filter(f -> f != null).distinct().sorted().toList();
	}
}
