package org.verkstad.export.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;

/**
 * A file format of another tool that models are read from ({@code verkstad import}, <i>File › Import…</i>)
 * or written to ({@code verkstad export --format ID}, the export dialog), contributed to
 * {@value #EXTENSION_POINT} by the bundle of the notation it is about, so that the command line and the
 * workbench name no notation and no format. Foreign files are untrusted: a reader refuses DOCTYPEs and
 * entities, bounds sizes and names the file and line of what it cannot read.
 */
public interface Interchange {

	String EXTENSION_POINT = "org.verkstad.export.interchange";

	/** The {@link #notation()} of a format that writes the models of every notation. */
	String ANY_NOTATION = "*";

	/** The id an export chooses the format by ({@code bpmn}), or null when the format is only read. */
	String format();

	/** The extension of the files it writes, without the dot, or null when it writes none. */
	String extension();

	/** The notation whose models it reads and writes, or {@link #ANY_NOTATION}. */
	String notation();

	/** The extensions (lower case, without the dot) of the files it reads; empty when it reads none. */
	Set<String> reads();

	/**
	 * A file of the format as models, with the layout it gives and what was not carried over. What cannot
	 * be read at all is an {@link InterchangeException} naming the file, the line and the cause.
	 */
	Imported read(Path file, ImportOptions options) throws InterchangeException;

	/**
	 * A model of {@link #notation()} in the format, its diagram as the layout beside {@code modelFile}
	 * (or the automatic one) draws it.
	 */
	byte[] write(Path modelFile, Model model, Locale locale) throws InterchangeException;

	/**
	 * The file a model is written to in {@code folder}: named as its diagrams are, the model file's name and
	 * the format's extension ({@code bibliotek.swot.xlsx}), so that two models of one name never share it.
	 */
	default Path target(Path modelFile, Path folder) {
		return folder.resolve(modelFile.getFileName() + "." + extension());
	}

	/** Writes a model into {@code folder} ({@link #target}), made when missing, atomically; returns the file. */
	default Path export(Path modelFile, Model model, Path folder, Locale locale) throws InterchangeException, IOException {
		Path out = target(modelFile, folder);
		Files.createDirectories(folder);
		AtomicFiles.write(out, write(modelFile, model, locale));
		return out;
	}
}
