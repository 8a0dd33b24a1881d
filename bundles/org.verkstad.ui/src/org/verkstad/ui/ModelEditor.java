package org.verkstad.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.server.LiveDocuments;

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
public final class ModelEditor extends MultiPageEditorPart implements IGotoMarker, LiveDocuments.Document {

	/** How long typing may pause before the diagram and the outline show it. */
	private static final int DRAW_DELAY_MS = 300;

	private ModelTextEditor text;
	private Browser browser;
	private int diagramPage = -1;
	private int textPage = -1;
	private final ModelOutline outline = new ModelOutline(this::showLine);
	private final List<LiveDocuments.Session> sessions = new CopyOnWriteArrayList<>();
	private volatile String currentText = "";
	/**
	 * The layout's state: each layout edit makes a new one, its undo goes back to the one before. The
	 * layout is unsaved while the state is not the one last saved (an undo back to it is clean again).
	 */
	private long layoutState;
	private long savedLayoutState;
	private long layoutStates;
	private Path path;
	/** The model as the text is now (read again when typing pauses), or null when the text has none. */
	private Model model;
	/** The text {@link #model} was read from: offsets into the model hold for this text only. */
	private String modelText = "";
	private final ElementSelection selection = new ElementSelection();
	private final Runnable textSettled = this::textSettled;

