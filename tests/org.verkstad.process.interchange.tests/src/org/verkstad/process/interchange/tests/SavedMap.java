package org.verkstad.process.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.verkstad.core.Model;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.graph.Diagram;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.graph.LayoutQuality;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.export.interchange.Imported;
import org.verkstad.testsupport.Findings;

/** An imported map as a participant meets it: saved, read back without errors, and drawn readably. */
record SavedMap(Model model, Diagram diagram) {

	/**
	 * Saves a part as {@code file} with its layout and reads it back: no mistakes in its text, no errors
	 * from the checks, and its diagram (the imported layout, the rest placed automatically) has no flow
	 * through a box it does not connect and no boxes on each other.
	 */
	static SavedMap of(Imported.Part part, Path file) throws Exception {
		part.save(file);
		Model read = ModelIO.load(file);
		assertEquals(List.of(), read.eResource().getErrors(), file.toString());
		Findings.assertNoErrors(read);
		DiagramDescription description = Descriptions.byType("process").orElseThrow();
		Diagram diagram = DiagramBuilder.build(description, read, LayoutFile.read(file), Locale.ENGLISH);
		LayoutQuality quality = LayoutQuality.of(diagram, description);
		assertEquals(0, quality.flowsThroughBoxes(), file + ": " + quality);
		assertEquals(0, quality.overlappingBoxes(), file + ": " + quality);
		return new SavedMap(read, diagram);
	}
}
