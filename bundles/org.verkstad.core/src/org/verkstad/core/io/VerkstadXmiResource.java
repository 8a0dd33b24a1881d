package org.verkstad.core.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI as Verkstad reads and writes it: UTF-8, no DTDs or external entities (files from others are
 * untrusted), no metamodel loaded from a namespace or schema location, element ids as the XMI ids, and
 * each element's line remembered for messages.
 */
public class VerkstadXmiResource extends XMIResourceImpl {

	/** Creates {@link VerkstadXmiResource}s; register it for the {@code xmi} extension. */
	public static final class Factory extends ResourceFactoryImpl {
		@Override
		public Resource createResource(URI uri) {
			return new VerkstadXmiResource(uri);
		}
	}

	private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl(true);
	/** Shared by all loads; EMF stores null for names it did not find, so no ConcurrentHashMap. */
	private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

	public VerkstadXmiResource(URI uri) {
		super(uri);
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
				XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));
		// an unknown namespace is not a place to load a metamodel from (see LocalFilesOnly)
		load.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		// EMF's documented load-performance options
		load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
		load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, 100);
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		setEncoding("UTF-8");
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new LineRecordingHandler(resource, helper, options);
			}
		};
	}

	private static final class LineRecordingHandler extends SAXXMIHandler {
		LineRecordingHandler(XMLResource xmiResource, XMLHelper helper, Map<?, ?> options) {
			super(xmiResource, helper, options);
		}

		@Override
		protected void handleObjectAttribs(EObject object) {
			if (object != null) {
				SourceLines.record(object, getLineNumber());
			}
			super.handleObjectAttribs(object);
		}
	}
}
