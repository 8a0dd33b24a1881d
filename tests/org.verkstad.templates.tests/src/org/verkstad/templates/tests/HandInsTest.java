package org.verkstad.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.core.io.ModelIO;
import org.verkstad.templates.HandInManifest;
import org.verkstad.templates.HandIns;
import org.verkstad.templates.PackException;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;
import org.verkstad.templates.TemplateOrigin;
import org.verkstad.templates.Templates;
import org.verkstad.testsupport.Examples;

/**
 * The teaching workflow end to end without the workbench: a pack made from the examples and installed,
 * every template made into a model, three participants' hand-ins made and imported by the teacher; and
 * a corpus of hostile hand-ins, each refused with its reason and nothing written.
 */
class HandInsTest {

	private static final Locale SV = Locale.forLanguageTag("sv");

	@TempDir
	Path dir;

	private Packs.Installed pack;

	@BeforeEach
	void installAPack() throws Exception {
		Path course = Files.createDirectories(dir.resolve("kurs"));
		Examples.copyTo(course);
		Files.writeString(course.resolve(Packs.CHECKS), """
				[
				 {"id": "faser", "kind": "count", "class": "Phase", "min": 5, "severity": "warning",
				  "message": {"sv": "Resan har {0} faser; den ska ha fem.", "en": "The journey has {0} phases; it needs five."}},
				 {"id": "tid", "kind": "required", "class": "Activity", "feature": "processingTime", "severity": "error",
				  "message": {"sv": "Aktiviteten {0} saknar bearbetningstid.", "en": "The activity {0} has no processing time."}}
				]
				""");
		Path file = dir.resolve("kurs.vpack");
		// the teacher locks the permit journey's first phase by choosing it, not by a tag
		Packs.create(course, new Packs.Draft("Verksamhetsmodellering HT26", "Verksamhetsmodellering", "Kursledningen", "2026.1",
				"sv", Map.of("sv", "Kartlägg er egen process.", "en", "Map your own process."),
				Map.of("bygga-hus-bygglov.journey", List.of("ph-drommer"))), file);
		Path packs = dir.resolve("packs");
		System.setProperty("verkstad.packs", packs.toString());
		Path folder = Packs.install(file, packs);
		pack = Packs.installed(packs, folder.getFileName().toString()).orElseThrow();
	}

	@AfterEach
	void forgetThePacks() {
		System.clearProperty("verkstad.packs");
	}

	@Test
	void everyTemplateBecomesANewModelThatRemembersItsTemplate() throws Exception {
		Path mine = Files.createDirectories(dir.resolve("mina"));
		for (PackManifest.Template template : pack.manifest().templates()) {
			String name = template.file().substring("models/".length());
			Path target = mine.resolve("ny-" + name);
			Templates.instantiate(pack, template.file(), target, "Anna Andersson");
			var model = ModelIO.load(ModelIO.newResourceSet(), target);
			assertEquals("Anna Andersson", model.getMetadata().getAuthor(), name);
			var source = ModelIO.load(ModelIO.newResourceSet(), pack.folder().resolve(template.file()));
			assertEquals(source.getMetadata().getAuthor(), model.getMetadata().getTemplateAuthor(), name);
			assertEquals(new TemplateOrigin(pack.id(), template.file()), TemplateOrigin.of(model).orElseThrow(), name);
			assertTrue(Files.readString(target).contains("template \"pack:" + pack.id() + "/" + template.file() + "\"")
					|| name.endsWith(".xmi"), name);
		}
		assertEquals(pack.manifest().templates().size(), Files.list(mine).count());
		PackManifest.Template journey = pack.manifest().templates().stream()
				.filter(t -> t.file().endsWith("bygga-hus-bygglov.journey")).findFirst().orElseThrow();
		assertEquals(List.of("ph-drommer"), journey.locked());
		// never over an existing file, and only with the template's extension
		Path existing = mine.resolve("ny-bibliotek.swot");
		String before = Files.readString(existing);
		PackException exists = assertThrows(PackException.class,
				() -> Templates.instantiate(pack, "models/bibliotek.swot", existing, "Anna Andersson"));
		assertEquals("template.exists", exists.key());
		assertEquals(before, Files.readString(existing));
		assertEquals("template.extension", assertThrows(PackException.class,
				() -> Templates.instantiate(pack, "models/bibliotek.swot", mine.resolve("fel.journey"), null)).key());
		assertEquals("template.noFolder", assertThrows(PackException.class,
				() -> Templates.instantiate(pack, "models/bibliotek.swot", mine.resolve("saknas/ny.swot"), null)).key());
		// the about block as a participant reads it: every line indented like the others
		String about = Files.readString(mine.resolve("ny-bibliotek.swot"));
		about = about.substring(about.indexOf("\tabout {"), about.indexOf("\t}", about.indexOf("\tabout {")) + 2);
		for (String line : about.split("\n")) {
			assertTrue(line.equals("\tabout {") || line.equals("\t}") || line.startsWith("\t\t") && !line.startsWith("\t\t\t"),
					"indented as the rest:\n" + about);
		}
		assertTrue(about.contains("\t\tauthor \"Anna Andersson\"\n") && about.contains("\t\ttemplate-author \"Kursledningen, Verksamhetsmodellering\"\n"),
				about);
	}

