package org.verkstad.ui.teaching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.verkstad.core.Element;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;
import org.verkstad.templates.PackException;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;
import org.verkstad.ui.UiMessages;
import org.verkstad.ui.export.ModelExport;

/**
 * Create Template Pack…: a teacher makes a pack of a project's or folder's models. The first page asks
 * for the pack's title, course, author, version, language, the instructions in Swedish and English and
 * the pack file; the second shows the models and their elements, and a tick locks an element (those
 * tagged {@code locked} come ticked), so nobody types a tag.
 */
final class CreatePackWizard extends Wizard {

	/** A model file of the folder, read. */
	record Template(Path file, Model model) {
	}

	private final IContainer folder;
	private final Path path;
	private DetailsPage details;
	private LocksPage locks;

	CreatePackWizard(IContainer folder) {
		this.folder = folder;
		this.path = folder.getLocation().toFile().toPath();
		setWindowTitle(UiMessages.text("pack.create.title"));
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		details = new DetailsPage();
		locks = new LocksPage();
		addPage(details);
		addPage(locks);
	}

	@Override
	public boolean performFinish() {
		Map<String, List<String>> locked = locks.locked();
		Map<String, String> instructions = new LinkedHashMap<>();
		if (!details.sv.getText().isBlank()) {
			instructions.put("sv", details.sv.getText());
		}
		if (!details.en.getText().isBlank()) {
			instructions.put("en", details.en.getText());
		}
		Packs.Draft draft = new Packs.Draft(details.title.getText().strip(), blank(details.course.getText()),
				blank(details.author.getText()), details.version.getText().strip(), details.language.getText(), instructions,
				locked);
		Path out = Path.of(details.file.getText().strip());
		Shell shell = getShell().getParent() instanceof Shell parent ? parent : getShell();
		Display display = getShell().getDisplay();
		Job job = Job.create(UiMessages.text("pack.create.job", draft.title()), monitor -> {
			try {
				PackManifest made = Packs.create(path, draft, out);
				ModelExport.refresh(List.of(out), monitor);
				long count = made.templates().stream().mapToLong(t -> t.locked().size()).sum();
				display.asyncExec(() -> MessageDialog.openInformation(shell.isDisposed() ? null : shell,
						UiMessages.text("pack.create.title"), UiMessages.text("pack.create.done", out, made.templates().size(), count,
								made.checks().size())));
			} catch (PackException e) {
				display.asyncExec(() -> TeachingCommands.error(shell, "pack.create.title", e.message(Languages.current())));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return true;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The pack's manifest fields, its instructions and its file. */
	private final class DetailsPage extends WizardPage {
		Text title;
		Text course;
		Text author;
		Text version;
		Combo language;
		Text sv;
		Text en;
		Text file;

		DetailsPage() {
			super("details");
			setTitle(UiMessages.text("pack.create.detailsTitle"));
			setDescription(UiMessages.text("pack.create.detailsDescription", folder.getName()));
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			title = field(area, "pack.create.packTitle", folder.getName());
			course = field(area, "pack.create.course", "");
			author = field(area, "pack.create.author", System.getProperty("user.name", ""));
			version = field(area, "pack.create.version", "1");
			label(area, "pack.create.language");
			language = new Combo(area, SWT.READ_ONLY);
			language.setItems("sv", "en");
			language.setText(Languages.current().getLanguage().equals("en") ? "en" : "sv");
			language.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
			sv = instructions(area, "pack.create.instructionsSv");
			en = instructions(area, "pack.create.instructionsEn");
			label(area, "pack.create.file");
			file = new Text(area, SWT.BORDER | SWT.SINGLE);
			file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			file.setText(path.resolveSibling(folder.getName() + Packs.EXTENSION).toString());
			file.addModifyListener(e -> validate());
			Button browse = new Button(area, SWT.PUSH);
			browse.setText(UiMessages.text("pack.create.browse"));
			browse.addListener(SWT.Selection, e -> {
				FileDialog chooser = new FileDialog(getShell(), SWT.SAVE);
				chooser.setFilterExtensions(new String[] { "*" + Packs.EXTENSION });
				chooser.setFileName(Path.of(file.getText()).getFileName().toString());
				chooser.setFilterPath(path.getParent().toString());
				chooser.setOverwrite(true);
				String chosen = chooser.open();
				if (chosen != null) {
					file.setText(chosen.endsWith(Packs.EXTENSION) ? chosen : chosen + Packs.EXTENSION);
				}
			});
			title.addModifyListener(e -> validate());
			setControl(area);
			validate();
		}

		private void label(Composite area, String key) {
			new Label(area, SWT.NONE).setText(UiMessages.text(key));
		}

		private Text field(Composite area, String key, String value) {
			label(area, key);
			Text text = new Text(area, SWT.BORDER | SWT.SINGLE);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			text.setText(value);
			return text;
		}

		private Text instructions(Composite area, String key) {
			Label label = new Label(area, SWT.NONE);
			label.setText(UiMessages.text(key));
			label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			data.heightHint = 70;
			text.setLayoutData(data);
			return text;
		}

		private void validate() {
			String problem = title == null || title.getText().isBlank() ? UiMessages.text("pack.create.titleMissing")
					: file == null || file.getText().isBlank() ? UiMessages.text("pack.create.fileMissing") : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}

	/** The models and their elements; a tick locks an element. */
	private final class LocksPage extends WizardPage {
		private CheckboxTreeViewer viewer;
		private final List<Template> templates = new ArrayList<>();

		LocksPage() {
			super("locks");
			setTitle(UiMessages.text("pack.create.locksTitle"));
			setDescription(UiMessages.text("pack.create.locksDescription"));
		}

		@Override
		public void createControl(Composite parent) {
			List<String> unreadable = new ArrayList<>();
			try {
				var resourceSet = ModelIO.newResourceSet();
				try (var files = Files.list(path)) {
					for (Path f : (Iterable<Path>) files.filter(p -> ModelIO.isModelFile(resourceSet, p)).sorted()::iterator) {
						try {
							templates.add(new Template(f, ModelIO.load(resourceSet, f)));
						} catch (ModelFileException e) {
							unreadable.add(e.message(Languages.current()));
						}
					}
				}
			} catch (IOException e) {
				unreadable.add(String.valueOf(e.getMessage()));
			}
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(1, false));
			viewer = new CheckboxTreeViewer(area, SWT.BORDER);
			GridData tree = new GridData(SWT.FILL, SWT.FILL, true, true);
			tree.heightHint = 380; // the dialog fits the screen; the tree scrolls
			tree.widthHint = 640;
			viewer.getTree().setLayoutData(tree);
			viewer.setContentProvider(new ITreeContentProvider() {
				@Override
				public Object[] getElements(Object input) {
					return templates.toArray();
				}

				@Override
				public Object[] getChildren(Object parent) {
					return children(parent instanceof Template t ? t.model() : (EObject) parent).toArray();
				}

				@Override
				public Object getParent(Object element) {
					return null;
				}

				@Override
				public boolean hasChildren(Object element) {
					return getChildren(element).length > 0;
				}
			});
			viewer.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof Template t ? t.file().getFileName().toString()
							: Labels.of((EObject) element, Languages.current());
				}
			});
			viewer.setInput(templates);
			viewer.expandToLevel(2);
			for (Template t : templates) {
				t.model().eAllContents().forEachRemaining(o -> {
					if (o instanceof Element e && e.getTags().contains(Packs.LOCKED_TAG)) {
						viewer.setChecked(e, true);
						viewer.reveal(e);
					}
				});
			}
			// the space bar ticks the chosen elements (GTK's tree leaves it to the application)
			viewer.getTree().addListener(SWT.KeyDown, e -> {
				if (e.character == ' ') {
					for (Object chosen : viewer.getStructuredSelection().toList()) {
						if (!(chosen instanceof Template)) {
							viewer.setChecked(chosen, !viewer.getChecked(chosen));
						}
					}
					e.doit = false;
				}
			});
			viewer.addCheckStateListener(e -> {
				if (e.getElement() instanceof Template) {
					viewer.setChecked(e.getElement(), false); // a file is a template, not a locked element
				}
			});
			if (!unreadable.isEmpty()) {
				setErrorMessage(String.join("\n", unreadable));
			}
			setControl(area);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible && viewer != null) {
				viewer.getTree().setFocus(); // typing finds an element, the space bar ticks it
			}
		}

		/** The elements directly inside an object (through the objects between that are no elements). */
		private List<Element> children(EObject parent) {
			List<Element> found = new ArrayList<>();
			for (EObject child : parent.eContents()) {
				if (child instanceof Element e && e.getId() != null) {
					found.add(e);
				} else if (!(child instanceof Element)) {
					found.addAll(children(child));
				}
			}
			return found;
		}

		/** The ids of the ticked elements by file name; every file has an entry (so tags no longer count). */
		Map<String, List<String>> locked() {
			if (viewer == null) {
				return null;
			}
			Set<Object> checked = new HashSet<>(List.of(viewer.getCheckedElements()));
			Map<String, List<String>> byFile = new LinkedHashMap<>();
			for (Template t : templates) {
				List<String> ids = new ArrayList<>();
				t.model().eAllContents().forEachRemaining(o -> {
					if (o instanceof Element e && e.getId() != null && checked.contains(e)) {
						ids.add(e.getId());
					}
				});
				byFile.put(t.file().getFileName().toString(), ids);
			}
			return byFile;
		}
	}
}
