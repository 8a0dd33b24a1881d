package org.verkstad.ui.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.SourceLines;

/**
 * The model as an editor's text is now, read again when typing pauses: what the outline, the
 * selection, the hovers and the Properties view work on. Offsets and lines hold for the text it was
 * read from only.
 */
final class TypedModel {

	/** The editors by the resource of their model, for the Properties view (see {@link ModelPropertySource}). */
	private static final Map<Resource, ModelEditor> HOLDERS = Collections.synchronizedMap(new WeakHashMap<>());

	private final ModelEditor editor;
	private final Path path;
	private Model model;
	private String text = "";

	TypedModel(ModelEditor editor, Path path) {
		this.editor = editor;
		this.path = path;
	}

	/**
	 * Reads the model from a text.
	 *
	 * @return why the text has no model, or null (also when it has none for a reason not the user's)
	 */
	ModelFileException read(String newText) {
		forget();
		text = newText;
		try {
			model = ModelIO.load(ModelIO.newResourceSet(), path, text.getBytes(StandardCharsets.UTF_8));
			HOLDERS.put(model.eResource(), editor);
			return null;
		} catch (ModelFileException e) {
			return e;
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** The model, or null when the text has none. */
	Model model() {
		return model;
	}

	/** Whether the model was read from this text (so its offsets hold for it). */
	boolean readFrom(String now) {
		return model != null && text.equals(now);
	}

	/** Whether the model was read without a mistake in its text (so it can be written back). */
	boolean whole() {
		return model != null && model.eResource().getErrors().isEmpty();
	}

	/** The first mistake in the text, or "" when there is none or no model at all. */
	String firstMistake() {
		return model == null || model.eResource().getErrors().isEmpty() ? "" : model.eResource().getErrors().get(0).getMessage();
	}

	/** The elements with these ids, in the model's order. */
	List<EObject> elements(List<String> ids) {
		List<EObject> found = new ArrayList<>();
		if (model != null && !ids.isEmpty()) {
			model.eAllContents().forEachRemaining(object -> {
				if (object instanceof Element element && ids.contains(element.getId())) {
					found.add(element);
				}
			});
		}
		return found;
	}

	/** The innermost element whose text starts on or before a line (1-based), or none. */
	List<EObject> elementAtLine(int line) {
		EObject found = null;
		if (model != null) {
			for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
				EObject object = all.next();
				int start = SourceLines.line(object);
				if (object instanceof Element && start > 0 && start <= line) {
					found = object;
				}
			}
		}
		return found == null ? List.of() : List.of(found);
	}

	/** The element the name at an offset of the text refers to, or null. */
	EObject referenceAt(int offset) {
		return model != null && model.eResource() instanceof XtextResource resource
				? new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset)
				: null;
	}

	/** Whether an element is of this model and the model can be written back. */
	boolean holds(EObject element) {
		return whole() && element.eResource() == model.eResource();
	}

	/** The text of the model laid out anew (Edit › Format). */
	String formatted() throws ModelFileException {
		return new String(ModelIO.render(model, path, true), StandardCharsets.UTF_8);
	}

	/**
	 * The text with a field of an element changed (the Properties view), the rest of the text kept as it
	 * is; null when the element cannot be changed (see {@link #holds(EObject)}).
	 */
	String changed(EObject element, EStructuralFeature feature, Object value) throws ModelFileException {
		if (!holds(element)) {
			return null;
		}
		if (value == null) {
			element.eUnset(feature);
		} else {
			element.eSet(feature, value);
		}
		return new String(ModelIO.render(model, path, false), StandardCharsets.UTF_8);
	}

	/** The model's editor no longer shows it. */
	void forget() {
		if (model != null) {
			HOLDERS.remove(model.eResource());
		}
		model = null;
	}

	/** The editor whose model holds an element, or null. */
	static ModelEditor holding(EObject element) {
		return element.eResource() == null ? null : HOLDERS.get(element.eResource());
	}
}
