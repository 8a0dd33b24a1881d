package org.verkstad.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;

/**
 * A model file's editor: its diagram (the diagram client of {@code verkstad serve} in the SWT browser,
 * served from the workbench's own process, see {@link DiagramPages}) and its text. One dirty state:
 * the editor is dirty while either page is. A save on either page shows on the other: saving the
 * text draws the diagram anew; the diagram's save refreshes the file, whose text the text page then
 * shows.
 */
public final class ModelEditor extends MultiPageEditorPart implements IGotoMarker {

	/** The diagram client marks an unsaved diagram by starting its title with this. */
	private static final String DIRTY_MARK = "\u2022 ";

	private TextEditor text;
	private Browser browser;
	private boolean diagramDirty;
	private int diagramPage = -1;
	private int textPage = -1;
	private final ModelOutline outline = new ModelOutline(this::showLine);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException(UiMessages.text("editor.notAFile"));
		}
		super.init(site, input);
		setPartName(input.getName());
	}

	private IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	@Override
	protected void createPages() {
		createDiagramPage();
		try {
			text = new TextEditor();
			textPage = addPage(text, getEditorInput());
			setPageText(textPage, UiMessages.text("editor.page.text"));
		} catch (PartInitException e) {
			org.eclipse.core.runtime.Platform.getLog(ModelEditor.class).log(e.getStatus());
		}
		setActivePage(0);
		readOutline();
	}

	/** The outline shows the model as saved: read again after every save. */
	private void readOutline() {
		try {
			java.nio.file.Path path = file().getLocation().toFile().toPath();
			outline.show(org.verkstad.core.io.ModelIO.load(path));
		} catch (org.verkstad.core.io.ModelFileException | RuntimeException e) {
			outline.show(null);
		}
	}

	/** Shows a line on the text page (the outline's choice). */
	private void showLine(int line) {
		if (text == null) {
			return;
		}
		setActivePage(textPage);
		org.eclipse.jface.text.IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
		try {
			text.selectAndReveal(document.getLineOffset(line - 1), document.getLineLength(line - 1));
		} catch (org.eclipse.jface.text.BadLocationException e) {
			// the text changed since the outline was read
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
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
				browser.addTitleListener(event -> diagramTitle(event.title));
			} catch (SWTError e) {
				new Label(page, SWT.WRAP).setText(UiMessages.text("editor.diagram.noBrowser", String.valueOf(e.getMessage())));
			}
		} else if (page.getChildren().length == 0) {
			new Label(page, SWT.WRAP).setText(UiMessages.text("editor.diagram.none"));
		}
		diagramPage = addPage(page);
		setPageText(diagramPage, UiMessages.text("editor.page.diagram"));
	}

	/** The diagram page's title says whether its diagram is saved: a save there refreshes the file. */
	private void diagramTitle(String title) {
		boolean dirty = title != null && title.startsWith(DIRTY_MARK);
		if (diagramDirty && !dirty) {
			try {
				file().getParent().refreshLocal(IResource.DEPTH_ONE, null);
				readOutline();
			} catch (CoreException e) {
				org.eclipse.core.runtime.Platform.getLog(ModelEditor.class).log(e.getStatus());
			}
		}
		if (dirty != diagramDirty) {
			diagramDirty = dirty;
			firePropertyChange(PROP_DIRTY);
		}
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
		return diagramDirty || (text != null && text.isDirty());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (text != null && text.isDirty()) {
			text.doSave(monitor);
			if (browser != null) {
				browser.refresh();
			}
			readOutline();
		}
		if (diagramDirty && browser != null) {
			browser.execute("window.verkstad && window.verkstad.dispatch({ kind: 'saveModel' })");
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
}
