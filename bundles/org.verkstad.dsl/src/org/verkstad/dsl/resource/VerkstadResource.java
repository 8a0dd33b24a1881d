package org.verkstad.dsl.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.PartlyRead;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.io.TextEncoding;
import org.verkstad.core.nls.Languages;
import org.verkstad.dsl.messages.DslMessages;
import org.verkstad.dsl.serializer.CanonicalOrder;

/**
 * A text model file: read in whatever encoding people's tools wrote it ({@link TextEncoding}; written
 * back as UTF-8, with a warning when that changes the file's bytes), after parsing each element
 * remembers its line for messages ("file:line"); a model that was never text is written formatted.
 */
public class VerkstadResource extends LazyLinkingResource implements PartlyRead {

	private TextEncoding.Decoded decoded;

	/** Reads the whole file and decodes it: never a U+FFFD for a byte that was readable. */
	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		decoded = TextEncoding.decode(inputStream.readAllBytes());
		return new StringReader(decoded.text());
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		decoded = null;
		super.doLoad(inputStream, options);
		if (decoded != null && decoded.converted()) {
			getWarnings().add(new EncodingWarning(decoded.charsetName()));
		}
		if (!startsWithItsKeyword()) {
			// text that is not a model of this kind at all (a letter, XML, another kind of model): the
			// parser's recovery may still have made an element of it, which would only hide the mistake
			getContents().clear();
		}
		for (EObject root : getContents()) {
			record(root);
			root.eAllContents().forEachRemaining(VerkstadResource::record);
		}
	}

	/** A model that was not read from text (new, or converted from XMI), or one asked for, is written formatted. */
	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		Map<Object, Object> effective = options == null ? new HashMap<>() : new HashMap<>(options);
		if (getParseResult() == null || getParseResult().getRootNode() == null
				|| Boolean.TRUE.equals(effective.get(ModelIO.OPTION_FORMAT))) {
			SaveOptions.newBuilder().format().getOptions().addTo(effective);
			// laid out anew: each element's parts in the one order of the grammar
			IOException failed = CanonicalOrder.formatting(() -> {
				try {
					super.doSave(outputStream, effective);
					return null;
				} catch (IOException e) {
					return e;
				}
			});
			if (failed != null) {
				throw failed;
			}
			return;
		}
		// a change by a program: the text as it was, with new lines indented like their neighbours
		ByteArrayOutputStream changed = new ByteArrayOutputStream();
		super.doSave(changed, effective);
		String original = getParseResult().getRootNode().getText();
		outputStream.write(Indentation.ofNewLines(original, changed.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
	}

	/** Whether the text starts (after comments) with the keyword its model begins with, read as that keyword. */
	private boolean startsWithItsKeyword() {
		if (getParseResult() == null || getParseResult().getRootNode() == null || !getParseResult().hasSyntaxErrors()) {
			return true;
		}
		for (ILeafNode leaf : getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getGrammarElement() instanceof Keyword && leaf.getSyntaxErrorMessage() == null
						&& leaf.getParent().getSyntaxErrorMessage() == null;
			}
		}
		return true;
	}

	/** The syntax errors, unknown units and unreadable numbers; not the names that could not be followed. */
	@Override
	public List<Resource.Diagnostic> readMistakes() {
		if (getParseResult() == null || !getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		return getErrors().stream().filter(XtextSyntaxDiagnostic.class::isInstance).toList();
	}

	private static void record(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node != null) {
			SourceLines.record(object, node.getStartLine());
		}
	}

	/** The file was not UTF-8: it was read in another encoding and will be saved as UTF-8. */
	private static final class EncodingWarning implements Resource.Diagnostic {
		private final String charset;

		EncodingWarning(String charset) {
			this.charset = charset;
		}

		@Override
		public String getMessage() {
			return DslMessages.get(Languages.current(), "encoding.converted", charset);
		}

		@Override
		public String getLocation() {
			return null;
		}

		@Override
		public int getLine() {
			return 1;
		}

		@Override
		public int getColumn() {
			return 1;
		}
	}
}
