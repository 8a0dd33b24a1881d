package org.verkstad.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.SourceLines;

/**
 * A text model file: after parsing, each element remembers its line for messages ("file:line"); a
 * model that was never text is written formatted.
 */
public class VerkstadResource extends LazyLinkingResource {

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		super.doLoad(inputStream, options);
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
		}
		super.doSave(outputStream, effective);
	}

	private static void record(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node != null) {
			SourceLines.record(object, node.getStartLine());
		}
	}
}
