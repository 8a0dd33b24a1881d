package org.verkstad.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.server.LiveDocuments;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.checks.ModelChecks;

/**
 * A model file's editor: its diagram (the diagram client of {@code verkstad serve} in the SWT browser,
 * served from the workbench's own process, see {@link DiagramPages}) and its text, on one model.
 * <p>
 * The text page's document is the model: the diagram is drawn from it ({@link LiveDocuments}), an
 * edit on the diagram comes back as a change of the text, and typing is drawn on the diagram a moment
 * later (at once when the diagram page is shown). So both pages share the text's undo history, into
 * which moves of the diagram's layout go too, and one dirty state; saving writes the text atomically
 * and the layout file beside it.
 */
public final class ModelEditor extends MultiPageEditorPart implements IGotoMarker {

	/** How long typing may pause before the diagram and the outline show it. */
	private static final int DRAW_DELAY_MS = 300;
	/** Property fired when the model was read again from the text (the Analysis view follows it). */
	public static final int PROP_MODEL_READ = 0x501;

	private ModelTextEditor text;
	private DiagramPage diagram;
	private int diagramPage = -1;
	private int textPage = -1;
	private final ModelOutline outline = new ModelOutline(this::showLine);
	private final DiagramSessions diagrams = new DiagramSessions(this);
	private final TextHistory history = new TextHistory(() -> text.document(), () -> firePropertyChange(PROP_DIRTY));
	private Path path;
	private TypedModel typed;
	private final ElementSelection selection = new ElementSelection();
	private TextFixes fixes;
	private final Runnable textSettled = this::textSettled;
	/** Typing: the diagrams and the outline show it when typing pauses. */
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the change itself counts
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			diagrams.textIs(event.getDocument().get());
			getSite().getShell().getDisplay().timerExec(DRAW_DELAY_MS, textSettled);
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput) || fileInput.getFile().getLocation() == null) {
			throw new PartInitException(UiMessages.text("editor.notAFile"));
		}
		super.init(site, input);
		// the selection of both pages is the model's elements (for the Properties view)
		site.setSelectionProvider(selection);
		setPartName(input.getName());
		path = fileInput.getFile().getLocation().toFile().toPath().toAbsolutePath().normalize();
		typed = new TypedModel(this, path);
		fixes = new TextFixes(typed, history, () -> text == null ? null : text.document(), this::settleNow, this::status);
		// the text page's services, made while the page loads; then its colours are complete
		TextServices.warmUp(path, () -> inUi(() -> {
			if (typed.readFrom(text.document().get())) {
				text.colour(typed.model().eResource());
			}
		}));
	}

	/** The model file (in the file system). */
	Path path() {
		return path;
	}

	/** The text as it is now, saved or not. */
	public String text() {
		return diagrams.text();
	}

	private IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	@Override
	protected void createPages() {
		try {
			text = new ModelTextEditor(this);
			textPage = addPage(text, getEditorInput());
			setPageText(textPage, UiMessages.text("editor.page.text"));
			IDocument document = text.document();
			diagrams.textIs(document.get());
			document.addDocumentListener(documentListener);
			LiveDocuments.open(path, diagrams);
			text.onCaretLine(line -> {
				if (getActivePage() == textPage) {
					select(typed.elementAtLine(line), false);
				}
			});
		} catch (PartInitException e) {
			Platform.getLog(ModelEditor.class).log(e.getStatus());
		}
		diagram = new DiagramPage(getContainer(), file());
		addPage(0, diagram.control());
		diagramPage = 0;
		setPageText(diagramPage, UiMessages.text("editor.page.diagram"));
		textPage = diagramPage == 0 ? 1 : 0;
		setActivePage(diagramPage);
		readModel();
		String convertedFrom = text == null ? null : text.convertedFrom();
		if (convertedFrom != null) {
			status(UiMessages.text("editor.converted", convertedFrom));
		}
	}

	/** Typing paused: the diagrams and the outline show the text. */
	private void textSettled() {
		diagrams.draw();
		readModel();
	}

	/** Reads the model as the text is now: the outline shows it, the selection is of its elements. */
	private void readModel() {
		List<String> chosen = selection.ids();
		ModelFileException problem = typed.read(diagrams.text());
		Model model = typed.model();
		outline.show(model);
		if (model != null && text != null) {
			text.colour(model.eResource());
		}
		// the checks' findings for the text as it is: annotations on the text page, and in Problems
		ModelChecks.checkText(file(), model, problem);
		select(typed.elements(chosen), false);
		firePropertyChange(PROP_MODEL_READ);
	}

	/** Shows elements as the editor's selection (Properties) and in the outline, and on the diagram when asked. */
	private void select(List<EObject> elements, boolean inDiagram) {
		selection.set(elements);
		outline.select(elements);
		if (inDiagram) {
			diagrams.select(selection.ids());
		}
	}

	/** What a hover over an offset of the text shows (the element there), or null. */
	String hover(int offset) {
		return typed.readFrom(text.document().get()) ? TextServices.hover(typed.model().eResource(), offset) : null;
	}

	/** Lays the text out anew (Edit › Format, Ctrl+Shift+F), as one change; not while it has a mistake. */
	void format() {
		if (text == null) {
			return;
		}
		settleNow();
		if (!typed.whole()) {
			status(UiMessages.text("text.formatRefused", typed.firstMistake()));
			return;
		}
		try {
			history.replace(typed.formatted());
		} catch (ModelFileException e) {
			status(e.message(Languages.current()));
			return;
		}
		settleNow();
	}

	/** Shows an element (by its id): chosen on the diagram page, or at its line on the text page. */
	void show(String elementId) {
		settleNow();
		List<EObject> elements = typed.elements(List.of(elementId));
		select(elements, true);
		if (getActivePage() == diagramPage) {
			List<String> ids = List.of(elementId);
			diagram.whenDrawn(() -> diagrams.select(ids));
		}
		if (getActivePage() == textPage && !elements.isEmpty()) {
			text.revealLine(SourceLines.line(elements.get(0)), false);
		}
	}

	/**
	 * Edit › Open Linked Element (F3): the element the name at the caret refers to (text page), or the
	 * first link of the chosen element, in its own editor.
	 */
	void openLink() {
		settleNow();
		EObject target = getActivePage() == textPage ? typed.referenceAt(text.viewer().getSelectedRange().x) : null;
		ModelLinks.openOrTell(this, target != null ? target : ModelLinks.firstTarget(selection.elements()), this::status);
	}

	/** Edit › Links to This Element (Ctrl+Shift+G): what links to the chosen element; one of them opens. */
	void showLinksHere() {
		settleNow();
		ModelLinks.chooseReferrer(getSite().getPage(), path, selection.elements().stream().findFirst().orElse(null));
	}

	/** Reads the text now, without waiting for typing to pause. */
	private void settleNow() {
		getSite().getShell().getDisplay().timerExec(-1, textSettled);
		textSettled();
	}

	/** Whether an element of the model can be changed from the Properties view (not while the text has mistakes). */
	boolean canChange(EObject element) {
		return typed.holds(element);
	}

	/** Changes a field of an element (the Properties view): a change of the text, undoable there. */
	void change(EObject element, EStructuralFeature feature, Object value) {
		try {
			String after = typed.changed(element, feature, value);
			if (after != null) {
				history.replace(after);
			}
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(), e.message(Languages.current()));
		}
		// the diagrams and the outline show it at once
		settleNow();
	}

	/** File › Print… on the diagram page: the diagram shown, fitted to the page (the text page prints itself). */
	void printDiagram() {
		DiagramPrint.print(getSite().getShell(), path, text(), diagram == null ? null : diagram.type());
	}

	/** The quick fixes of the text (Ctrl+1, the ruler's markers, Problems' Quick Fix). */
	TextFixes fixes() {
		return fixes;
	}

	/** Shows a line on the text page (the outline's choice). */
	private void showLine(int line) {
		if (text == null) {
			return;
		}
		select(typed.elementAtLine(line), false);
		setActivePage(textPage);
		text.revealLine(line, true);
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (newPageIndex == diagramPage && getSite() != null) {
			// the diagram shows what was just typed, without waiting for the pause, with the element chosen
			settleNow();
			diagrams.select(selection.ids());
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	// ---- what the diagrams ask (see DiagramSessions), on the UI thread

	TextHistory history() {
		return history;
	}

	/** A refused diagram edit: its reason in the status line as an error, until the next message. */
	void refused(String reason) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
				PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK), reason);
	}

	/** An edit on the diagram changed the text from {@code before} to {@code after}: one change of the text. */
	void diagramEdited(String before, String after) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null); // a refusal is over
		if (!text.document().get().equals(before)) {
			textSettled();
			status(UiMessages.text("editor.diagramEditDropped"));
			return;
		}
		history.replace(after);
	}

	/** Elements chosen on the diagram page are the editor's selection. */
	void diagramSelected(List<String> elementIds) {
		if (getActivePage() == diagramPage && !elementIds.equals(selection.ids())) {
			select(typed.elements(elementIds), false);
		}
	}

	/** Runs on the UI thread while the editor is open. */
	void inUi(Runnable work) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (text != null && text.document() != null && getContainer() != null && !getContainer().isDisposed()) {
				work.run();
			}
		});
	}

	private void status(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/** A problem's marker opens the text page at its line (a double-click in Problems). */
	@Override
	public void gotoMarker(IMarker marker) {
		if (text == null) {
			return;
		}
		setActivePage(textPage);
		IGotoMarker target = text.getAdapter(IGotoMarker.class);
		if (target != null) {
			target.gotoMarker(marker);
		}
	}

	/** Whether the diagram page has drawn its diagram (the client's own flag). */
	public boolean diagramDrawn() {
		return diagram != null && diagram.drawn();
	}

	@Override
	public boolean isDirty() {
		return history.layoutUnsaved() || (text != null && text.isDirty());
	}

	/** Saves the text (atomically) and the diagrams' layout file. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (text == null) {
			return;
		}
		if (text.isDirty()) {
			text.doSave(monitor);
		}
		if (text.isDirty()) {
			// the text could not be saved (the provider told the user why): the layout waits with it
			return;
		}
		try {
			diagrams.saveLayouts();
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(),
					UiMessages.text("editor.layoutNotSaved", String.valueOf(e.getMessage())));
			return;
		}
		try {
			// the layout file and the previous versions beside the model
			file().getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			Platform.getLog(ModelEditor.class).log(e.getStatus());
		}
		if (history.layoutSaved()) {
			firePropertyChange(PROP_DIRTY);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// a model keeps its file: its name is its id in the course's links
	}

	@Override
	public void dispose() {
		if (isDirty()) {
			// the markers said what the unsaved text said: now the file's checks again
			ModelChecks.check(List.of(file()), 0);
		}
		if (path != null) {
			LiveDocuments.close(path, diagrams);
		}
		if (text != null && text.document() != null) {
			text.document().removeDocumentListener(documentListener);
		}
		diagrams.clear();
		if (typed != null) {
			typed.forget();
		}
		super.dispose();
	}
}
