package org.verkstad.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;

/**
 * {@code convert IN OUT}: text ↔ XMI, chosen by the extensions. A file with mistakes in its text is not
 * converted (what could not be read would be lost).
 */
final class ConvertCommand implements Command {

	@Override
	public String name() {
		return "convert";
	}

	@Override
	public int run(List<String> arguments, Console console) {
		if (arguments.size() != 2) {
			return console.usageError(name(), "convert.twoFiles");
		}
		Path in = Paths.get(arguments.get(0));
		Path out = Paths.get(arguments.get(1));
		ResourceSet resourceSet = ModelIO.newResourceSet();
		try {
			Model model = ModelIO.load(resourceSet, in);
			if (console.readMistakes(in, model.eResource())) {
				console.err.println(console.text("convert.notConverted", in));
				return FAILED;
			}
			ModelIO.save(model, out);
		} catch (ModelFileException e) {
			console.problem(e);
			return FAILED;
		}
		console.out.println(console.text("convert.done", in, out));
		return OK;
	}
}
