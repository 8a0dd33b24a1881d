package org.verkstad.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.Fixes;
import org.verkstad.ui.checks.ModelChecks;

/**
 * Quick fix in the Problems view (its menu, Ctrl+1): a finding's fixes, each made in the model's editor
 * (opened when it is not) as one change of its text, so that one undo there takes it back.
 */
public final class FixResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(ModelChecks.FIXABLE, false);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
		return labels(file, line).stream().map(label -> new Resolution(file, line, label)).toArray(IMarkerResolution[]::new);
	}

	/** What the fixes at the line are called: for the text in the open editor, else for the file as saved. */
	private static List<String> labels(IFile file, int line) {
		IWorkbenchPage page = page();
		if (page != null && page.findEditor(new FileEditorInput(file)) instanceof ModelEditor editor) {
			return editor.fixes().at(line).stream().map(fix -> fix.label(Languages.current())).toList();
		}
		if (file.getLocation() == null) {
			return List.of();
		}
		try {
			Model model = ModelIO.load(ModelIO.newResourceSet(), file.getLocation().toFile().toPath());
			return Fixes.onLine(model.eResource(), line).stream().map(fix -> fix.label(Languages.current())).toList();
		} catch (ModelFileException e) {
			return List.of();
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** One fix: the file's editor opened, and the fix of that name made there. */
	private record Resolution(IFile file, int line, String getLabel) implements IMarkerResolution {

		@Override
		public void run(IMarker marker) {
			IWorkbenchPage page = page();
			if (page == null) {
				return;
			}
			try {
				IEditorPart part = IDE.openEditor(page, file);
				if (part instanceof ModelEditor editor) {
					for (Fix fix : editor.fixes().at(line)) {
						if (fix.label(Languages.current()).equals(getLabel)) {
							editor.fixes().apply(fix);
							return;
						}
					}
				}
			} catch (PartInitException e) {
				Platform.getLog(FixResolutions.class).log(e.getStatus());
			}
		}
	}
}
