package org.verkstad.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menus and tool bar: File (new, save, close, quit), Edit (undo, redo, clipboard, delete, select
 * all, find), Window (views, preferences) and Help (about), with the shortcuts a desktop user expects.
 * The commands are the workbench's own, so every editor and view takes part.
 */
final class VerkstadActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction newWizard;
	private IWorkbenchAction newWizardDropDown;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction rename;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;

	VerkstadActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = register(ActionFactory.NEW.create(window));
		newWizardDropDown = register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		find = register(ActionFactory.FIND.create(window));
		rename = register(ActionFactory.RENAME.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(UiMessages.text("menu.file"), IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(UiMessages.text("menu.new"), ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		// the groups editors and views contribute to (as in Eclipse's own menus)
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(close);
		file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(save);
		file.add(saveAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.PRINT_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		file.add(new Separator());
		file.add(quit);

		MenuManager edit = new MenuManager(UiMessages.text("menu.edit"), IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new Separator());
		edit.add(rename);
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(UiMessages.text("menu.window"), IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager(UiMessages.text("menu.showView"));
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		windowMenu.add(resetPerspective);
		windowMenu.add(new Separator());
		windowMenu.add(preferences);

		MenuManager help = new MenuManager(UiMessages.text("menu.help"), IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.add(newWizardDropDown);
		toolBar.add(save);
		toolBar.add(new Separator());
		toolBar.add(undo);
		toolBar.add(redo);
		coolBar.add(new ToolBarContributionItem(toolBar, "org.verkstad.ui.main"));
	}
}
