package org.verkstad.ui.workbench;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
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
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.verkstad.ui.preferences.LanguagePreferencePage;
import org.verkstad.ui.UiMessages;

/**
 * The menus and tool bar: File (new, save, close, export, quit), Edit (undo, redo, clipboard, delete, select
 * all, find), Window (views, preferences) and Help (user guide, welcome, about), with the shortcuts a desktop user expects.
 * The commands are the workbench's own, so every editor and view takes part.
 */
final class VerkstadActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction newWizard;
	private IWorkbenchAction newWizardDropDown;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction export;
	private IWorkbenchAction print;
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
	private IAction language;
	private IAction welcome;
	private IAction guide;

	VerkstadActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = register(ActionFactory.NEW.create(window));
		newWizardDropDown = register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		export = register(ActionFactory.EXPORT.create(window));
		print = register(ActionFactory.PRINT.create(window));
		// its own mnemonic: the platform's "E&xport" would share x with Exit
		export.setText(UiMessages.text("menu.export"));
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
		welcome = new Action(UiMessages.text("menu.welcome")) {
			@Override
			public void run() {
				GuideEditor.open(window.getActivePage());
			}
		};
		guide = new Action(UiMessages.text("menu.guide")) {
			@Override
			public void run() {
				UserGuideEditor.open(window.getActivePage());
			}
		};
		// F1, shown beside it in the menu
		guide.setId(UserGuideEditor.COMMAND);
		guide.setActionDefinitionId(UserGuideEditor.COMMAND);
		register(guide);
		// the language page alone, one menu item away
		language = new Action(UiMessages.text("menu.language")) {
			@Override
			public void run() {
				PreferencesUtil.createPreferenceDialogOn(window.getShell(), LanguagePreferencePage.ID,
						new String[] { LanguagePreferencePage.ID }, null).open();
			}
		};
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager newMenu = menu("menu.new", ActionFactory.NEW.getId(), ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		MenuManager views = menu("menu.showView", null, ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		// the groups (names) that editors and views contribute to are those of Eclipse's own menus
		menuBar.add(menu("menu.file", IWorkbenchActionConstants.M_FILE, IWorkbenchActionConstants.FILE_START, newMenu,
				IWorkbenchActionConstants.NEW_EXT, SEPARATOR, close, IWorkbenchActionConstants.CLOSE_EXT, save, saveAll,
				IWorkbenchActionConstants.SAVE_EXT, SEPARATOR, export, IWorkbenchActionConstants.IMPORT_EXT,
				print, IWorkbenchActionConstants.PRINT_EXT, IWorkbenchActionConstants.MB_ADDITIONS,
				IWorkbenchActionConstants.FILE_END, SEPARATOR, quit));
		menuBar.add(menu("menu.edit", IWorkbenchActionConstants.M_EDIT, IWorkbenchActionConstants.EDIT_START, undo, redo,
				IWorkbenchActionConstants.UNDO_EXT, SEPARATOR, cut, copy, paste, IWorkbenchActionConstants.CUT_EXT, delete,
				selectAll, SEPARATOR, rename, find, IWorkbenchActionConstants.FIND_EXT, IWorkbenchActionConstants.ADD_EXT,
				IWorkbenchActionConstants.EDIT_END, IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(menu("menu.window", IWorkbenchActionConstants.M_WINDOW, views, resetPerspective, SEPARATOR, language,
				preferences));
		menuBar.add(menu("menu.help", IWorkbenchActionConstants.M_HELP, guide, welcome, IWorkbenchActionConstants.MB_ADDITIONS,
				SEPARATOR, about));
	}

	private static final Object SEPARATOR = new Object();

	/** A menu of actions, contribution items, group markers (their names) and {@link #SEPARATOR}s. */
	private static MenuManager menu(String labelKey, String id, Object... items) {
		MenuManager menu = new MenuManager(UiMessages.text(labelKey), id);
		for (Object item : items) {
			if (item instanceof IAction action) {
				menu.add(action);
			} else if (item instanceof IContributionItem contribution) {
				menu.add(contribution);
			} else if (item instanceof String group) {
				menu.add(new GroupMarker(group));
			} else {
				menu.add(new Separator());
			}
		}
		return menu;
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