	/** The editors by the resource of their model, for the Properties view (see {@link ModelPropertySource}). */
	private static final Map<Resource, ModelEditor> HOLDERS = Collections.synchronizedMap(new WeakHashMap<>());
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the change itself counts
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			currentText = event.getDocument().get();
			Display display = getSite().getShell().getDisplay();
			display.timerExec(DRAW_DELAY_MS, textSettled);
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
		// the text page's services, made while the page loads; then its colours are complete
		TextServices.warmUp(path, () -> inUi(() -> {
			if (model != null && modelText.equals(text.document().get())) {
				text.colour(model.eResource());
			}
		}));
	}

	/** The model file (in the file system). */
	Path path() {
		return path;
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
			currentText = document.get();
			document.addDocumentListener(documentListener);
			LiveDocuments.open(path, this);
			if (text.viewer() instanceof IPostSelectionProvider viewer) {
				viewer.addPostSelectionChangedListener(event -> {
					if (event.getSelection() instanceof ITextSelection caret && getActivePage() == textPage) {
						select(elementAtLine(caret.getStartLine() + 1), false);
					}
				});
			}
		} catch (PartInitException e) {
			Platform.getLog(ModelEditor.class).log(e.getStatus());
		}
		createDiagramPage();
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
		for (LiveDocuments.Session session : sessions) {
			if (session.isClosed()) {
				sessions.remove(session);
			} else {
				session.textChanged();
			}
		}
		readModel();
	}

	/** Reads the model as the text is now: the outline shows it, the selection is of its elements. */
	private void readModel() {
		List<String> chosen = selection.ids();
		if (model != null) {
			HOLDERS.remove(model.eResource());
		}
		ModelFileException problem = null;
		modelText = currentText;
		try {
			model = ModelIO.load(ModelIO.newResourceSet(), path, modelText.getBytes(StandardCharsets.UTF_8));
			HOLDERS.put(model.eResource(), this);
		} catch (ModelFileException e) {
			model = null;
			problem = e;
		} catch (RuntimeException e) {
			model = null;
		}
		outline.show(model);
		if (model != null && text != null) {
			text.colour(model.eResource());
		}
		// the checks' findings for the text as it is: annotations on the text page, and in Problems
		ModelChecks.checkText(file(), model, problem);
		select(elements(chosen), false);
	}

	/** The elements of the model with these ids, in the model's order. */
	private List<EObject> elements(List<String> ids) {
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
	private List<EObject> elementAtLine(int line) {
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

	/** Shows elements as the editor's selection (Properties) and in the outline, and on the diagram when asked. */
	private void select(List<EObject> elements, boolean inDiagram) {
		selection.set(elements);
		outline.select(elements);
		if (inDiagram) {
			List<String> ids = selection.ids();
			sessions.forEach(session -> session.select(ids));
		}
	}

	/** What a hover over an offset of the text shows (the element there), or null. */
	String hover(int offset) {
		return model != null && modelText.equals(text.document().get()) ? TextServices.hover(model.eResource(), offset) : null;
	}

	/** Lays the text out anew (Edit › Format, Ctrl+Shift+F), as one change; not while it has a mistake. */
	void format() {
		if (text == null) {
			return;
		}
		settleNow();
		if (model == null || !model.eResource().getErrors().isEmpty()) {
			String reason = model == null ? "" : model.eResource().getErrors().get(0).getMessage();
			status(UiMessages.text("text.formatRefused", reason));
			return;
		}
		try {
			replaceText(new String(ModelIO.render(model, path, true), StandardCharsets.UTF_8));
		} catch (ModelFileException e) {
			status(e.message(Languages.current()));
			return;
		}
		settleNow();
	}

	/** Shows an element (by its id): chosen on the diagram page, or at its line on the text page. */
	void show(String elementId) {
		settleNow();
		List<EObject> elements = elements(List.of(elementId));
		select(elements, true);
		if (getActivePage() == diagramPage) {
			revealWhenDrawn(List.of(elementId), 40);
		}
		if (getActivePage() == textPage && !elements.isEmpty()) {
			int line = SourceLines.line(elements.get(0));
			IDocument document = text.document();
			try {
				if (line > 0) {
					text.selectAndReveal(document.getLineOffset(line - 1), 0);
				}
			} catch (BadLocationException e) {
				// the text is shorter than the model read from it: nothing to reveal
			}
		}
	}

	/**
	 * Edit › Open Linked Element (F3): the element the name at the caret refers to (text page), or the
	 * first link of the chosen element, in its own editor.
	 */
	void openLink() {
		settleNow();
		EObject target = null;
		if (getActivePage() == textPage && model != null && model.eResource() instanceof XtextResource resource) {
			int offset = text.viewer().getSelectedRange().x;
			target = new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset);
		}
		if (target == null) {
			target = selection.elements().stream().flatMap(e -> e.getLinks().stream()).map(Link::getTarget).filter(t -> t != null && !t.eIsProxy()).findFirst().orElse(null);
		}
		if (target == null) {
			status(UiMessages.text("links.none"));
			return;
		}
		try {
			ModelLinks.open(getSite().getPage(), target);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
		}
	}

	/** Edit › Links to This Element (Ctrl+Shift+G): what links to the chosen element; one of them opens. */
	void showLinksHere() {
		settleNow();
		Element element = selection.elements().stream().findFirst().orElse(null);
		if (element == null || element.getId() == null) {
			MessageDialog.openInformation(getSite().getShell(), getPartName(), UiMessages.text("links.chooseElement"));
			return;
		}
		ModelLinks.chooseReferrer(getSite().getPage(), path, element);
	}

	/** Chooses and centres elements on the diagram page once it has drawn its diagram (it may be loading). */
	private void revealWhenDrawn(List<String> ids, int attempts) {
		if (diagramDrawn()) {
			sessions.forEach(session -> session.select(ids));
		} else if (attempts > 0 && browser != null && !browser.isDisposed()) {
			getSite().getShell().getDisplay().timerExec(250, () -> revealWhenDrawn(ids, attempts - 1));
		}
	}

	/** Reads the text now, without waiting for typing to pause. */
	private void settleNow() {
		getSite().getShell().getDisplay().timerExec(-1, textSettled);
		textSettled();
	}

	/** The editor whose model holds an element, or null. */
	static ModelEditor holding(EObject element) {
		return element.eResource() == null ? null : HOLDERS.get(element.eResource());
	}

	/** Whether an element of the model can be changed from the Properties view (not while the text has mistakes). */
	boolean canChange(EObject element) {
		return model != null && element.eResource() == model.eResource() && model.eResource().getErrors().isEmpty();
	}

	/** Changes a field of an element (the Properties view): a change of the text, undoable there. */
	void change(EObject element, EStructuralFeature feature, Object value) {
		if (!canChange(element)) {
			return;
		}
		if (value == null) {
			element.eUnset(feature);
		} else {
			element.eSet(feature, value);
		}
		try {
			replaceText(new String(ModelIO.render(model, path, false), StandardCharsets.UTF_8));
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(), e.message(Languages.current()));
		}
		// the diagrams and the outline show it at once
		settleNow();
	}

	/** Shows a line on the text page (the outline's choice). */
	private void showLine(int line) {
		if (text == null) {
			return;
		}
		select(elementAtLine(line), false);
		setActivePage(textPage);
		IDocument document = text.document();
		try {
			text.selectAndReveal(document.getLineOffset(line - 1), document.getLineLength(line - 1));
		} catch (BadLocationException e) {
			// the text changed since the outline was read
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (newPageIndex == diagramPage && getSite() != null) {
			// the diagram shows what was just typed, without waiting for the pause, with the element chosen
			settleNow();
			List<String> ids = selection.ids();
			sessions.forEach(session -> session.select(ids));
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	private void createDiagramPage() {
		Composite page = new Composite(getContainer(), SWT.NONE);
		page.setLayout(new FillLayout());
		String address;
		try {
			address = DiagramPages.address(file());
		} catch (Exception e) {
			address = null;
			new Label(page, SWT.WRAP).setText(UiMessages.text("editor.diagram.noServer", String.valueOf(e.getMessage())));
		}
		if (address != null) {
			try {
				browser = new Browser(page, SWT.NONE);
				browser.setUrl(address);
			} catch (SWTError e) {
				new Label(page, SWT.WRAP).setText(UiMessages.text("editor.diagram.noBrowser", String.valueOf(e.getMessage())));
			}
		} else if (page.getChildren().length == 0) {
			new Label(page, SWT.WRAP).setText(UiMessages.text("editor.diagram.none"));
		}
		addPage(0, page);
		diagramPage = 0;
		setPageText(diagramPage, UiMessages.text("editor.page.diagram"));
	}

	// ---- LiveDocuments.Document: called by the diagram sessions, from their threads

	@Override
	public String text() {
		return currentText;
	}

	/** A refused diagram edit: its reason in the status line as an error, until the next message. */
	@Override
	public void refused(String reason) {
		inUi(() -> getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
				PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK), reason));
	}

	@Override
	public void modelEdited(String label, String before, String after) {
		inUi(() -> {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null); // a refusal is over
			IDocument document = text.document();
			String now = document.get();
			if (!now.equals(before)) {
				textSettled();
				status(UiMessages.text("editor.diagramEditDropped"));
				return;
			}
			replaceText(after);
		});
	}

	/** Makes the text {@code after} by replacing only what differs, as one change in the undo history. */
	private void replaceText(String after) {
		IDocument document = text.document();
		String now = document.get();
		int prefix = 0;
		int max = Math.min(now.length(), after.length());
		while (prefix < max && now.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& now.charAt(now.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.commit();
			undo.beginCompoundChange();
		}
		try {
			document.replace(prefix, now.length() - prefix - suffix, after.substring(prefix, after.length() - suffix));
		} catch (BadLocationException e) {
			Platform.getLog(ModelEditor.class).log(Status.error(e.getMessage(), e));
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
				undo.commit();
			}
		}
	}

	@Override
	public void layoutEdited(String label, Runnable undoLayout, Runnable redoLayout) {
		inUi(() -> {
			IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(text.document());
			if (undo == null) {
				return;
			}
			undo.commit();
			long before = layoutState;
			long after = ++layoutStates;
			AbstractOperation operation = new AbstractOperation(label) {
				@Override
				public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
					return Status.OK_STATUS;
				}

				@Override
				public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
					undoLayout.run();
					layoutChanged(before);
					return Status.OK_STATUS;
				}

				@Override
				public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
					redoLayout.run();
					layoutChanged(after);
					return Status.OK_STATUS;
				}
			};
			operation.addContext(undo.getUndoContext());
			OperationHistoryFactory.getOperationHistory().add(operation);
			layoutChanged(after);
		});
	}

	private void layoutChanged(long state) {
		layoutState = state;
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void undo() {
		inUi(() -> history(true));
	}

	@Override
	public void redo() {
		inUi(() -> history(false));
	}

	/** A step back or forth in the text's history, which holds the diagram's edits too. */
	private void history(boolean back) {
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(text.document());
		if (undo == null) {
			return;
		}
		undo.commit();
		IOperationHistory history = OperationHistoryFactory.getOperationHistory();
		try {
			if (back && history.canUndo(undo.getUndoContext())) {
				history.undo(undo.getUndoContext(), null, null);
			} else if (!back && history.canRedo(undo.getUndoContext())) {
				history.redo(undo.getUndoContext(), null, null);
			}
		} catch (ExecutionException e) {
			Platform.getLog(ModelEditor.class).log(Status.error(e.getMessage(), e));
		}
	}

	@Override
	public void save() {
		inUi(() -> getSite().getPage().saveEditor(this, false));
	}

	@Override
	public void selected(List<String> elementIds) {
		inUi(() -> {
			if (getActivePage() == diagramPage && !elementIds.equals(selection.ids())) {
				select(elements(elementIds), false);
			}
		});
	}

	@Override
	public void attach(LiveDocuments.Session session) {
		sessions.add(session);
	}

	@Override
	public Map<String, Map<String, Box>> layout() {
		Map<String, Map<String, Box>> shown = new TreeMap<>();
		for (LiveDocuments.Session session : sessions) {
			if (!session.isClosed()) {
				shown.putAll(session.layout());
			}
		}
		return shown;
	}

	/** Runs on the UI thread while the editor is open. */
	private void inUi(Runnable work) {
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
	boolean diagramDrawn() {
		if (browser == null || browser.isDisposed()) {
			return false;
		}
		Object drawn = browser.evaluate("return !!(window.verkstad && window.verkstad.loaded);");
		return Boolean.TRUE.equals(drawn);
	}

	@Override
	public boolean isDirty() {
		return layoutState != savedLayoutState || (text != null && text.isDirty());
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
		for (LiveDocuments.Session session : sessions) {
			try {
				if (!session.isClosed()) {
					session.saveLayout();
				}
			} catch (IOException e) {
				MessageDialog.openError(getSite().getShell(), getPartName(),
						UiMessages.text("editor.layoutNotSaved", String.valueOf(e.getMessage())));
				return;
			}
		}
		try {
			// the layout file and the previous versions beside the model
			file().getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			Platform.getLog(ModelEditor.class).log(e.getStatus());
		}
		if (layoutState != savedLayoutState) {
			savedLayoutState = layoutState;
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
			LiveDocuments.close(path, this);
		}
		if (text != null && text.document() != null) {
			text.document().removeDocumentListener(documentListener);
		}
		sessions.clear();
		if (model != null) {
			HOLDERS.remove(model.eResource());
		}
		super.dispose();
	}
}
