package org.verkstad.ui.checks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;
import org.verkstad.ui.UiMessages;

/**
 * Show Message, in the Problems view's menu: the whole message of the chosen problems, which the
 * view's column cuts off, with the file and the line, in a window whose text can be read, selected and
 * copied.
 */
public final class ShowProblemHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		List<String> problems = new ArrayList<>();
		if (selection instanceof IStructuredSelection chosen) {
			for (Object element : chosen.toList()) {
				IMarker marker = Adapters.adapt(element, IMarker.class);
				if (marker != null && marker.exists()) {
					int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
					String where = marker.getResource().getName() + (line > 0 ? ":" + line : "");
					problems.add(where + "\n" + marker.getAttribute(IMarker.MESSAGE, ""));
				}
			}
		}
		if (!problems.isEmpty()) {
			new MessageWindow(HandlerUtil.getActiveShell(event), String.join("\n\n", problems)).open();
		}
		return null;
	}

	/** A window with the messages as text that wraps, can be selected and copied, and an OK button. */
	private static final class MessageWindow extends Dialog {
		private final String text;

		MessageWindow(Shell parent, String text) {
			super(parent);
			this.text = text;
			setShellStyle(getShellStyle() | SWT.RESIZE);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(UiMessages.text("problem.show.title"));
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			Text message = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
			message.setText(text);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.widthHint = 560;
			data.heightHint = 180;
			message.setLayoutData(data);
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		}
	}
}
