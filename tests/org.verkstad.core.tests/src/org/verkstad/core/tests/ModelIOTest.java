package org.verkstad.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.core.CoreFactory;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.LinkKind;
import org.verkstad.core.Model;
import org.verkstad.core.io.AtomicFiles;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.io.SourceLines;
import org.verkstad.core.nls.Languages;
import org.verkstad.process.Activity;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.testsupport.Examples;
import org.verkstad.testsupport.Findings;

/** Reading and writing model files: round trips, atomic saves, ids, lines. */
class ModelIOTest {

	@TempDir
	Path dir;

	static List<Path> examples() {
		return Examples.models();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleSurvivesARoundTripThroughXmi(Path example) throws Exception {
		Examples.copyTo(dir);
		Path file = dir.resolve(example.getFileName());
		Path xmi = dir.resolve(example.getFileName() + ".xmi");
		Model original = ModelIO.load(file);
		EcoreUtil.resolveAll(original.eResource().getResourceSet());
		ModelIO.save(EcoreUtil.copy(original), xmi);
		Model reloaded = ModelIO.load(xmi);
		EcoreUtil.resolveAll(reloaded.eResource().getResourceSet());
		assertTrue(EcoreUtil.equals(original, reloaded), () -> "round trip changed " + example);
		Findings.assertNoErrors(reloaded);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void savingAnUnchangedExampleChangesNothing(Path example) throws Exception {
		Examples.copyTo(dir);
		Path file = dir.resolve(example.getFileName());
		ModelIO.save(ModelIO.load(file), file);
		assertEquals(Files.readString(example), Files.readString(file));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleHasNoErrors(Path example) throws Exception {
		Model model = ModelIO.load(example);
		Findings.assertNoErrors(model);
		assertFalse(model.getName() == null || model.getName().isBlank());
	}

	@Test
	void saveKeepsThePreviousVersion() throws Exception {
		Path file = dir.resolve("karta.xmi");
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		process.setName("Första versionen");
		ModelIO.save(process, file);
		byte[] first = Files.readAllBytes(file);
		process.setName("Andra versionen – åäö");
		ModelIO.save(process, file);
		assertArrayEquals(first, Files.readAllBytes(AtomicFiles.backupOf(file)));
		assertEquals("Andra versionen – åäö", ModelIO.load(file).getName());
		assertEquals(List.of("karta.xmi", "karta.xmi.bak"), list(dir));
	}

	@Test
	void aSavedFileKeepsItsPermissionsAndANewOneIsNotPrivate() throws Exception {
		Path file = dir.resolve("delad.txt");
		AtomicFiles.write(file, new byte[] { 1 });
		assertTrue(Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
		Set<java.nio.file.attribute.PosixFilePermission> shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, shared);
		AtomicFiles.write(file, new byte[] { 2 });
		assertEquals(shared, Files.getPosixFilePermissions(file), "as the file it replaced");
		Path fresh = dir.resolve("ny.txt");
		Files.write(dir.resolve("vanlig.txt"), new byte[] { 0 });
		AtomicFiles.write(fresh, new byte[] { 3 });
		assertEquals(Files.getPosixFilePermissions(dir.resolve("vanlig.txt")), Files.getPosixFilePermissions(fresh),
				"as any file the user makes");
	}

	@Test
	void failedSaveLeavesTheFileAndNoTemporaryFiles() throws Exception {
		Path file = dir.resolve("karta.xmi");
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		process.setName("Sparad");
		ModelIO.save(process, file);
		byte[] saved = Files.readAllBytes(file);
		// a link to an element that is in no file cannot be written
		Activity nowhere = ProcessFactory.eINSTANCE.createActivity();
		Link link = CoreFactory.eINSTANCE.createLink();
		link.setKind(LinkKind.RELATES_TO);
		link.setTarget(nowhere);
		process.getLinks().add(link);
		process.setName("Ändrad");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelIO.save(process, file));
		assertEquals("io.writeError", e.key());
		assertArrayEquals(saved, Files.readAllBytes(file));
		assertEquals(List.of("karta.xmi"), list(dir));
	}

	@Test
	void everyElementGetsAStableId() throws Exception {
		Path file = dir.resolve("karta.xmi");
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		Activity activity = ProcessFactory.eINSTANCE.createActivity();
		activity.setName("Registrerar ärendet – 2:a gången");
		process.getNodes().add(activity);
		Activity twin = ProcessFactory.eINSTANCE.createActivity();
		twin.setName("Registrerar ärendet – 2:a gången");
		process.getNodes().add(twin);
		Activity unnamed = ProcessFactory.eINSTANCE.createActivity();
		process.getNodes().add(unnamed);
		ModelIO.save(process, file);
		assertEquals("registrerar-arendet-2-a-gangen", activity.getId());
		assertEquals("registrerar-arendet-2-a-gangen-2", twin.getId());
		assertEquals("aktivitet-1", unnamed.getId(), "its kind in the model's language");
		String id = activity.getId();
		ModelIO.save(process, file);
		assertEquals(id, activity.getId());
		ProcessModel reloaded = (ProcessModel) ModelIO.load(file);
		assertEquals(id, reloaded.getNodes().get(0).getId());
	}

	@Test
	void aNewElementNeverTakesAnIdThatAnElementFurtherDownHas() throws Exception {
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		Activity newcomer = ProcessFactory.eINSTANCE.createActivity();
		newcomer.setName("Granskar");
		Activity later = ProcessFactory.eINSTANCE.createActivity();
		later.setId("granskar");
		process.getNodes().add(newcomer);
		process.getNodes().add(later);
		ModelIO.save(process, dir.resolve("karta.process"));
		assertEquals("granskar", later.getId());
		assertEquals("granskar-2", newcomer.getId());
	}

	@Test
	void elementsKnowTheirLine() throws Exception {
		Path example = Examples.first(".process");
		List<String> lines = Files.readAllLines(example);
		Model model = ModelIO.load(example);
		for (EObject object : (Iterable<EObject>) model::eAllContents) {
			if (object instanceof Element element && element.getId() != null) {
				int line = SourceLines.line(element);
				assertTrue(line > 0, () -> "no line for " + element.getId());
				String text = lines.get(line - 1);
				assertTrue(text.contains(" " + element.getId() + " ") || text.contains("^" + element.getId() + " "),
						() -> "line " + line + " of " + element.getId() + ": " + text);
			}
		}
	}

	@Test
	void aMissingFolderIsRefusedNotMade() throws Exception {
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		Path nowhere = dir.resolve("finns-inte/heller-inte/karta.process");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelIO.save(process, nowhere));
		assertEquals("io.noFolder", e.key());
		assertTrue(e.message(Languages.SWEDISH).startsWith("Mappen " + nowhere.getParent() + " finns inte."), e.getMessage());
		assertFalse(Files.exists(dir.resolve("finns-inte")));
	}

	@Test
	void linksBetweenFilesAreWrittenRelativeAndResolve() throws Exception {
		Path processFile = Files.createDirectories(dir.resolve("processer")).resolve("karta.xmi");
		Path otherFile = dir.resolve("annat.xmi");
		ProcessModel process = ProcessFactory.eINSTANCE.createProcessModel();
		Activity activity = ProcessFactory.eINSTANCE.createActivity();
		activity.setName("Registrerar");
		process.getNodes().add(activity);
		ModelIO.save(process, processFile);
		ProcessModel other = ProcessFactory.eINSTANCE.createProcessModel();
		Link link = CoreFactory.eINSTANCE.createLink();
		link.setKind(LinkKind.RELATES_TO);
		link.setTarget(activity);
		other.getLinks().add(link);
		ModelIO.save(other, otherFile);
		assertTrue(Files.readString(otherFile).contains("href=\"processer/karta.xmi#" + activity.getId() + "\""));
		Model reloaded = ModelIO.load(otherFile);
		Element target = reloaded.getLinks().get(0).getTarget();
		assertFalse(target.eIsProxy());
		assertEquals("Registrerar", target.getName());
	}

	private static List<String> list(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
