package org.verkstad.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verkstad.core.nls.Languages;
import org.verkstad.diagram.layout.Box;
import org.verkstad.diagram.layout.LayoutFile;
import org.verkstad.diagram.server.EditRefused;
import org.verkstad.diagram.server.VerkstadModelState;
import org.verkstad.testsupport.Examples;

/**
 * Two writers on one model file never lose an edit silently: two diagrams of it that do not share its
 * model (in two {@code serve}s; the tabs of one share it, see {@link TabsTest}), or a diagram and a text
 * editor or program writing the file. Whoever saves second over a file that changed since it was read is
 * refused with the reason, keeps its edit unsaved, and the file keeps the first writer's change.
 */
class TwoWritersTest {

	@TempDir
	Path dir;

	Path file;

	@BeforeEach
	void copy() throws Exception {
		Examples.copyTo(dir);
		file = dir.resolve("bygglov-nulage.process");
	}

	private static void rename(VerkstadModelState state, String id, String name) {
		state.edit("rename", e -> e.rename(id + "#label", name));
	}

	@Test
	void twoDiagramsOfOneFile() throws Exception {
		VerkstadModelState anna = Sessions.open(file, "process");
		VerkstadModelState bertil = Sessions.open(file, "process");
		rename(anna, "a-registrera", "Registrerar ansökan i Castor");
		anna.save();
		rename(bertil, "a-granska", "Granskar ritningarna");
		EditRefused refused = assertThrows(EditRefused.class, bertil::save);
		assertEquals("serve.changedElsewhere", refused.getMessage());
		assertTrue(refused.message(Languages.SWEDISH).startsWith("bygglov-nulage.process har ändrats i ett annat fönster"),
				refused.message(Languages.SWEDISH));
		assertTrue(bertil.isDirty(), "the refused edit is still there, unsaved");
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("\"Registrerar ansökan i Castor\""), "the first writer's change is kept");
		assertFalse(saved.contains("Granskar ritningarna"));

		// Bertil reloads (a new session) and makes his change again: now it is saved, with Anna's
		VerkstadModelState again = Sessions.open(file, "process");
		rename(again, "a-granska", "Granskar ritningarna");
		again.save();
		saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("\"Registrerar ansökan i Castor\"") && saved.contains("\"Granskar ritningarna\""), saved);
		// and the first session, which saved before, may save again only after it reloads too
		rename(anna, "a-registrera", "Registrerar");
		assertThrows(EditRefused.class, anna::save);
	}

	@Test
	void aDiagramAndAProgramThatWritesTheFile() throws Exception {
		VerkstadModelState diagram = Sessions.open(file, "process");
		String edited = Files.readString(file, StandardCharsets.UTF_8).replace("process bygglov-nulage", "// ändrat i texten\nprocess bygglov-nulage");
		Files.writeString(file, edited, StandardCharsets.UTF_8);
		rename(diagram, "a-granska", "Granskar ritningarna");
		assertThrows(EditRefused.class, diagram::save);
		assertEquals(edited, Files.readString(file, StandardCharsets.UTF_8), "the text editor's change is kept");
	}

	@Test
	void twoDiagramsMovingBoxes() throws Exception {
		VerkstadModelState anna = Sessions.open(file, "process");
		VerkstadModelState bertil = Sessions.open(file, "process");
		Box box = anna.diagram().absolute("a-registrera");
		Box lane = anna.diagram().absolute(((org.verkstad.core.Element) anna.diagram().element("a-registrera").eContainer()).getId());
		anna.edit("move", e -> e.move("a-registrera", box.x() - lane.x() + 30, box.y() - lane.y(), -1, -1));
		anna.save();
		String layout = Files.readString(LayoutFile.of(file));
		bertil.edit("move", e -> e.move("a-registrera", box.x() - lane.x() + 90, box.y() - lane.y(), -1, -1));
		assertThrows(EditRefused.class, bertil::save);
		assertEquals(layout, Files.readString(LayoutFile.of(file)), "the first move is kept");
	}

	@Test
	void savingTwiceInOneSessionIsNoConflict() throws Exception {
		VerkstadModelState anna = Sessions.open(file, "process");
		rename(anna, "a-registrera", "Registrerar ansökan");
		anna.save();
		rename(anna, "a-registrera", "Registrerar ansökan i Castor");
		anna.save();
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"Registrerar ansökan i Castor\""));
		assertFalse(anna.isDirty());
	}
}
