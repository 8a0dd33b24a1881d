package org.verkstad.process.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.impl.BpmnParser;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.Collaboration;
import org.operaton.bpm.model.bpmn.instance.Definitions;
import org.operaton.bpm.model.bpmn.instance.Documentation;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.Participant;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.dc.Bounds;
import org.operaton.bpm.model.xml.ModelException;
import org.operaton.bpm.model.xml.instance.DomDocument;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.layout.Box;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.InterchangeException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a BPMN 2.0 file into {@link Sketch}es, one per pool (or process), through Operaton's BPMN model
 * API. The file is first read by {@link XmlGate} (no DOCTYPE, no entities, bounded size and element
 * count, lines for the summary); schema mistakes become notes, not a refusal, since modelling tools
 * write files that bend the schema and what can be read is still worth having.
 *
 * <p>Mapping: every task type, call activity and collapsed sub-process is an activity; an expanded
 * sub-process is flattened into its lane (its start and end events are left out and the flows joined
 * through); exclusive, inclusive, event-based and complex gateways are decisions, parallel gateways
 * parallel splits and joins; intermediate events are activities named after them; a boundary event's
 * outgoing flow leaves its activity, labelled with the event's name; data stores and data objects
 * associated with an activity are its systems and documents; text annotations are remarks of what
 * they are associated with (of the map when nothing).
 */
final class BpmnSource {

	private final Path file;
	final Tally tally;
	private final XmlGate.Lines lines;
	final BpmnModelInstance bpmn;
	final Map<String, Box> shapes = new HashMap<>();
	final Map<String, Boolean> expanded = new HashMap<>();
	boolean vertical;