	/** A participant's folder of models made from the pack's templates. */
	private Path participant(String name, String... templates) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("deltagare").resolve(name));
		for (String template : templates) {
			Templates.instantiate(pack, "models/" + template, folder.resolve(template), name);
		}
		return folder;
	}

	@Test
	void threeParticipantsHandInAndTheTeacherImportsThem() throws Exception {
		Path anna = participant("anna", "bygga-hus-bygglov.journey", "bygglov-nulage.process");
		Path bertil = participant("bertil", "koksrenovering.journey", "bibliotek.swot");
		Path cecilia = participant("cecilia", "bibliotek.swot", "bygglov-malbild.process");
		// Cecilia's to-be map has a flow to a step that does not exist
		Path broken = cecilia.resolve("bygglov-malbild.process");
		Files.writeString(broken, Files.readString(broken).replaceFirst("(flow \\S+ \\S+ -> )\\S+", "$1finns-inte"));
		// Anna renamed the locked phase
		Path annasJourney = anna.resolve("bygga-hus-bygglov.journey");
		Files.writeString(annasJourney, Files.readString(annasJourney).replace("\"Drömmer om att bygga till\"", "\"Drömmer\""));

		Path handIns = Files.createDirectories(dir.resolve("inlamningar"));
		List<String> steps = new ArrayList<>();
		HandInManifest annas = HandIns.create(anna, "Anna Andersson", handIns.resolve("anna.vhandin"), SV, steps::add);
		assertEquals(List.of("bygga-hus-bygglov.journey", "bygglov-nulage.process"), steps);
		assertEquals("Anna Andersson", annas.participant());
		assertEquals(pack.id(), annas.pack());
		assertEquals("Umeå kommun", annas.organisation());
		assertEquals(2, annas.diagrams().size(), "a PDF per model: " + annas.diagrams());
		assertEquals("bertil", HandIns.participant(bertil), "the first author of the models (by file name): the participant's");
		HandIns.create(bertil, "Bertil Berg", handIns.resolve("bertil.vhandin"), SV, null);
		HandInManifest cecilias = HandIns.create(cecilia, "Cecilia Ceder", handIns.resolve("cecilia.vhandin"), SV, null);
		assertTrue(cecilias.errors() > 0, "the broken flow is an error");
		assertEquals(List.of("diagrams/bibliotek.swot.pdf"), cecilias.diagrams(), "no PDF of a model with mistakes");

		HandIns.HandIn read = HandIns.read(handIns.resolve("anna.vhandin"));
		assertTrue(new String(read.files().get("diagrams/bygglov-nulage.process.pdf"), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
		String checks = new String(read.files().get("checks.csv"), StandardCharsets.UTF_8);
		assertTrue(checks.startsWith("\"Fil\",\"Rad\",\"Allvarlighetsgrad\"") || checks.startsWith("\"Fil\",\"Rad\","), checks);
		assertTrue(checks.contains("namnet ska vara ”Drömmer om att bygga till”"), "the broken lock is in the results: " + checks);
		assertTrue(new String(read.files().get("checks.html"), StandardCharsets.UTF_8).contains("<h1>Vad kontrollerna hittade: Anna Andersson</h1>"));

		// the teacher imports the folder; a stray hostile archive among them is refused alone
		Files.write(handIns.resolve("zz-fientlig.vhandin"), PacksTest.zip(Map.of("handin.json", manifest(1), "../evil.process", "x")));
		Path teacher = dir.resolve("larare");
		List<String> imported = new ArrayList<>();
		List<HandIns.Row> rows = HandIns.importAll(handIns, teacher, SV, imported::add).rows();
		assertEquals(4, imported.size());
		assertEquals(List.of("Anna Andersson", "Bertil Berg", "Cecilia Ceder", "zz-fientlig.vhandin"),
				rows.stream().map(HandIns.Row::participant).toList());
		HandIns.Row annaRow = rows.get(0);
		assertNull(annaRow.problem());
		assertEquals(List.of("bygga-hus-bygglov.journey", "bygglov-nulage.process"), annaRow.models());
		assertTrue(Files.isRegularFile(annaRow.folder().resolve("bygglov-nulage.process")));
		assertTrue(Files.isRegularFile(annaRow.folder().resolve("diagrams/bygglov-nulage.process.pdf")));
		assertEquals(1, annaRow.checksFailed(), "the locked row fails: " + annaRow);
		assertEquals(2, annaRow.checksPassed(), annaRow.toString());
		assertTrue(annaRow.errors() >= 1, "the renamed phase is an error again at the teacher's: " + annaRow);
		assertTrue(rows.get(2).errors() > 0 && rows.get(2).problem() == null);
		HandIns.Row hostile = rows.get(3);
		assertTrue(hostile.problem().contains("skulle skrivas utanför sin mapp"), hostile.problem());
		assertFalse(Files.exists(dir.resolve("evil.process")) || Files.exists(teacher.getParent().resolve("evil.process")));
		try (Stream<Path> names = Files.list(teacher)) {
			assertEquals(List.of("anna-andersson", "bertil-berg", "cecilia-ceder", "dashboard.html", "dashboard.xlsx", "overview.csv",
					"overview.html"), names.map(p -> p.getFileName().toString()).sorted().toList());
		}
		// the course's key figures beside the overview: each participant's, and their spread
		String dashboard = Files.readString(teacher.resolve("dashboard.html"));
		assertTrue(dashboard.contains("Processkarta: spridning över deltagarna") && dashboard.contains("<td>cecilia</td>"), dashboard);
		String overview = Files.readString(teacher.resolve("overview.csv"));
		assertTrue(overview.startsWith("\"Deltagare\",\"Organisation\",\"Inlämnad\""), overview);
		assertTrue(overview.contains("\"zz-fientlig.vhandin\""), overview);

		// a second import keeps the first as .previous
		HandIns.importAll(handIns, teacher, SV, null);
		assertTrue(Files.isDirectory(teacher.resolve("anna-andersson.previous")));
	}

	@Test
	void namesFromArchivesAreShownSafelyAndOneBadHandInStopsNoOther() throws Exception {
		Path archives = Files.createDirectories(dir.resolve("in"));
		List<String> names = List.of("../../PWNED-participant", "/etc/PWNED", "Eva \u202Egnp.exe", "Rad\nbrytning\u0000och\u001b[31mröd",
				"=HYPERLINK(\"http://example.org\")", "overview.csv", "Lång" + "a".repeat(500_000));
		for (int i = 0; i < names.size(); i++) {
			String manifest = new com.google.gson.Gson().toJson(Map.of("format", "verkstad-handin", "version", 1,
					"participant", names.get(i), "models", List.of("models/a.swot"), "diagrams", List.of()));
			Files.write(archives.resolve("h" + i + ".vhandin"),
					PacksTest.zip(Map.of("handin.json", manifest, "models/a.swot", "swot a \"A\" {\n}\n")));
		}
		Files.write(archives.resolve("h9-null.vhandin"), PacksTest.zip(Map.of("handin.json",
				"{\"format\":\"verkstad-handin\",\"version\":1,\"participant\":\"Nils\",\"models\":[null]}")));
		Path teacher = dir.resolve("larare");
		HandIns.Import imported = HandIns.importAll(archives, teacher, SV, null);
		assertNull(imported.overviewProblem());
		List<HandIns.Row> rows = imported.rows();
		assertEquals(8, rows.size(), rows::toString);
		assertEquals(1, rows.stream().filter(r -> r.problem() != null).count(), rows::toString);
		assertTrue(rows.stream().anyMatch(r -> r.problem() != null && r.problem().startsWith("h9-null.vhandin: ")
				&& r.problem().contains("models")), rows::toString);
		for (HandIns.Row r : rows) {
			assertTrue(r.participant().length() <= 101, r.participant().substring(0, Math.min(50, r.participant().length())));
			assertTrue(r.participant().codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT),
					r.participant());
			if (r.folder() != null) {
				assertEquals(teacher, r.folder().getParent(), "a participant's folder is in the teacher's folder");
				assertFalse(r.folder().getFileName().toString().contains("."), r.folder().toString());
			}
		}
		assertTrue(Files.isRegularFile(teacher.resolve("overview.csv")) && Files.isRegularFile(teacher.resolve("overview.html")));
		assertEquals(teacher.resolve("overview.html"), imported.overview());
		assertTrue(Files.isDirectory(teacher.resolve("overview-csv")), "the participant named overview.csv has a folder of its own");
		assertFalse(Files.exists(dir.resolve("PWNED-participant")) || Files.exists(Path.of("/etc/PWNED")));
		String csv = Files.readString(teacher.resolve("overview.csv"));
		String html = Files.readString(teacher.resolve("overview.html"));
		assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.org\"\")\""), "a formula is no formula in a spreadsheet: " + csv);
		assertTrue(csv.contains("\"Eva gnp.exe\""), csv);
		assertTrue(csv.contains("\"Rad brytning och [31mröd\""), csv);
		for (String table : List.of(csv, html)) {
			assertFalse(table.contains("\u202E") || table.contains("\u0000") || table.contains("\u001b"), "no hidden characters");
			assertTrue(table.length() < 20_000, "a long name does not flood the overview: " + table.length());
		}
	}

	@Test
	void aHandInsModelThatNamesTheNetworkMakesNoRequestWhenTheTeacherImportsIt() throws Exception {
		try (org.verkstad.testsupport.Listener listener = new org.verkstad.testsupport.Listener()) {
			String web = listener.address();
			String xmi = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<process:ProcessModel xmi:version=\"2.0\""
					+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
					+ " xmlns:process=\"http://verkstad.org/2026/process\" xsi:schemaLocation=\"http://verkstad.org/2026/process "
					+ web + "/process.ecore\" id=\"p\" name=\"Karta\">\n"
					+ "  <nodes xsi:type=\"process:Activity\" id=\"a\" name=\"Registrerar\">\n"
					+ "    <links kind=\"stops\"><target xsi:type=\"process:Activity\" href=\"" + web + "/karta.xmi#b\"/></links>\n"
					+ "  </nodes>\n</process:ProcessModel>\n";
			String manifest = "{\"format\":\"verkstad-handin\",\"version\":1,\"participant\":\"Eva\",\"models\":[\"models/karta.xmi\"],"
					+ "\"pack\":\"" + pack.id() + "\"}";
			Path archives = Files.createDirectories(dir.resolve("in"));
			Files.write(archives.resolve("eva.vhandin"), PacksTest.zip(Map.of("handin.json", manifest, "models/karta.xmi", xmi)));
			List<HandIns.Row> rows = HandIns.importAll(archives, dir.resolve("larare"), SV, null).rows();
			assertEquals(1, rows.size(), rows::toString);
			assertEquals(List.of(), listener.requests(), "no request while the hand-in was read, unpacked and checked");
		}
	}

	// ---- hostile hand-ins: each refused with its reason, and nothing written

	record Hostile(String name, String key, byte[] archive) {
		@Override
		public String toString() {
			return name;
		}
	}

	private static String manifest(int version) {
		return "{\"format\":\"verkstad-handin\",\"version\":" + version
				+ ",\"participant\":\"Eva\",\"models\":[\"models/a.swot\"],\"diagrams\":[]}";
	}

	static Stream<Hostile> hostileHandIns() throws Exception {
		String manifest = manifest(1);
		String swot = "swot a \"A\" {\n}\n";
		Map<String, String> many = new LinkedHashMap<>();
		many.put("handin.json", manifest);
		for (int i = 0; i <= Packs.MAX_FILES; i++) {
			many.put("models/f" + i + ".swot", swot);
		}
		return Stream.of(
				new Hostile("a path out of the folder", "handin.badPath", PacksTest.zip(Map.of("handin.json", manifest, "../../evil.txt", "x"))),
				new Hostile("an absolute path", "handin.badPath", PacksTest.zip(Map.of("handin.json", manifest, "/etc/evil", "x"))),
				new Hostile("a backslash path", "handin.badPath", PacksTest.zip(Map.of("handin.json", manifest, "models\\..\\evil", "x"))),
				new Hostile("a drive letter", "handin.badPath", PacksTest.zip(Map.of("handin.json", manifest, "C:/evil", "x"))),
				new Hostile("nested too deep", "handin.tooDeep", PacksTest.zip(Map.of("handin.json", manifest, "a/b/c/d/e/f.txt", "x"))),
				new Hostile("an archive inside", "handin.nested", PacksTest.zip(Map.of("handin.json", manifest, "models/x.vhandin", "PK"))),
				new Hostile("too many files", "handin.tooMany", PacksTest.zip(many)),
				new Hostile("a zip bomb entry", "handin.entryTooLarge", PacksTest.zip(Map.of("handin.json", manifest, "models/a.swot",
						"a".repeat((int) (32L * 1024 * 1024 + 1))))),
				new Hostile("no manifest", "handin.noManifest", PacksTest.zip(Map.of("models/a.swot", swot))),
				new Hostile("a manifest of another kind", "handin.unknownFormat",
						PacksTest.zip(Map.of("handin.json", "{\"format\":\"verkstad-pack\",\"version\":1}"))),
				new Hostile("an unknown manifest version", "handin.unknownVersion",
						PacksTest.zip(Map.of("handin.json", manifest(2), "models/a.swot", swot))),
				new Hostile("a manifest that is not JSON", "handin.badJson", PacksTest.zip(Map.of("handin.json", "{ participant: "))),
				new Hostile("no participant", "handin.missingField",
						PacksTest.zip(Map.of("handin.json", "{\"format\":\"verkstad-handin\",\"version\":1}"))),
				new Hostile("a model it names is missing", "handin.missingModel", PacksTest.zip(Map.of("handin.json", manifest))),
				new Hostile("XMI with an external entity", "handin.badModel", PacksTest.zip(Map.of("handin.json", manifest,
						"models/a.swot", swot, "models/b.xmi",
						"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))),
				new Hostile("a program among the files", "handin.unexpected",
						PacksTest.zip(Map.of("handin.json", manifest, "models/a.swot", swot, "run.sh", "rm -rf ~"))),
				new Hostile("a diagram that is no PDF", "handin.notPdf",
						PacksTest.zip(Map.of("handin.json", manifest, "models/a.swot", swot, "diagrams/a.swot.pdf", "<html>"))),
				new Hostile("not a zip at all", "handin.notZipData", "this is not an archive".getBytes(StandardCharsets.UTF_8)));
	}

	/** The hostile cases a hand-in shares with a pack ({@link HostileArchives}), and the hand-in's own. */
	static Stream<Hostile> hostileArchives() throws Exception {
		String head = "{\"format\":\"verkstad-handin\",\"version\":1,\"participant\":\"Eva\",";
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("handin.json", manifest(1));
		valid.put("models/a.swot", "swot a \"A\" {\n}\n");
		Map<String, String> withNull = new LinkedHashMap<>();
		withNull.put("models", head + "\"models\":[null],\"diagrams\":[]}");
		withNull.put("diagrams", head + "\"models\":[],\"diagrams\":[null]}");
		return HostileArchives.cases("handin.json", HostileArchives.zip(valid), withNull).stream()
				.map(c -> new Hostile(c.name(), "handin." + c.reason(), c.archive()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileArchives")
	void aBrokenArchiveIsRefusedWithItsRealReason(Hostile hostile) throws Exception {
		aHostileHandInIsRefusedAndNothingIsWritten(hostile);
		PackException e = assertThrows(PackException.class, () -> HandIns.read(dir.resolve("in").resolve("fientlig.vhandin")));
		for (Locale locale : List.of(SV, Locale.ENGLISH)) {
			String message = e.message(locale);
			assertFalse(message.contains("gson") || message.contains("Exception") || message.contains("malformed input")
					|| message.contains("http"), message);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileHandIns")
	void aHostileHandInIsRefusedAndNothingIsWritten(Hostile hostile) throws Exception {
		Path archives = Files.createDirectories(dir.resolve("in"));
		Path archive = archives.resolve("fientlig.vhandin");
		Files.write(archive, hostile.archive());
		PackException e = assertThrows(PackException.class, () -> HandIns.read(archive));
		assertEquals(hostile.key(), e.key(), e.getMessage());
		assertFalse(e.message(SV).startsWith("!"), "a Swedish message");
		assertTrue(e.getMessage().startsWith("fientlig.vhandin: "), "names the file: " + e.getMessage());
		Path teacher = dir.resolve("larare");
		List<HandIns.Row> rows = HandIns.importAll(archives, teacher, SV, null).rows();
		assertEquals(1, rows.size());
		assertEquals(e.message(SV), rows.get(0).problem());
		try (Stream<Path> names = Files.list(teacher)) {
			assertEquals(List.of("overview.csv", "overview.html"), names.map(p -> p.getFileName().toString()).sorted().toList(),
					"nothing but the overview written");
		}
		assertFalse(Files.exists(dir.resolve("evil.txt")) || Files.exists(archives.resolve("evil.txt")));
	}
}
