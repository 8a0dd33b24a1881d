package org.verkstad.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.verkstad.core.nls.Languages;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.editor.ModelEditor;

/**
 * The figures of the model in the active editor, beside Properties (see {@link AnalysisPage}). It follows
 * the active model editor and is made anew, in the background, each time the editor has read its text
 * again: when typing pauses and after every edit on the diagram. The content is replaced in the loaded
 * page, so the place the reader scrolled to stays. A link to the guide opens it at its figures.
 */
public final class AnalysisView extends ViewPart {

	public static final String ID = "org.verkstad.ui.analysis";

	private Browser browser;
	/** The editor whose model is shown, or null. */
	private ModelEditor shown;
	/** Whether the page around the content has loaded, and the content waiting for it. */
	private boolean loaded;
	private String waiting;
	/** The text and file to make the content of next (the latest wins). */
	private volatile Path file;
	private volatile String text;

	private final Job job = Job.create(UiMessages.text("analysis.job"), monitor -> {
		Path f = file;
		String t = text;
		Locale locale = Languages.current();
		String made = f == null ? AnalysisPage.none() : AnalysisPage.of(f, t, locale);
		if (browser != null && !browser.isDisposed()) {
			browser.getDisplay().asyncExec(() -> {
				if (f == file && t == text) { // nothing newer asked for meanwhile
					show(made);
				}
			});
		}
		return Status.OK_STATUS;
	});

	private final IPropertyListener modelRead = (source, property) -> {
		if (property == ModelEditor.PROP_MODEL_READ && source == shown) {
			refresh();
		}
	};

	private final IPartListener2 follow = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == shown) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		job.setSystem(true);
		browser = new Browser(parent, SWT.NONE);
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				loaded = true;
				if (waiting != null) {
					show(waiting);
				}
			}
		});
		browser.addLocationListener(new LocationAdapter() {
			@Override
			public void changing(LocationEvent event) {
				if (event.location.startsWith("verkstad:guide/")) {
					event.doit = false;
					UserGuideEditor.open(getSite().getPage(), event.location.substring("verkstad:guide/".length()));
				}
			}
		});
		browser.setText(AnalysisPage.skeleton());
		getSite().getPage().addPartListener(follow);
		follow(getSite().getPage().getActiveEditor());
		if (shown == null) {
			refresh();
		}
	}

	/** Shows the model of a part when it is a model editor; other parts leave the view as it is. */
	private void follow(IWorkbenchPart part) {
		if (part == null) {
			listenTo(null);
			refresh();
		} else if (part instanceof ModelEditor editor && editor != shown) {
			listenTo(editor);
			refresh();
		}
	}

	private void listenTo(ModelEditor editor) {
		if (shown != null) {
			shown.removePropertyListener(modelRead);
		}
		shown = editor;
		if (editor != null) {
			editor.addPropertyListener(modelRead);
		}
	}

	/** Makes the content anew for the shown editor's text as it is now. */
	private void refresh() {
		if (shown != null && shown.getEditorInput() instanceof IFileEditorInput input && input.getFile().getLocation() != null) {
			text = shown.text();
			file = input.getFile().getLocation().toFile().toPath();
		} else {
			text = null;
			file = null;
		}
		job.cancel();
		job.schedule(100);
	}

	/** Puts content into the page, in place. */
	private void show(String html) {
		if (browser == null || browser.isDisposed()) {
			return;
		}
		if (!loaded) {
			waiting = html;
			return;
		}
		waiting = null;
		browser.execute("document.getElementById('page').innerHTML = " + jsString(html) + ";");
		trace(html);
	}

	/**
	 * With {@code -Dverkstad.analysisTrace=FILE} (set through {@code JDK_JAVA_OPTIONS}), the content shown
	 * last is written to FILE, whole or not at all: the product's tests read what the view shows from it.
	 */
	private static void trace(String html) {
		String file = System.getProperty("verkstad.analysisTrace");
		if (file != null) {
			try {
				Path target = Path.of(file);
				Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
				Files.writeString(temporary, html);
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException e) {
				Platform.getLog(AnalysisView.class).error("Analysis trace " + file, e);
			}
		}
	}

	/** A JavaScript string literal of a text. */
	static String jsString(String s) {
		StringBuilder b = new StringBuilder(s.length() + 16).append('\'');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '\\' -> b.append("\\\\");
			case '\'' -> b.append("\\'");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\u2028' -> b.append("\\u2028");
			case '\u2029' -> b.append("\\u2029");
			case '<' -> b.append("\\x3c"); // no "</script>" in the page's text
			default -> b.append(c);
			}
		}
		return b.append('\'').toString();
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void dispose() {
		job.cancel();
		getSite().getPage().removePartListener(follow);
		listenTo(null);
		super.dispose();
	}
}
