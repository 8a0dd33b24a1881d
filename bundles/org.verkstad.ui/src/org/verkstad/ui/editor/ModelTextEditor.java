package org.verkstad.ui.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.eclipse.ui.texteditor.IDocumentProviderExtension;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SelectMarkerRulerAction;
import org.verkstad.ui.UiMessages;

/**
 * The text page of a model editor: the model file's text, saved atomically, with the language's
 * services ({@link TextServices}): its words coloured by kind, content assist (Ctrl+Space, and after a
 * dot), hovers with the element's kind, name and description, and the checks' findings as annotations.
 */
final class ModelTextEditor extends TextEditor {

	private static final Color KEYWORD = new Color(127, 0, 85);
	private static final Color STRING = new Color(42, 0, 255);
	private static final Color NUMBER = new Color(0, 110, 140);
	private static final Color COMMENT = new Color(63, 127, 95);
	private static final Color REFERENCE = new Color(0, 0, 192);

	private final ModelEditor owner;

	ModelTextEditor(ModelEditor owner) {
		this.owner = owner;
		setDocumentProvider(new AtomicDocumentProvider());
		setSourceViewerConfiguration(new Configuration(getPreferenceStore()));
	}

	/** The text being edited (null before the page is created). */
	IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/** The encoding the file was read in when it was not UTF-8 (saving writes UTF-8), else null. */
	String convertedFrom() {
		return getDocumentProvider() instanceof AtomicDocumentProvider provider ? provider.convertedFrom() : null;
	}

	/** Shows a line (1-based) with the caret at its start, or the whole line chosen; nothing when the text is shorter. */
	void revealLine(int line, boolean chooseLine) {
		IDocument document = document();
		try {
			if (line > 0) {
				selectAndReveal(document.getLineOffset(line - 1), chooseLine ? document.getLineLength(line - 1) : 0);
			}
		} catch (BadLocationException e) {
			// the text changed since the line was found: nothing to reveal
		}
	}

	/** Tells the line (1-based) the caret is on whenever it moves and rests. */
	void onCaretLine(IntConsumer line) {
		if (getSourceViewer() instanceof IPostSelectionProvider viewer) {
			viewer.addPostSelectionChangedListener(event -> {
				if (event.getSelection() instanceof ITextSelection caret) {
					line.accept(caret.getStartLine() + 1);
				}
			});
		}
	}

	ISourceViewer viewer() {
		return getSourceViewer();
	}

	/**
	 * Saving over a file that another program or window changed since it was read here asks first: save
	 * this text over it (the other version is kept as {@code .bak}), load the file as it is now (this text's
	 * changes are dropped), or cancel. Never silently one or the other.
	 */
	@Override
	protected void performSave(boolean overwrite, IProgressMonitor monitor) {
		IDocumentProvider provider = getDocumentProvider();
		if (!overwrite && provider instanceof IDocumentProviderExtension3 extension
				&& !extension.isSynchronized(getEditorInput())) {
			String name = getEditorInput().getName();
			MessageDialog ask = new MessageDialog(getSite().getShell(),
					UiMessages.text("editor.changedElsewhere.title"), null, UiMessages.text("editor.changedElsewhere", name),
					MessageDialog.QUESTION, 2, UiMessages.text("editor.changedElsewhere.overwrite"),
					UiMessages.text("editor.changedElsewhere.reload"), IDialogConstants.CANCEL_LABEL);
			switch (ask.open()) {
			case 0 -> super.performSave(true, monitor);
			case 1 -> {
				try {
					((IDocumentProviderExtension) provider).synchronize(getEditorInput());
				} catch (CoreException e) {
					Platform.getLog(ModelTextEditor.class).log(e.getStatus());
				}
			}
			default -> {
				if (monitor != null) {
					monitor.setCanceled(true);
				}
			}
			}
			return;
		}
		super.performSave(overwrite, monitor);
	}

	/**
	 * The context menu holds the editing commands; what the platform contributes to a file as such (version
	 * control, compare and replace with local history, open with) belongs to the explorer, not to the text.
	 */
	@Override
	protected boolean isEditorInputIncludedInContextMenu() {
		return false;
	}