	private BpmnSource(Path file, Tally tally, XmlGate.Lines lines, BpmnModelInstance bpmn) {
		this.file = file;
		this.tally = tally;
		this.lines = lines;
		this.bpmn = bpmn;
		for (BpmnShape shape : bpmn.getModelElementsByType(BpmnShape.class)) {
			BaseElement element = shape.getBpmnElement();
			Bounds b = shape.getBounds();
			if (element != null && b != null && b.getX() != null && b.getY() != null && b.getWidth() != null && b.getHeight() != null) {
				shapes.putIfAbsent(element.getId(), new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight()));
				expanded.put(element.getId(), shape.isExpanded());
				if ((element instanceof Lane || element instanceof Participant) && !shape.isHorizontal()
						&& shape.getDomElement().hasAttribute("isHorizontal")) {
					vertical = true;
				}
			}
		}
	}

	/** The pools (or processes) of a file, each a sketch: all of them, or the one chosen. */
	static List<Sketch> read(Path file, ImportOptions options, Tally tally) throws InterchangeException {
		byte[] content = bytes(file);
		XmlGate.Lines lines = XmlGate.check(file, content, BpmnInterchange.BPMN_MODEL);
		BpmnModelInstance bpmn = parse(file, content, tally);
		return new BpmnSource(file, tally, lines, bpmn).sketches(options);
	}

	private static byte[] bytes(Path file) throws InterchangeException {
		try {
			if (Files.size(file) > ModelIO.MAX_FILE_SIZE) {
				throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "import.tooLarge", null,
						Files.size(file) / (1024 * 1024), ModelIO.MAX_FILE_SIZE / (1024 * 1024));
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "import.unreadable", e, String.valueOf(e.getMessage()));
		}
	}

	/** The file through Operaton's parser, which refuses DOCTYPEs; the schema's complaints are noted, not fatal. */
	private static BpmnModelInstance parse(Path file, byte[] content, Tally tally) throws InterchangeException {
		BpmnParser parser = new BpmnParser() {
			@Override
			protected void configureFactory(DocumentBuilderFactory factory) {
				super.configureFactory(factory); // namespaces, no DOCTYPE, no external entities, secure processing
				// the schema is checked afterwards (validateModel), where a complaint is a note, not the end
				factory.setValidating(false);
			}

			@Override
			public void validateModel(DomDocument document) {
				// without the schema at parse time nothing says which attributes are ids: every "id" is one
				if (document.getDomSource().getNode() instanceof Document dom) {
					NodeList all = dom.getElementsByTagNameNS("*", "*");
					for (int i = 0; i < all.getLength(); i++) {
						if (all.item(i) instanceof Element element && element.hasAttribute("id")) {
							element.setIdAttribute("id", true);
						}
					}
				}
				schema(getSchema(document), content, tally);
			}
		};
		try {
			return (BpmnModelInstance) parser.parseModelFromStream(new ByteArrayInputStream(content));
		} catch (ModelException e) {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "bpmn.unreadable", e, XmlGate.cause(e));
		}
	}

	/**
	 * The file against the BPMN 2.0 schema, read as text again so that each complaint has its line: a note
	 * each (the first ten), never a refusal. Nothing is fetched: schemas and DTDs the file names are not read.
	 */
	private static void schema(Schema schema, byte[] content, Tally tally) {
		if (schema == null) {
			return;
		}
		List<SAXParseException> problems = new ArrayList<>();
		Validator validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
					// not a mistake
				}

				@Override
				public void error(SAXParseException e) {
					problems.add(e);
				}

				@Override
				public void fatalError(SAXParseException e) {
					problems.add(e);
				}
			});
			validator.validate(new StreamSource(new ByteArrayInputStream(content)));
		} catch (SAXException | IOException e) {
			// what stopped the check is in the problems (a fatal error), or the check could not be made
		}
		problems.stream().limit(10).forEach(p -> tally.note(Math.max(0, p.getLineNumber()), "bpmn.schema", p.getMessage()));
		if (problems.size() > 10) {
			tally.note(0, "bpmn.schemaMore", problems.size() - 10);
		}
	}

	private List<Sketch> sketches(ImportOptions options) throws InterchangeException {
		Definitions definitions = bpmn.getDefinitions();
		boolean own = VerkstadData.EXPORTER.equals(definitions.getExporter());
		Map<Process, String> pools = new LinkedHashMap<>();
		Map<Process, Participant> participants = new HashMap<>();
		for (Collaboration collaboration : bpmn.getModelElementsByType(Collaboration.class)) {
			for (Participant participant : collaboration.getParticipants()) {
				if (participant.getProcess() != null) {
					pools.put(participant.getProcess(), name(participant.getName(), participant.getId()));
					participants.put(participant.getProcess(), participant);
				} else {
					tally.left("kind.emptyPool");
				}
			}
			collaboration.getMessageFlows().forEach(m -> tally.left("kind.messageFlow"));
		}
		for (Process process : bpmn.getModelElementsByType(Process.class)) {
			pools.putIfAbsent(process, name(process.getName(), process.getId()));
		}
		if (pools.isEmpty()) {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "bpmn.noProcess", null);
		}
		List<Process> chosen = new ArrayList<>();
		if (options.part() != null) {
			pools.forEach((process, name) -> {
				Participant p = participants.get(process);
				if (options.part().equals(name) || options.part().equals(process.getId()) || p != null && options.part().equals(p.getId())) {
					chosen.add(process);
				}
			});
			if (chosen.isEmpty()) {
				throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "bpmn.noSuchPool", null, options.part(),
						String.join(", ", pools.values()));
			}
		} else if (options.all() || pools.size() == 1) {
			chosen.addAll(pools.keySet());
		} else {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "bpmn.severalPools", null, pools.size(),
					String.join(", ", pools.values()));
		}
		pools.keySet().stream().filter(p -> !chosen.contains(p)).forEach(p -> tally.left("kind.otherPool"));
		List<Sketch> sketches = new ArrayList<>();
		for (Process process : chosen) {
			Sketch sketch = new Sketch();
			sketch.own = own;
			sketch.vertical = vertical;
			Participant participant = participants.get(process);
			sketch.id = process.getId();
			sketch.name = pools.get(process);
			sketch.pool = participant == null ? null : shapes.get(participant.getId());
			sketch.description = documentation(process);
			if (participant != null && documentation(participant) != null) {
				sketch.description = sketch.description == null ? documentation(participant)
						: sketch.description + "\n\n" + documentation(participant);
			}
			sketch.data.addAll(VerkstadData.read(process.getExtensionElements()));
			new BpmnPool(this, sketch).read(process);
			if (sketch.lanes.isEmpty() && participant != null && !own) {
				// a pool without lanes is one role: a lane of its name, as a process map draws a role
				sketch.lanes.add(new Sketch.Lane(participant.getId(), sketch.name, sketch.pool));
				sketch.nodes.values().forEach(node -> node.lane = participant.getId());
			}
			sketches.add(sketch);
		}
		return sketches;
	}

	static String name(String name, String id) {
		return name == null || name.isBlank() ? id : name.strip();
	}

	/** The element's documentation, paragraphs joined, or null. */
	static String documentation(BaseElement element) {
		List<String> texts = new ArrayList<>();
		for (Documentation d : element.getDocumentations()) {
			String text = d.getTextContent();
			if (text != null && !text.isBlank()) {
				texts.add(text.strip());
			}
		}
		return texts.isEmpty() ? null : String.join("\n\n", texts);
	}

	int line(BaseElement element) {
		return element == null || element.getId() == null ? 0 : lines.of(element.getId());
	}
}
