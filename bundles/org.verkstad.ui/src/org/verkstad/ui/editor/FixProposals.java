package org.verkstad.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Fix;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.checks.ModelChecks;

/**
 * Quick fix on the text page (Ctrl+1, or a click on a finding's marker in the ruler): the fixes of what
 * the checks find on the caret's line, each made as one change of the text (one undo takes it back).
 */
final class FixProposals implements IQuickAssistProcessor {

	private final ModelEditor owner;
	private String none;

	FixProposals(ModelEditor owner) {
		this.owner = owner;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		int line;
		try {
			line = document.getLineOfOffset(context.getOffset()) + 1;
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		List<Fix> fixes = owner.fixes().at(line);
		none = fixes.isEmpty() ? UiMessages.text("fix.none") : null;
		return fixes.stream().map(Proposal::new).toArray(ICompletionProposal[]::new);
	}

	@Override
	public String getErrorMessage() {
		return none;
	}

	/** A finding's marker that has fixes shows the quick fix sign; a click on it offers them. */
	@Override
	public boolean canFix(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation marker && !annotation.isMarkedDeleted()) {
			IMarker m = marker.getMarker();
			return m.exists() && m.getAttribute(ModelChecks.FIXABLE, false);
		}
		return false;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	/** One fix as a proposal: its label, made on the text when chosen. */
	private final class Proposal implements ICompletionProposal {
		private final Fix fix;

		Proposal(Fix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			owner.fixes().apply(fix);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label(Languages.current());
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
