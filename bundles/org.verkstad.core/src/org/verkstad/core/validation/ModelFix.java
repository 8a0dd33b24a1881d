package org.verkstad.core.validation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Messages;

/**
 * A fix that changes the model the finding is about: on the diagram it is one more edit of the model;
 * for a text it is the text with the change written in (every other line kept as it was).
 */
public final class ModelFix extends Fix {

	private final EObject element;
	private final Runnable change;

	/** A fix of {@code element}'s model made by {@code change}. */
	public ModelFix(boolean safe, EObject element, Runnable change, Messages messages, String key, Object... arguments) {
		super(safe, messages, key, arguments);
		this.element = element;
		this.change = change;
	}

	/** The element the fix is about. */
	public EObject element() {
		return element;
	}

	/** Makes the change in the model. */
	public void change() {
		change.run();
	}

	/** Makes the change and writes the model's text again, as a change by a program (see {@link ModelIO#render}). */
	@Override
	public String applyTo(String text) throws ModelFileException {
		Model model = (Model) EcoreUtil.getRootContainer(element);
		if (model.eResource() == null || !model.eResource().getURI().isFile()) {
			throw new IllegalStateException("the model of a fix was not read from a file");
		}
		Path file = Path.of(model.eResource().getURI().toFileString());
		change();
		return new String(ModelIO.render(model, file, false), StandardCharsets.UTF_8);
	}
}
