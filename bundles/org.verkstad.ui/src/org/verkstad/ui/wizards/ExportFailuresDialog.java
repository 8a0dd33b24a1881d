package org.verkstad.ui.wizards;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.verkstad.ui.UiMessages;

/**
 * The end of a run over many models ({@link ModelsRun}: diagrams, course reports) in which some
 * failed: how many, and each failed item with its folder or participant and the reason, in a list
 * that can be scrolled and copied (a teacher may pass it on to the participant).
 */
final class ExportFailuresDialog extends MessageDialog {

	private final List<ModelsRun.Failed> failures;

	ExportFailuresDialog(Shell parent, String title, String message, List<ModelsRun.Failed> failures) {
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
		for (ModelsRun.Failed failed : failures) {
			text.append(text.length() == 0 ? "" : "\n").append(UiMessages.text("wizard.export.failures.line", failed.where(), failed.reason()));
		}
		list.setText(text.toString());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 560;
		data.heightHint = Math.min(12, Math.max(3, failures.size() * 2)) * list.getLineHeight();
		list.setLayoutData(data);
		return list;
	}
}
