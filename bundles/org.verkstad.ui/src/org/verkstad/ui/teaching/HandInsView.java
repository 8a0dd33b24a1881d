package org.verkstad.ui.teaching;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.verkstad.templates.HandIns;
import org.verkstad.ui.UiMessages;

/**
 * The teacher's overview of imported hand-ins: a row per participant (organisation, when, the models,
 * what the checks found, the pack's checks passed and failed, or why the hand-in was refused). Enter or
 * a double-click opens the participant's models. Columns sort by a click on their header.
 */
public final class HandInsView extends ViewPart {

	public static final String ID = "org.verkstad.ui.handIns";

	private TableViewer viewer;
	private Label summary;
	private IProject project;

	/** Shows the view with the rows of an import into the project. */
	static void show(IWorkbenchWindow window, IProject project, List<HandIns.Row> rows) {
		try {
			HandInsView view = (HandInsView) window.getActivePage().showView(ID);
			view.setRows(project, rows);
		} catch (PartInitException e) {
			TeachingCommands.error(window.getShell(), "handin.overview.title", e.getMessage());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText(UiMessages.text("handin.overview.empty"));
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// what a teacher looks for first: who, how the checks went, then when and what
		column("handin.overview.participant", 160, HandIns.Row::participant);
		column("handin.overview.findings", 100, r -> r.problem() != null ? "" : UiMessages.text("handin.overview.findingsValue",
				r.errors(), r.warnings()));
		column("handin.overview.checks", 140, r -> r.problem() != null || r.checksPassed() + r.checksFailed() == 0 ? ""
				: UiMessages.text("handin.overview.checksValue", r.checksPassed(), r.checksPassed() + r.checksFailed()));
		column("handin.overview.handedIn", 140, HandIns.Row::handedInLocally);
		column("handin.overview.models", 220, r -> String.join(", ", r.models()));
		column("handin.overview.organisation", 140, r -> r.organisation() == null ? "" : r.organisation());
		column("handin.overview.problem", 360, r -> r.problem() == null ? "" : r.problem());
		viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
		getSite().setSelectionProvider(viewer);
	}

	/** A column whose text comes from a row, coloured by how the participant did, sorted by a click on its header. */
	private void column(String key, int width, Function<HandIns.Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(UiMessages.text(key));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((HandIns.Row) element);
			}

			@Override
			public Color getBackground(Object element) {
				HandIns.Row r = (HandIns.Row) element;
				int colour = r.clean() ? 0xE8F5E9 : 0xFDECEA;
				return new Color((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF);
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> {
			Table table = viewer.getTable();
			int direction = table.getSortColumn() == column.getColumn() && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
			table.setSortColumn(column.getColumn());
			table.setSortDirection(direction);
			viewer.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer v, Object a, Object b) {
					int order = text.apply((HandIns.Row) a).compareToIgnoreCase(text.apply((HandIns.Row) b));
					return direction == SWT.UP ? order : -order;
				}
			});
		});
	}

	void setRows(IProject importedInto, List<HandIns.Row> rows) {
		this.project = importedInto;
		viewer.setInput(rows);
		long refused = rows.stream().filter(r -> r.problem() != null).count();
		summary.setText(UiMessages.text("handin.overview.summary", rows.size() - refused, refused, importedInto.getName()));
		summary.getParent().layout();
		if (!rows.isEmpty()) {
			viewer.getTable().setSelection(0);
			viewer.getTable().setFocus();
		}
	}

	/** Opens the chosen participant's models. */
	private void open(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof HandIns.Row row) || row.folder() == null || project == null) {
			return;
		}
		IContainer folder = project.getFolder(row.folder().getFileName().toString());
		TeachingCommands.openModels(getSite().getPage(), folder);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
