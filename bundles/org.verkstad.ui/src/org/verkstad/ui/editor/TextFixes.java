package org.verkstad.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.Fixes;
import org.verkstad.ui.UiMessages;

/**
 * A model editor's quick fixes: the fixes of what the checks find on a line of the text as it is now,
 * and a fix made as one change of the text (one undo takes it back, on either page).
 */
final class TextFixes {

	private final TypedModel typed;
	private final TextHistory history;
	private final Supplier<IDocument> document;
	private final Runnable settle;
	private final Consumer<String> status;

	/**
	 * @param settle reads the text now (the outline, the diagrams and the markers show it)
	 * @param status shows a message in the status line
	 */
	TextFixes(TypedModel typed, TextHistory history, Supplier<IDocument> document, Runnable settle, Consumer<String> status) {
		this.typed = typed;
		this.history = history;
		this.document = document;
		this.settle = settle;
		this.status = status;
	}

	/** The fixes of the findings on a line (1-based), in order; none while the text cannot be read. */
	List<Fix> at(int line) {
		IDocument text = document.get();
		if (text == null) {
			return List.of();
		}
		// read again only when typing changed the text: reading marks the file anew, and Problems' quick
		// fix asks for the fixes of a marker it holds
		if (!typed.readFrom(text.get())) {
			settle.run();
		}
		Model model = typed.model();
		if (model == null || !typed.readFrom(text.get())) {
			return List.of();
		}
		return Fixes.onLine(model.eResource(), line);
	}

	/** Makes a fix (one of {@link #at}) as one change of the text. */
	void apply(Fix fix) {
		try {
			history.replace(fix.applyTo(document.get().get()));
		} catch (ModelFileException e) {
			status.accept(e.message(Languages.current()));
		} catch (IllegalStateException e) {
			// the text changed since the fix was offered
			status.accept(UiMessages.text("fix.outdated"));
		}
		settle.run();
	}
}
