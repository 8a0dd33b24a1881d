package org.verkstad.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;

/** Writing a text model to a file and reading it back the way the program does. */
final class Texts {

	private Texts() {
	}

	static Model parse(Path dir, String name, String text) throws IOException, ModelFileException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return ModelIO.load(file);
	}
}
