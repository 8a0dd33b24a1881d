package org.verkstad.ui.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.verkstad.ui.editor.ModelEditor;

/**
 * A translator's check: with {@code -Dverkstad.uiTexts=FILE} the workbench walks what a participant
 * meets (every menu and its submenus, the context menus of the explorer and the text page, the views,
 * the course examples' process map with its diagram page, the main dialogs, the save prompt, Find)
 * and writes every label, title, button, column and tool tip to FILE, a line each ({@code where<TAB>text}).
 * The walk-through test starts the product in Swedish and in Norwegian this way and looks for English.
 * The dialogs are opened by their commands, as their menu items open them, and closed as Escape does.
 */
final class UiTexts {

	static final String PROPERTY = "verkstad.uiTexts";
	/** How long a dialog or the diagram may take to appear on a loaded machine. */
	private static final long PATIENCE_MS = 120_000;

	private final IWorkbenchWindow window;
	private final Display display;
	private final Set<String> lines = new LinkedHashSet<>();
	/** Whether the texts of the pages in browsers are taken too (the diagram page's are, the guide's are not). */
	private boolean pages = true;

	private UiTexts(IWorkbenchWindow window) {
		this.window = window;
		this.display = window.getShell().getDisplay();
	}

	/** Starts the walk once the window is up, if the program was started for it. */
	static void walkIfAsked(IWorkbenchWindow window) {
		String file = System.getProperty(PROPERTY);
		if (file != null) {
			window.getShell().getDisplay().asyncExec(() -> new UiTexts(window).walk(Path.of(file)));
		}
	}

	private void walk(Path file) {
		try {
			IWorkbenchPage page = window.getActivePage();
			menu(window.getShell().getMenuBar(), "menu");
			// (the Analysis view last of its folder: in front of the others, its page is walked with the window)
			for (String view : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET,
					AnalysisView.ID, IPageLayout.ID_OUTLINE)) {
				page.showView(view);
			}
			dialog("dialog:preferences", "org.eclipse.ui.window.preferences");
			dialog("dialog:about", "org.eclipse.ui.help.aboutAction");
			dialog("dialog:installation", "org.eclipse.ui.help.installationDialog");
			dialog("dialog:new", "org.eclipse.ui.newWizard");
			dialog("dialog:report", "org.verkstad.ui.courseReport");
			// the course examples, as the welcome page opens them, with the as-is process map in its editor
			GuideEditor.openExamples(page, window.getShell(), "bygglov-nulage.process");
			IEditorPart editor = page.getActiveEditor();
			if (editor instanceof ModelEditor model) {
				waitFor(model::diagramDrawn);
				controls(window.getShell(), "window");
				dialog("dialog:exportDiagram", "org.verkstad.ui.exportDiagram");
				textPage();
				controls(window.getShell(), "window:text");
				contextMenus(window.getShell(), "context");
				command("org.eclipse.ui.edit.findReplace");
				shells("find");
				controls(window.getShell(), "window:find");
				// the user guide (F1 on the model): its search field and contents, not its pages' words
				command(UserGuideEditor.COMMAND);
				settle();
				pages = false;
				controls(window.getShell(), "window:guide");
				pages = true;
				guide();
				// a change not saved, and the editor closed: the save prompt
				page.activate(editor);
				textPage();
				dirty(editor);
				display.timerExec(500, new Closer("dialog:save", Set.of(display.getShells())));
				page.closeEditor(editor, true);
			} else {
				lines.add("error\tthe course examples did not open a process map: " + editor);
			}
			lines.add("done\t" + lines.size());
		} catch (PartInitException | RuntimeException e) {
			lines.add("error\t" + e);
			Platform.getLog(UiTexts.class).error("walking the workbench's texts failed", e);
		}
		try {
			Path temporary = file.resolveSibling(file.getFileName() + ".part");
			Files.write(temporary, lines, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			Platform.getLog(UiTexts.class).error("could not write " + file, e);
		}
	}

