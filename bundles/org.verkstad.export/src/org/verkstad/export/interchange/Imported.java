package org.verkstad.export.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verkstad.core.Model;
import org.verkstad.core.io.Ids;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;

/**
 * What an import read: one model per part of the file (a BPMN file's pools), and the summary of what was
 * carried over and what was not, line by line in the reader's language. Nothing is dropped silently:
 * whatever the model has no place for is counted in the summary.
 *
 * @param parts   the models, in the file's order
 * @param summary what was carried over and what was left out, counted per kind, then the notes per line
 */
public record Imported(List<Part> parts, List<String> summary) {

	public Imported {
		parts = List.copyOf(parts);
		summary = List.copyOf(summary);
	}

	/**
	 * The name (without extension) a part is saved under, beside the other parts of the same file: the
	 * source's name, and the part's after it when the file had several ({@code samverkan-kommunen}).
	 */
	public String baseName(Path source, Part part) {
		String stem = source.getFileName().toString().replaceAll("(?<=.)\\.[^.]*$", "");
		return parts.size() == 1 ? stem : stem + "-" + Ids.fileName(part.name(), Locale.ROOT);
	}

	/**
	 * One model read.
	 *
	 * @param name   what the part is called in the file (a pool's name), for the file name and for a choice
	 * @param model  the model, in a resource set of its own
	 * @param layout the diagrams' boxes by diagram type and element id, from the file's own layout;
	 *               elements without one are placed automatically when the diagram is drawn
	 */
	public record Part(String name, Model model, Map<String, Map<String, Box>> layout) {

		/**
		 * Writes the model as a text file (laid out as {@code format} writes it) and its layout beside it,
		 * each atomically; what the two files held before is kept as their previous versions.
		 */
		/** The extension of the model's text files (its notation's id). */
		public String extension() {
			return Notations.of(model).map(Notation::id).orElse(ModelIO.XMI_EXTENSION);
		}

		public void save(Path file) throws ModelFileException, IOException {
			ModelIO.save(model, file, true);
			LayoutFile layoutFile = LayoutFile.read(file);
			layoutFile.restore(layout);
			layoutFile.save();
		}
	}
}
