package org.verkstad.dsl.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.io.TextEncoding;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.PartlyRead;
import org.verkstad.core.validation.TextFix;
import org.verkstad.core.notation.Units;
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
		String text = Indentation.ofNewLines(original, changed.toString(StandardCharsets.UTF_8));
		// the serializer drops the file's last line break when something was added at its end
		if (original.endsWith("\n") && !text.endsWith("\n")) {
			text += "\n";
		}
		outputStream.write(text.getBytes(StandardCharsets.UTF_8));
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
		// the parser's recovery may stumble again on the rest of a line ("time en kvart": a number is
		// expected, then "kvart" does not fit): one mistake per line
		List<Resource.Diagnostic> mistakes = new ArrayList<>();
		for (Resource.Diagnostic error : getErrors()) {
			if (error instanceof XtextSyntaxDiagnostic
					&& (mistakes.isEmpty() || mistakes.get(mistakes.size() - 1).getLine() != error.getLine())) {
				mistakes.add(error);
			}
		}
		return mistakes;
	}

	/**
	 * An unknown unit of a time or a cost: the unit meant, when a known one is at most two letters away
	 * (safe to write when it is the only one).
	 */
	@Override
	public List<Fix> fixes(Resource.Diagnostic mistake) {
		if (!(mistake instanceof XtextSyntaxDiagnostic syntax) || getParseResult() == null) {
			return List.of();
		}
		ICompositeNode root = getParseResult().getRootNode();
		String text = root.getText();
		int offset = syntax.getOffset();
		if (offset < 0 || offset + syntax.getLength() > text.length()) {
			return List.of();
		}
		String rule = valueRule(NodeModelUtils.findLeafNodeAtOffset(root, offset));
		Units.Written written = rule == null ? null : Units.read(text.substring(offset, offset + syntax.getLength()));
		if (written == null || written.unit() == null) {
			return List.of();
		}
		boolean money = rule.equals("Money");
		String unit = written.unit();
		if (money ? Units.currency(unit) : Units.minutes(unit) != null) {
			return List.of();
		}
		int at = offset + text.substring(offset, offset + syntax.getLength()).lastIndexOf(unit);
		List<String> meant = Units.meant(unit, money);
		return meant.stream().<Fix>map(other -> new TextFix(meant.size() == 1, at, unit, other, DslMessages.MESSAGES,
				"fix.unit", unit, other)).toList();
	}

	/** The rule of a value with a unit (Duration, Money) the node belongs to, or null. */
	private static String valueRule(INode node) {
		for (INode current = node; current != null; current = current.getParent()) {
			if (current.getGrammarElement() instanceof RuleCall call
					&& ("Duration".equals(call.getRule().getName()) || "Money".equals(call.getRule().getName()))) {
				return call.getRule().getName();
			}
		}
		return null;
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