	/** Where F1 took the guide, and what its search finds for a word of every language. */
	private void guide() {
		for (Control control : descendants(window.getShell())) {
			if (control instanceof Browser browser && browser.isVisible() && browser.getUrl().contains("/help/")) {
				lines.add("guide:shown\t" + browser.getUrl().substring(browser.getUrl().indexOf("/help/")));
				// the section at the top of the view, once the page is there
				waitFor(() -> sectionTop(browser) > -60 && sectionTop(browser) < 100);
				lines.add("guide:sectionTop\t" + sectionTop(browser));
			}
		}
		for (Control control : descendants(window.getShell())) {
			if (control instanceof Text field && field.isVisible() && (field.getStyle() & SWT.SEARCH) != 0
					&& control.getParent().getChildren().length == 2 && control.getParent().getChildren()[1] instanceof Table hits) {
				field.setText("SWOT");
				settle();
				for (TableItem item : hits.getItems()) {
					lines.add("guide:hit\t" + item.getText());
				}
			}
		}
	}

	/** How far below the top of the view the section of the page's address is, in pixels (-1000: no such section). */
	private static long sectionTop(Browser browser) {
		Object top = browser.evaluate("var e = location.hash ? document.getElementById(location.hash.substring(1)) : null;"
				+ " return e ? Math.round(e.getBoundingClientRect().top) : -1000;");
		return top instanceof Number number ? number.longValue() : -1000;
	}

	/** A dialog opened by its command; its texts taken and the dialog closed as soon as it is up. */
	private void dialog(String where, String command) {
		display.timerExec(300, new Closer(where, Set.of(display.getShells())));
		command(command);
	}

	private void command(String id) {
		try {
			window.getService(IHandlerService.class).executeCommand(id, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			lines.add("error\t" + id + ": " + e);
		}
	}

	/** Waits for the first new shell, takes its texts and closes it (as Escape would). */
	private final class Closer implements Runnable {
		private final String where;
		private final Set<Shell> before;
		private final long until = System.currentTimeMillis() + PATIENCE_MS;

		Closer(String where, Set<Shell> before) {
			this.where = where;
			this.before = before;
		}

		@Override
		public void run() {
			for (Shell shell : display.getShells()) {
				if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
					// the dialog's contents are made as it opens: one more turn of the event loop
					display.asyncExec(() -> {
						controls(shell, where);
						shell.close();
					});
					return;
				}
			}
			if (System.currentTimeMillis() < until) {
				display.timerExec(200, this);
			} else {
				lines.add("error\t" + where + ": no dialog appeared");
			}
		}
	}

	/** The texts of every shell other than the window (pop-ups such as Find's). */
	private void shells(String where) {
		for (Shell shell : display.getShells()) {
			if (shell != window.getShell() && shell.isVisible()) {
				controls(shell, where);
			}
		}
	}

