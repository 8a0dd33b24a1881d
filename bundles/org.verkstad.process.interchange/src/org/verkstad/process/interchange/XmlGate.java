package org.verkstad.process.interchange;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verkstad.core.io.ModelIO;
import org.verkstad.export.interchange.InterchangeException;
import org.xml.sax.SAXParseException;

/**
 * The first look at a foreign XML file, before any library builds a tree of it: refused when it has a
 * DOCTYPE (and so entities), is not well-formed, holds more elements than a model may, or is not of the
 * expected kind, each with the line; what passes gives the line of each element by its id, for the
 * import's summary.
 */
final class XmlGate {

	/** The lines of the elements of a file, by their ids. */
	static final class Lines {
		private final Map<String, Integer> byId = new HashMap<>();

		int of(String id) {
			return byId.getOrDefault(id, 0);
		}
	}

	private XmlGate() {
	}

	static Lines check(Path file, byte[] content, String namespace) throws InterchangeException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		Lines lines = new Lines();
		XMLStreamReader reader = null;
		int elements = 0;
		try {
			reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
			boolean root = true;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new InterchangeException(BpmnInterchange.MESSAGES, file, reader.getLocation().getLineNumber(), "xml.doctype", null);
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if (root && !(namespace.equals(reader.getNamespaceURI()) && "definitions".equals(reader.getLocalName()))) {
					throw new InterchangeException(BpmnInterchange.MESSAGES, file, reader.getLocation().getLineNumber(), "bpmn.notBpmn", null,
							reader.getLocalName());
				}
				root = false;
				if (++elements > 4 * ModelIO.MAX_ELEMENTS) {
					throw new InterchangeException(BpmnInterchange.MESSAGES, file, reader.getLocation().getLineNumber(), "xml.tooMany", null,
							4 * ModelIO.MAX_ELEMENTS);
				}
				String id = reader.getAttributeValue(null, "id");
				if (id != null) {
					lines.byId.putIfAbsent(id, reader.getLocation().getLineNumber());
				}
			}
			return lines;
		} catch (XMLStreamException e) {
			Location at = e.getLocation();
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, at == null ? 0 : at.getLineNumber(), "xml.malformed", e,
					plain(e.getMessage()));
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException e) {
					// nothing left to read
				}
			}
		}
	}

	/** The innermost cause's message, with the line when the parser gave one. */
	static String cause(Throwable e) {
		Throwable c = e;
		while (c.getCause() != null && c.getCause() != c) {
			c = c.getCause();
		}
		String message = plain(c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
		return c instanceof SAXParseException p && p.getLineNumber() > 0 ? p.getLineNumber() + ": " + message : message;
	}

	/** A parser's message without its "ParseError at [row,col]:" prefix and line breaks. */
	private static String plain(String message) {
		if (message == null) {
			return "";
		}
		String m = message.replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
		return m.replaceAll("\\s+", " ").strip();
	}
}
