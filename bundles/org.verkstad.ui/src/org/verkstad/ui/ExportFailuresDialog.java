package org.verkstad.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The end of an export of many models (or of course reports) in which some failed: how many, and each failed file with its
 * folder and reason, in a list that can be scrolled and copied (a teacher may pass it on to the participant).
 */
final class ExportFailuresDialog extends MessageDialog {

	private final List<ExportDiagramsWizard.Failed> failures;

	ExportFailuresDialog(Shell parent, List<ExportDiagramsWizard.Failed> failures, int tried) {
		this(parent, UiMessages.text("wizard.export.failures.title"),
				UiMessages.text("wizard.export.failures.message", failures.size(), tried), failures);
	}

	/** With its own title and message (the course reports' failures). */
	ExportFailuresDialog(Shell parent, String title, String message, List<ExportDiagramsWizard.Failed> failures) {
		super(parent, title, null, message, WARNING, 0, IDialogConstants.OK_LABEL);
		this.failures = failures;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Text list = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		StringBuilder text = new StringBuilder();
		for (ExportDiagramsWizard.Failed failed : failures) {
			text.append(text.length() == 0 ? "" : "\n").append(UiMessages.text("wizard.export.failures.line", failed.folder(), failed.reason()));
		}
		list.setText(text.toString());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 560;
		data.heightHint = Math.min(12, Math.max(3, failures.size() * 2)) * list.getLineHeight();
		list.setLayoutData(data);
		return list;
	}
}