	private void waitFor(BooleanSupplier condition) {
		long until = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			display.timerExec(100, () -> {
				// wakes the loop below
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	private void settle() {
		long until = System.currentTimeMillis() + 1000;
		waitFor(() -> System.currentTimeMillis() > until);
	}

	/** The model editor's second tab, the text page, chosen as a click on it chooses it. */
	private void textPage() {
		for (Control control : descendants(window.getShell())) {
			if (control instanceof CTabFolder folder && folder.getItemCount() == 2 && (folder.getStyle() & SWT.BOTTOM) != 0) {
				folder.setSelection(1);
				Event event = new Event();
				event.item = folder.getItem(1);
				folder.notifyListeners(SWT.Selection, event);
			}
		}
		settle();
	}

	private void dirty(IEditorPart editor) {
		for (Control control : descendants(window.getShell())) {
			if (control instanceof StyledText text && text.isVisible() && text.getEditable()) {
				text.insert("// ");
				settle();
				return;
			}
		}
	}

	/** A menu and its submenus, filled as they are when they open. */
	private void menu(Menu menu, String where) {
		if (menu == null) {
			return;
		}
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0 || !item.isEnabled() && item.getText().isEmpty()) {
				continue;
			}
			String label = item.getText().split("\t")[0].replace("&", "");
			add(where, label);
			if (item.getMenu() != null) {
				menu(item.getMenu(), where + " › " + label);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	private void contextMenus(Composite root, String where) {
		for (Control control : descendants(root)) {
			if (control.isVisible() && control.getMenu() != null && (control instanceof Tree || control instanceof StyledText)) {
				if (control instanceof Tree tree && tree.getItemCount() > 0) {
					tree.setSelection(tree.getItem(0));
					tree.notifyListeners(SWT.Selection, new Event());
				}
				menu(control.getMenu(), where + ":" + control.getClass().getSimpleName());
			}
		}
	}

	/** Every text of a shell's controls: what they say, their tool tips, columns, tabs and items. */
	private void controls(Composite root, String where) {
		if (root instanceof Shell shell) {
			add(where, shell.getText());
		}
		for (Control control : descendants(root)) {
			if (!control.isVisible()) {
				continue;
			}
			add(where, control.getToolTipText());
			if (control instanceof Button button) {
				add(where, button.getText());
			} else if (control instanceof Label label) {
				add(where, label.getText());
			} else if (control instanceof Link link) {
				add(where, link.getText().replaceAll("</?a[^>]*>", ""));
			} else if (control instanceof Group group) {
				add(where, group.getText());
			} else if (control instanceof Text text) {
				add(where, text.getMessage());
			} else if (control instanceof CTabFolder folder) {
				for (CTabItem item : folder.getItems()) {
					add(where, item.getText());
					add(where, item.getToolTipText());
				}
			} else if (control instanceof TabFolder folder) {
				for (TabItem item : folder.getItems()) {
					add(where, item.getText());
				}
			} else if (control instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					add(where, item.getText());
					add(where, item.getToolTipText());
				}
			} else if (control instanceof Table table) {
				for (TableColumn column : table.getColumns()) {
					add(where, column.getText());
				}
			} else if (control instanceof Tree tree) {
				for (TreeColumn column : tree.getColumns()) {
					add(where, column.getText());
				}
				items(tree.getItems(), where);
			} else if (control instanceof Browser browser && pages) {
				Object text = browser.evaluate("return document.body ? document.body.innerText + '\\n' + "
						+ "Array.from(document.querySelectorAll('[title],[aria-label],[placeholder]')).map(function(e){"
						+ "return (e.getAttribute('title')||'') + '\\n' + (e.getAttribute('aria-label')||'') + '\\n' + (e.getAttribute('placeholder')||'');}).join('\\n') : '';");
				if (text instanceof String page) {
					for (String line : page.split("\n")) {
						add(where + ":page", line);
					}
				}
			}
		}
	}

	private void items(TreeItem[] items, String where) {
		for (TreeItem item : items) {
			// the problems' groups and the preference pages; not the explorer's file names
			if (!(item.getData() instanceof IResource)) {
				add(where, item.getText());
			}
			if (item.getExpanded()) {
				items(item.getItems(), where);
			}
		}
	}

	private static List<Control> descendants(Composite root) {
		List<Control> all = new ArrayList<>();
		Set<Control> seen = new HashSet<>();
		List<Control> todo = new ArrayList<>(List.of(root.getChildren()));
		while (!todo.isEmpty()) {
			Control control = todo.remove(todo.size() - 1);
			if (control.isDisposed() || !seen.add(control)) {
				continue;
			}
			all.add(control);
			if (control instanceof Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		return all;
	}

	private void add(String where, String text) {
		if (text != null && !text.isBlank()) {
			lines.add(where + "\t" + text.strip().replace('\n', ' ').replace('\t', ' '));
		}
	}
}
