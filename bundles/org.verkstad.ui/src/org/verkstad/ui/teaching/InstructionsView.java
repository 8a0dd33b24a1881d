package org.verkstad.ui.teaching;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.verkstad.core.nls.Languages;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;
import org.verkstad.templates.TemplateOrigin;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.editor.ModelEditor;

/**
 * The teacher's instructions beside the model: the instructions of the pack the active model editor's
 * model was made from (its {@code template "pack:…"} line), in the language of the workbench (else the
 * other one). It follows the active editor.
 */
public final class InstructionsView extends ViewPart {

	public static final String ID = "org.verkstad.ui.instructions";

	/** The template line in the text format or in XMI. */
	private static final Pattern ORIGIN = Pattern.compile("(?:\\btemplate\\s+\"|templateOrigin=\")(pack:[^\"]+)\"");

	private Label heading;
	private StyledText text;
	private Font bold;

	private final IPartListener2 follow = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			show(ref.getPart(false));
		}

		@Override
		public void partInputChanged(IWorkbenchPartReference ref) {
			show(ref.getPart(false));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		FontData[] data = heading.getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		bold = new Font(parent.getDisplay(), data);
		heading.setFont(bold);
		text = new StyledText(parent, SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setMargins(4, 4, 4, 4);
		getSite().getPage().addPartListener(follow);
		show(getSite().getPage().getActiveEditor());
	}

	/** Shows the instructions for a part when it is a model editor. */
	private void show(IWorkbenchPart part) {
		if (!(part instanceof ModelEditor editor) || text == null || text.isDisposed()) {
			return;
		}
		Optional<PackManifest> pack = pack(editor.text());
		heading.setText(pack.map(m -> m.title() + (m.course() == null ? "" : " \u2013 " + m.course())).orElse(""));
		text.setText(pack.map(InstructionsView::instructions).orElse(UiMessages.text("instructions.none")));
		heading.getParent().layout();
	}

	/** The installed pack a model's text names in its template line. */
	static Optional<PackManifest> pack(String modelText) {
		Matcher m = modelText == null ? null : ORIGIN.matcher(modelText);
		if (m == null || !m.find()) {
			return Optional.empty();
		}
		return TemplateOrigin.parse(m.group(1)).flatMap(o -> Packs.installed(Packs.folder(), o.packId()))
				.map(Packs.Installed::manifest);
	}

	/** The instructions in the workbench's language, else in the other one, else a note that there are none. */
	static String instructions(PackManifest manifest) {
		Map<String, String> all = manifest.instructions();
		String language = Languages.current().getLanguage();
		String chosen = all.getOrDefault(language, all.get("sv".equals(language) ? "en" : "sv"));
		return chosen == null || chosen.isBlank() ? UiMessages.text("instructions.empty", manifest.title()) : chosen;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(follow);
		if (bold != null) {
			bold.dispose();
		}
		super.dispose();
	}
}