	/** Nor the platform's text editor preferences, which are not Verkstad's and not translated. */
	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		menu.remove(ITextEditorActionConstants.CONTEXT_PREFERENCES);
	}

	@Override
	protected void rulerContextMenuAboutToShow(IMenuManager menu) {
		super.rulerContextMenuAboutToShow(menu);
		menu.remove(ITextEditorActionConstants.RULER_PREFERENCES);
	}

	@Override
	protected void createActions() {
		super.createActions();
		ContentAssistAction assist = new ContentAssistAction(actionTexts(), "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		// a click on a finding's marker in the ruler: its line chosen, and its fixes offered when it has any
		setAction(ITextEditorActionConstants.RULER_CLICK, new SelectMarkerRulerAction(actionTexts(), "RulerClick.", this,
				getVerticalRuler()) {
			@Override
			public void run() {
				super.run();
				int line = getVerticalRuler().getLineOfLastMouseButtonActivity() + 1;
				if (line > 0 && getSourceViewer() instanceof ITextOperationTarget target && !owner.fixes().at(line).isEmpty()) {
					target.doOperation(ISourceViewer.QUICK_ASSIST);
				}
			}
		});
	}

	private static ResourceBundle actionTexts() {
		return new ListResourceBundle() {
			@Override
			protected Object[][] getContents() {
				return new Object[][] { { "RulerClick.label", UiMessages.text("fix.rulerClick") },
						{ "ContentAssistProposal.label", UiMessages.text("text.assist") },
						{ "ContentAssistProposal.tooltip", UiMessages.text("text.assist") },
						{ "ContentAssistProposal.description", UiMessages.text("text.assist") } };
			}
		};
	}

	/** Colours the words of the text, as read into a model's resource (for the text as it is now). */
	void colour(Resource resource) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		int length = viewer.getDocument().getLength();
		TextPresentation presentation = new TextPresentation(new Region(0, length), 2000);
		TextServices.colours(resource, (range, kind) -> {
			if (range[0] + range[1] <= length) {
				StyleRange style = new StyleRange(range[0], range[1], colour(kind), null,
						kind == TextServices.Kind.KEYWORD || kind == TextServices.Kind.DECLARATION ? SWT.BOLD
								: kind == TextServices.Kind.REFERENCE ? SWT.ITALIC : SWT.NORMAL);
				presentation.mergeStyleRange(style);
			}
		});
		viewer.changeTextPresentation(presentation, false);
	}

	private static Color colour(TextServices.Kind kind) {
		return switch (kind) {
		case KEYWORD -> KEYWORD;
		case STRING -> STRING;
		case NUMBER -> NUMBER;
		case COMMENT -> COMMENT;
		case REFERENCE -> REFERENCE;
		case DECLARATION -> null;
		};
	}

	/** The text page's viewer: content assist and hovers from the language. */
	private final class Configuration extends TextSourceViewerConfiguration {

		Configuration(IPreferenceStore store) {
			super(store);
		}

		/**
		 * No presentation reconciler: the platform's default one paints every changed line (all of them
		 * after an undo) in the plain style; the colours are the language's alone ({@link #colour}).
		 */
		@Override
		public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
			return null;
		}

		/** Quick fix (Ctrl+1): the fixes of the caret line's findings ({@link FixProposals}). */
		@Override
		public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
			QuickAssistAssistant assistant = new QuickAssistAssistant();
			assistant.setQuickAssistProcessor(new FixProposals(owner));
			assistant.setInformationControlCreator(DefaultInformationControl::new);
			return assistant;
		}

		@Override
		public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
			ContentAssistant assistant = new ContentAssistant();
			assistant.setContentAssistProcessor(new Assist(), IDocument.DEFAULT_CONTENT_TYPE);
			assistant.enableAutoActivation(true);
			assistant.setAutoActivationDelay(300);
			assistant.setInformationControlCreator(DefaultInformationControl::new);
			assistant.setShowEmptyList(true);
			return assistant;
		}

		@Override
		public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
			ITextHover annotations = super.getTextHover(sourceViewer, contentType);
			return new ITextHover() {
				@Override
				@SuppressWarnings("deprecation")
				public String getHoverInfo(ITextViewer textViewer, IRegion region) {
					String annotation = annotations == null ? null : annotations.getHoverInfo(textViewer, region);
					String element = owner.hover(region.getOffset());
					if (annotation == null) {
						return element;
					}
					return element == null ? annotation : annotation + "\n\n" + element;
				}

				@Override
				public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
					IRegion annotation = annotations == null ? null : annotations.getHoverRegion(textViewer, offset);
					return annotation != null ? annotation : new Region(offset, 0);
				}
			};
		}
	}

	/** Content assist: the language's proposals for the text as it is, replacing the typed prefix. */
	private final class Assist implements IContentAssistProcessor {

		@Override
		public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
			String text = viewer.getDocument().get();
			return TextServices.proposals(owner.path(), text, offset).stream()
					.filter(p -> p.prefix().length() <= offset && text.startsWith(p.prefix(), offset - p.prefix().length()))
					.map(p -> new CompletionProposal(p.text(), offset - p.prefix().length(), p.prefix().length(),
							p.text().length(), null, p.label(), null, p.description()))
					.toArray(ICompletionProposal[]::new);
		}

		@Override
		public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
			return null;
		}

		@Override
		public char[] getCompletionProposalAutoActivationCharacters() {
			// a name in another file is written file.element
			return new char[] { '.' };
		}

		@Override
		public char[] getContextInformationAutoActivationCharacters() {
			return null;
		}

		@Override
		public String getErrorMessage() {
			return null;
		}

		@Override
		public IContextInformationValidator getContextInformationValidator() {
			return null;
		}
	}
}
