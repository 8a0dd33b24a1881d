package org.verkstad.process.interchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.operaton.bpm.model.xml.ModelException;
import org.verkstad.core.Model;
import org.verkstad.core.io.Ids;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Contributions;
import org.verkstad.diagram.graph.DiagramTooLarge;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.process.ProcessModel;

/** BPMN 2.0 with diagram interchange, both ways: {@link BpmnSource} and {@link SketchBuilder} read, {@link BpmnWriter} writes. */
public final class BpmnInterchange implements Interchange {

	static final Messages MESSAGES = new Messages(BpmnInterchange.class, "org.verkstad.process.interchange.messages");
	static final String BPMN_MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	@Override
	public String format() {
		return "bpmn";
	}

	@Override
	public String extension() {
		return "bpmn";
	}

	@Override
	public String notation() {
		return "process";
	}

	@Override
	public Set<String> reads() {
		return Set.of("bpmn");
	}

	@Override
	public Imported read(Path file, ImportOptions options) throws InterchangeException {
		Tally tally = new Tally(MESSAGES, options.locale());
		List<Sketch> sketches = BpmnSource.read(file, options, tally);
		Path folder = options.folder() != null ? options.folder() : file.toAbsolutePath().getParent();
		List<Imported.Part> parts = new ArrayList<>();
		for (Sketch sketch : sketches) {
			parts.add(SketchBuilder.build(sketch, tally, folder));
		}
		return new Imported(parts, tally.lines());
	}

	@Override
	public byte[] write(Path modelFile, Model model, Locale locale) throws InterchangeException {
		if (!(model instanceof ProcessModel process)) {
			throw new InterchangeException(MESSAGES, modelFile, 0, "bpmn.notProcess", null);
		}
		// BPMN needs an id on everything; the text format gives one only when the file is saved
		Ids.ensure(process);
		try {
			return BpmnWriter.write(ModelSketch.of(modelFile, process, locale), Contributions.version(BpmnInterchange.class)).getBytes(StandardCharsets.UTF_8);
		} catch (ModelException e) {
			throw new InterchangeException(MESSAGES, modelFile, 0, "bpmn.writeFailed", e, XmlGate.cause(e));
		} catch (DiagramTooLarge e) {
			throw new InterchangeException(MESSAGES, modelFile, 0, "bpmn.tooLarge", e, e.message(locale));
		}
	}

}
