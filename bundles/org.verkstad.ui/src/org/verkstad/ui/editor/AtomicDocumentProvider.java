package org.verkstad.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.TextEncoding;
import org.verkstad.ui.UiMessages;

/**
 * The model editor's documents: a model file is saved as {@code verkstad} saves it, atomically and
 * keeping the previous version ({@link AtomicFiles}), never half-written; the workspace's own save
 * writes into the file in place. Model files are written as UTF-8 and read in whatever encoding other
 * tools wrote them ({@link TextEncoding}), so no å, ä or ö becomes U+FFFD on the first save.
 */
final class AtomicDocumentProvider extends FileDocumentProvider {

	/** The encoding the last document was read in, when it was not UTF-8 (the editor tells the user). */
	private TextEncoding.Decoded converted;

	@Override
	protected void setDocumentContent(IDocument document, InputStream contentStream, String encoding) throws CoreException {
		try (InputStream in = contentStream) {
			TextEncoding.Decoded decoded = TextEncoding.decode(in.readAllBytes());
			converted = decoded.converted() ? decoded : null;
			document.set(decoded.text());
		} catch (IOException e) {
			throw new CoreException(Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	/** The encoding the document was read in when it was not UTF-8 and will change on saving, else null. */
	String convertedFrom() {
		return converted == null ? null : converted.charsetName();
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		IFile file = element instanceof IFileEditorInput input ? input.getFile() : null;
		if (file == null || !file.exists() || file.getLocation() == null) {
			super.doSaveDocument(monitor, element, document, overwrite);
			return;
		}
		FileInfo info = (FileInfo) getElementInfo(element);
		if (info != null && !overwrite) {
			checkSynchronizationState(info.fModificationStamp, file);
		}
		fireElementStateChanging(element);
		Path path = file.getLocation().toFile().toPath();
		try {
			AtomicFiles.write(path, document.get().getBytes(StandardCharsets.UTF_8));
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		} catch (IOException e) {
			fireElementStateChangeFailed(element);
			throw new CoreException(Status.error(UiMessages.text("editor.saveFailed", path, String.valueOf(e.getMessage())), e));
		} catch (CoreException | RuntimeException e) {
			fireElementStateChangeFailed(element);
			throw e;
		}
		if (info != null) {
			if (info.fModel instanceof ResourceMarkerAnnotationModel markers) {
				markers.updateMarkers(info.fDocument);
			}
			info.fModificationStamp = computeModificationStamp(file);
		}
	}

	/** Saving refreshes the file in the workspace, which needs its folder's rule too. */
	@Override
	protected ISchedulingRule getSaveRule(Object element) {
		if (element instanceof IFileEditorInput input) {
			IResourceRuleFactory rules = ResourcesPlugin.getWorkspace().getRuleFactory();
			return MultiRule.combine(rules.modifyRule(input.getFile()), rules.refreshRule(input.getFile()));
		}
		return super.getSaveRule(element);
	}

	@Override
	public String getEncoding(Object element) {
		return StandardCharsets.UTF_8.name();
	}

	@Override
	public String getDefaultEncoding() {
		return StandardCharsets.UTF_8.name();
	}
}
