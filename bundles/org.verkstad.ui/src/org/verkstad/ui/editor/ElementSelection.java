package org.verkstad.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.verkstad.core.Element;

/** The model elements chosen in a model editor, on either page: what the Properties view shows. */
final class ElementSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private StructuredSelection selection = StructuredSelection.EMPTY;

	/** Chooses these elements; the listeners hear of it when the choice changed. */
	void set(List<EObject> elements) {
		if (elements.equals(selection.toList())) {
			return;
		}
		selection = elements.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(elements);
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(listener -> listener.selectionChanged(event));
	}

	/** The chosen elements. */
	List<Element> elements() {
		return ((List<?>) selection.toList()).stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
	}

	/** The ids of the chosen elements. */
	List<String> ids() {
		return elements().stream().map(Element::getId).filter(id -> id != null).toList();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection newSelection) {
		set(newSelection instanceof StructuredSelection structured
				? structured.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList() : List.of());
	}
}
