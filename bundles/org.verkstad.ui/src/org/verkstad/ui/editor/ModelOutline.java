package org.verkstad.ui.editor;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;

/**
 * The outline of a model editor: the model's elements as a tree (lanes and their steps, phases,
 * quadrants and their points, boxes and their notes), each as its kind and name; choosing one shows
 * its line on the text page.
 */
final class ModelOutline extends ContentOutlinePage {

	private final IntConsumer showLine;
	private Model model;

	ModelOutline(IntConsumer showLine) {
		this.showLine = showLine;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				// the input is an array holding the model: JFace asks the input itself for its top elements
				return input instanceof Object[] roots ? roots : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof EObject object
						? object.eContents().stream().filter(Element.class::isInstance).toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof EObject object ? object.eContainer() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (!(element instanceof EObject object)) {
					return String.valueOf(element);
				}
				String label = Labels.of(object, Languages.current());
				// an element without a name (a flow) is told apart by its id
				boolean named = object instanceof Element e && e.getName() != null && !e.getName().isBlank();
				return !named && object instanceof Element e && e.getId() != null ? label + " " + e.getId() : label;
			}
		});
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof EObject object) {
				int line = SourceLines.line(object);
				if (line > 0) {
					showLine.accept(line);
				}
			}
		});
		show(model);
	}

	/** Shows elements of the model shown as chosen (what is chosen on a page of the editor). */
	void select(List<EObject> elements) {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setSelection(new StructuredSelection(elements), true);
		}
	}

	/** Shows a model (read anew as the text changes), or nothing when the text has none. */
	void show(Model newModel) {
		this.model = newModel;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(newModel == null ? new Object[0] : new Object[] { newModel });
			viewer.expandToLevel(2);
		}
	}
}
