package org.verkstad.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.FrameworkUtil;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.nls.Languages;
import org.verkstad.help.Guide;
import org.verkstad.help.Guide.Hit;
import org.verkstad.help.Guide.Section;
import org.verkstad.ui.UiMessages;

/**
 * Help › User Guide (F1): the user guide of docs/ in the workbench's language, with its contents and a
 * search field beside it. F1 in a model's editor opens the guide at that notation's section.
 */
public final class UserGuideEditor extends ReadingPage {

	public static final String ID = "org.verkstad.ui.userGuide";
	/** The command of Help › User Guide, bound to F1. */
	public static final String COMMAND = "org.verkstad.ui.userGuide";

	/** The guide's pages as HTML, written once per start of the workbench. */
	private static Path folder;
	private static Guide guide;
	/** The section a new guide editor opens at (F1 on a model), taken by its first page. */
	private static String firstAnchor;

	private Browser browser;
	private Text search;
	private Table list;
	private Locale language;
	private String query = "";
	/** The section of the page shown that was asked for (an anchor), or null. */
	private String section;

	/** The page is one, whatever opens it. */
	static final Input INPUT = new Input("userGuide.title");

	/**
	 * Opens the guide: at the section of the notation of the page's active editor (F1 on a model), else
	 * at its start.
	 */
	static void open(IWorkbenchPage page) {
		String anchor = null;
		IEditorPart active = page.getActiveEditor();
		if (active instanceof UserGuideEditor && page.getActivePart() == active) {
			// F1 in the guide itself (also the second half of F1 pressed in a diagram's browser, which the
			// guide, active by then, receives): it stays where it is
			return;
		}
		IFile file = active == null ? null : active.getEditorInput().getAdapter(IFile.class);
		if (file != null && file.getFileExtension() != null && Notations.byId(file.getFileExtension()).isPresent()) {
			anchor = file.getFileExtension();
		}
		open(page, anchor);
	}

	/** Opens the guide at a section (an anchor, such as {@code analyses}), or at its start when null. */
	static void open(IWorkbenchPage page, String anchor) {
		try {
			if (page.findEditor(INPUT) instanceof UserGuideEditor open && open.browser != null) {
				page.activate(open);
				open.showGuide(anchor);
			} else {
				// a new editor loads its page at the anchor at once: a second address while the first still
				// loads would not move the page
				firstAnchor = anchor;
				page.openEditor(INPUT, ID);
			}
		} catch (PartInitException e) {
			Platform.getLog(UserGuideEditor.class).log(e.getStatus());
		}
	}

	private static synchronized Path pages() throws IOException {
		if (folder == null) {
			guide = Guide.installed();
			Path target = Platform.getStateLocation(FrameworkUtil.getBundle(UserGuideEditor.class)).append("help").toPath();
			guide.write(target);
			folder = target;
		}
		return folder;
	}

	@Override
	public void createPartControl(Composite parent) {
		language = Languages.current();
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite side = new Composite(sash, SWT.NONE);
		side.setLayout(new GridLayout(1, false));
		search = new Text(side, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(UiMessages.text("userGuide.search"));
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		list = new Table(side, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		try {
			pages();
			browser = new Browser(sash, SWT.NONE);
			browser.addLocationListener(new LocationAdapter() {
				@Override
				public void changing(LocationEvent event) {
					// the web's pages in the system's browser; the guide's own in here
					if (event.location.matches("(?i)https?:.*")) {
						event.doit = false;
						Program.launch(event.location);
					}
				}
			});
			browser.addProgressListener(new ProgressAdapter() {
				@Override
				public void completed(ProgressEvent event) {
					shown();
				}
			});
			search.addModifyListener(e -> fill(search.getText()));
			search.addListener(SWT.DefaultSelection, e -> {
				if (list.getItemCount() > 0) {
					list.setSelection(0);
					go(list.getItem(0));
				}
			});
			list.addListener(SWT.Selection, e -> go((TableItem) e.item));
			list.addListener(SWT.DefaultSelection, e -> go((TableItem) e.item));
			sash.setWeights(27, 73);
			fill("");
			showGuide(firstAnchor);
			firstAnchor = null;
		} catch (IOException | SWTError e) {
			sash.dispose();
			new Label(parent, SWT.WRAP).setText(UiMessages.text("editor.diagram.noBrowser", String.valueOf(e.getMessage())));
		}
	}

	/** The list beside the page: the guide's contents, or the sections a search finds. */
	private void fill(String text) {
		query = text.strip();
		list.removeAll();
		if (query.isEmpty()) {
			for (Section section : guide.sections(guide.guidePage(language))) {
				if (section.level() <= 2) {
					item(section.level() == 1 ? section.title() : "  " + section.title(), section);
				}
			}
			return;
		}
		List<Hit> hits = guide.search(language, query);
		for (Hit hit : hits) {
			Section section = hit.section();
			// a hit in an English reference page says which page it is in
			item(section.page().startsWith("guide/") ? section.title()
					: UiMessages.text("userGuide.englishPage", section.title(), guide.sections(section.page()).get(0).title()), section);
		}
		if (hits.isEmpty()) {
			new TableItem(list, SWT.NONE).setText(UiMessages.text("userGuide.noHits"));
		}
	}

	private TableItem item(String label, Section section) {
		TableItem item = new TableItem(list, SWT.NONE);
		item.setText(label);
		item.setData(section);
		return item;
	}

	private void go(TableItem item) {
		if (item != null && item.getData() instanceof Section section) {
			show(section.page(), section.anchor());
		}
	}

	/** The guide in the workbench's language, at an anchor ("process") or its start. */
	void showGuide(String anchor) {
		show(guide.guidePage(language), anchor);
	}

	private void show(String page, String anchor) {
		String url = Guide.file(folder, page).toUri().toString();
		boolean loaded = browser.getUrl().startsWith(url);
		section = anchor;
		browser.setUrl(anchor == null ? url : url + "#" + anchor);
		if (loaded) {
			// a section of the page shown: no new page loads, so its words are marked now
			shown();
		}
	}

	/**
	 * A page is shown: the section asked for at the top (a page loaded into a browser not yet laid out
	 * does not scroll to its address's section by itself) and the words searched for marked.
	 */
	private void shown() {
		if (section != null && section.matches("[\\w-]+")) {
			browser.execute("var e = document.getElementById('" + section + "'); if (e) e.scrollIntoView();");
		}
		mark();
	}

	/** The words searched for, marked in the page shown. */
	private void mark() {
		if (browser == null || browser.isDisposed() || query.isEmpty()) {
			return;
		}
		String words = query.replace("\\", "").replace("'", "").replace("\"", "");
		browser.execute("(function(q){var w=q.toLowerCase().split(/\\s+/).filter(Boolean);if(!w.length)return;"
				+ "var t=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT),n,ns=[];while(n=t.nextNode())ns.push(n);"
				+ "ns.forEach(function(n){var s=n.nodeValue,l=s.toLowerCase(),i=-1,k;for(k=0;k<w.length&&i<0;k++)i=l.indexOf(w[k]);"
				+ "if(i<0||n.parentNode.nodeName==='MARK')return;var m=document.createElement('mark');var r=n.splitText(i);"
				+ "r.splitText(w[k-1].length);m.appendChild(r.cloneNode(true));r.parentNode.replaceChild(m,r);});})('" + words + "');");
	}

	@Override
	public void setFocus() {
		if (search != null && !search.isDisposed()) {
			search.setFocus();
		}
	}
}
