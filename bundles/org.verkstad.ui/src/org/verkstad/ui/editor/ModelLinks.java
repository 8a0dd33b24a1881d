package org.verkstad.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.ide.IDE;
import org.verkstad.core.CorePackage;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Labels;
import org.verkstad.diagram.server.LiveDocuments;
import org.verkstad.ui.UiMessages;

/**
 * The cross-model links of a course's models: opening the element a link goes to in its own editor,
 * and finding what links to an element. Links go between the model files of one folder; files an
 * editor holds count as their editor's text, saved or not.
 */
final class ModelLinks {

	/** An element that links to another: where it is, and how the link is called. */
	record Referrer(Path file, String elementId, String label, int line) {
	}

	private ModelLinks() {
	}

	/** The element the first resolved link of these elements goes to, or null. */
	static EObject firstTarget(List<Element> elements) {
		return elements.stream().flatMap(e -> e.getLinks().stream()).map(Link::getTarget)
				.filter(t -> t != null && !t.eIsProxy()).findFirst().orElse(null);
	}

	/** The elements of a file's folder that link to the element {@code id} of {@code file}. */
	static List<Referrer> to(Path file, String id, Locale locale) {
		Path target = file.toAbsolutePath().normalize();
		ResourceSet resourceSet = ModelIO.newResourceSet();
		try {
			// the file and, beside it, every model file of its folder
			ModelIO.load(resourceSet, target, bytes(target));
		} catch (ModelFileException | IOException e) {
			return List.of();
		}
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			Path path = path(resource);
			LiveDocuments.Document document = path == null || path.equals(target) ? null : LiveDocuments.of(path);
			if (document != null) {
				try {
					ModelIO.load(resourceSet, path, document.text().getBytes(StandardCharsets.UTF_8));
				} catch (ModelFileException unreadable) {
					// its links are not found while its text cannot be read
				}
			}
		}
		List<Referrer> referrers = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				if (all.next() instanceof Element source) {
					for (Link link : source.getLinks()) {
						Element linked = link.getTarget();
						if (linked != null && !linked.eIsProxy() && id.equals(linked.getId()) && target.equals(path(linked.eResource()))) {
							String kind = link.getKind() == null ? ""
									: Labels.literal(CorePackage.Literals.LINK_KIND.getEEnumLiteral(link.getKind().getValue()), locale);
							referrers.add(new Referrer(path(resource), source.getId(),
									UiMessages.text("links.referrer", kind, Labels.of(source, locale), path(resource).getFileName(),
											SourceLines.line(source)),
									SourceLines.line(source)));
						}
					}
				}
			}
		}
		return referrers;
	}

	private static byte[] bytes(Path file) throws IOException {
		LiveDocuments.Document document = LiveDocuments.of(file);
		return document != null ? document.text().getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file);
	}

	private static Path path(Resource resource) {
		return resource == null || !resource.getURI().isFile() ? null
				: Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
	}

	/**
	 * Lists what in the folder of {@code file} links to {@code element} and opens the one chosen (Edit ›
	 * Links to This Element); says so when nothing does.
	 */
	static void chooseReferrer(IWorkbenchPage page, Path file, Element element) {
		Shell shell = page.getWorkbenchWindow().getShell();
		if (element == null || element.getId() == null) {
			MessageDialog.openInformation(shell, UiMessages.text("links.chooseTitle"), UiMessages.text("links.chooseElement"));
			return;
		}
		Locale locale = Languages.current();
		String name = Labels.of(element, locale);
		List<Referrer> referrers = to(file, element.getId(), locale);
		if (referrers.isEmpty()) {
			MessageDialog.openInformation(shell, UiMessages.text("links.title", name), UiMessages.text("links.nothing", name));
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object referrer) {
				return ((Referrer) referrer).label();
			}
		});
		dialog.setTitle(UiMessages.text("links.title", name));
		dialog.setMessage(UiMessages.text("links.message", name));
		dialog.setElements(referrers.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Referrer chosen) {
			try {
				open(page, chosen.file(), chosen.elementId());
			} catch (PartInitException e) {
				MessageDialog.openError(shell, UiMessages.text("links.title", name), e.getMessage());
			}
		}
	}

	/** Opens an element of a model file of the workspace in its editor, and shows it there. */
	static void open(IWorkbenchPage page, Path file, String elementId) throws PartInitException {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		if (files.length == 0) {
			throw new PartInitException(UiMessages.text("links.notInWorkspace", file));
		}
		IEditorPart editor = IDE.openEditor(page, files[0], true);
		if (editor instanceof ModelEditor model) {
			model.show(elementId);
		}
	}

	/**
	 * Opens a link's target in its editor (Edit › Open Linked Element), or says in the status line that
	 * there is none; an editor that cannot open says why.
	 */
	static void openOrTell(IWorkbenchPart part, EObject target, Consumer<String> status) {
		if (target == null) {
			status.accept(UiMessages.text("links.none"));
			return;
		}
		try {
			open(part.getSite().getPage(), target);
		} catch (PartInitException e) {
			MessageDialog.openError(part.getSite().getShell(), part.getTitle(), e.getMessage());
		}
	}

	/** Opens the element a link (or a reference in the text) goes to. */
	static void open(IWorkbenchPage page, EObject target) throws PartInitException {
		Path file = path(target.eResource());
		if (file == null || !(target instanceof Element element)) {
			throw new PartInitException(UiMessages.text("links.notInWorkspace", String.valueOf(target)));
		}
		open(page, file, element.getId());
	}
}
