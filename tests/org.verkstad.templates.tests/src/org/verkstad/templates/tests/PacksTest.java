package org.verkstad.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verkstad.core.io.ModelIO;
import org.verkstad.templates.FeedbackCheck;
import org.verkstad.templates.PackException;
import org.verkstad.templates.PackManifest;
import org.verkstad.templates.Packs;
import org.verkstad.testsupport.Examples;

/** Template packs made from the examples, installed and listed; and a corpus of hostile packs refused with nothing written. */
class PacksTest {

	@TempDir
	Path dir;

	private Path examplePack() throws Exception {
		Path course = Files.createDirectories(dir.resolve("kurs"));
		Examples.copyTo(course);
		// the journey's phases locked, as a teacher marks them
		Path journey = course.resolve("koksrenovering.journey");
		String text = Files.readString(journey);
		Files.writeString(journey, text.replaceFirst("(phase [^\\n]*\\{\\n\t\temotion [^\\n]*\\n)", "$1\t\ttags locked\n"));
		Files.writeString(course.resolve("instructions.sv.txt"), "Kartlägg er egen process.");
		Files.writeString(course.resolve("instructions.en.txt"), "Map your own process.");
		Path pack = dir.resolve("kurs.vpack");
		Packs.create(course, "Verksamhetsmodellering HT26", "Verksamhetsmodellering", "Kursledningen", "2026.1", "sv", pack);
		return pack;
	}

	@Test
	void aPackMadeFromTheExamplesIsInstalledAndListed() throws Exception {
		Path pack = examplePack();
		Packs.Pack read = Packs.read(pack);
		PackManifest manifest = read.manifest();
		assertEquals(Examples.models().size(), manifest.templates().size());
		assertEquals("Kartlägg er egen process.", manifest.instructions().get("sv"));
		PackManifest.Template journey = manifest.templates().stream().filter(t -> t.file().endsWith("koksrenovering.journey"))
				.findFirst().orElseThrow();
		assertEquals(1, journey.locked().size(), "the first phase was tagged locked: " + journey.locked());
		Path packs = dir.resolve("installerade");
		Path installed = Packs.install(pack, packs);
		assertTrue(Files.isRegularFile(installed.resolve("models/bygglov-nulage.process")));
		assertEquals(List.of("Verksamhetsmodellering HT26"), Packs.list(packs).stream().map(PackManifest::title).toList());
		PackException again = assertThrows(PackException.class, () -> Packs.install(pack, packs));
		assertEquals("pack.installedAlready", again.key());
		assertTrue(again.message(Locale.forLanguageTag("sv")).contains("är redan installerat"));
	}

	@Test
	void feedbackChecksOfAPackRunOverParticipants() throws Exception {
		Path course = Files.createDirectories(dir.resolve("kurs"));
		Examples.copyTo(course);
		Files.writeString(course.resolve(Packs.CHECKS), """
				[
				 {"id": "faser", "kind": "count", "class": "Phase", "min": 5, "severity": "warning",
				  "message": {"sv": "Resan har {0} faser; den ska ha minst fem.", "en": "The journey has {0} phases; it needs five."}},
				 {"id": "tid", "kind": "required", "class": "Activity", "feature": "processingTime", "severity": "error",
				  "message": {"sv": "Aktiviteten {0} saknar bearbetningstid.", "en": "The activity {0} has no processing time."}},
				 {"id": "orsak", "kind": "link", "class": "PainPoint", "linkKind": "causedBy", "targetClass": "Activity",
				  "message": {"sv": "Smärtpunkten {0} är inte länkad till en aktivitet.", "en": "The pain point {0} is not linked to an activity."}}
				]
				""");
		Path pack = dir.resolve("kurs.vpack");
		PackManifest manifest = Packs.create(course, "VM", null, null, "1", "sv", pack);
		assertEquals(3, manifest.checks().size());
		assertEquals(3, Packs.read(pack).manifest().checks().size());
		Path anna = Files.createDirectories(dir.resolve("inlamningar/anna"));
		Files.copy(course.resolve("bygga-hus-bygglov.journey"), anna.resolve("bygga-hus-bygglov.journey"));
		Files.copy(course.resolve("bygglov-nulage.process"), anna.resolve("bygglov-nulage.process"));
		Path bertil = Files.createDirectories(dir.resolve("inlamningar/bertil"));
		Files.copy(course.resolve("koksrenovering.journey"), bertil.resolve("koksrenovering.journey"));
		Locale sv = Locale.forLanguageTag("sv");
		var annaRows = org.verkstad.templates.FeedbackSummary.run("anna", List.of(anna.resolve("bygga-hus-bygglov.journey"),
				anna.resolve("bygglov-nulage.process")), manifest.checks(), sv);
		var bertilRows = org.verkstad.templates.FeedbackSummary.run("bertil", List.of(bertil.resolve("koksrenovering.journey")),
				manifest.checks(), sv);
		assertTrue(annaRows.get(0).passed() && annaRows.get(1).passed(), "five phases and every time: " + annaRows);
		// the permit journey links some of its pain points to the as-is map's activities, not all
		assertEquals(4, annaRows.get(2).findings(), annaRows.get(2).toString());
		assertTrue(annaRows.get(2).first().startsWith("bygga-hus-bygglov.journey:43: Smärtpunkten Vet inte om"), annaRows.get(2).first());
		var phases = bertilRows.get(0);
		assertFalse(phases.passed());
		assertTrue(phases.first().startsWith("koksrenovering.journey:") && phases.first().contains("Resan har 4 faser"), phases.first());
		var pains = bertilRows.get(2);
		assertFalse(pains.passed());
		assertTrue(pains.first().contains("är inte länkad till en aktivitet"), pains.first());
		List<org.verkstad.templates.FeedbackSummary.Row> all = new java.util.ArrayList<>(annaRows);
		all.addAll(bertilRows);
		String csv = new String(org.verkstad.templates.FeedbackSummary.csv(all, sv), StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\"Deltagare\",\"Kontroll\""), csv);
		assertTrue(csv.contains("\"bertil\",\"faser\",\"varning\",\"ej godkänd\",1,"), csv);
		String html = new String(org.verkstad.templates.FeedbackSummary.html(all, "VM", sv), StandardCharsets.UTF_8);
		assertTrue(html.contains("<tr class=\"failed\"><td>bertil</td><td>faser</td>"), html);
	}

	@Test
	void theNewestVersionOfAPackComesFirst() throws Exception {
		Path course = Files.createDirectories(dir.resolve("kurs"));
		Files.copy(Examples.first(".swot"), course.resolve("bibliotek.swot"));
		Path packs = dir.resolve("installerade");
		for (String version : List.of("2026.9", "2026.10", "2026.1")) {
			Path pack = dir.resolve("kurs-" + version + ".vpack");
			Packs.create(course, "Verksamhetsmodellering", null, null, version, "sv", pack);
			Packs.install(pack, packs);
		}
		assertEquals(List.of("2026.10", "2026.9", "2026.1"),
				Packs.installed(packs).stream().map(i -> i.manifest().packVersion()).toList());
	}

	@Test
	void aCheckCanBeLimitedToModelsOfAState() throws Exception {
		FeedbackCheck asIs = new FeedbackCheck("problem", "count", "Problem", null, 6, null, null, null, Map.of("state", "as-is"),
				"warning", Map.of("sv", "Nulägeskartan har {0} problem; den ska ha minst sex.", "en", "The as-is map has {0} problems."));
		assertEquals(1, FeedbackCheck.rules(List.of(asIs)).rules().size(), "a field of the model may narrow a check");
		var nulage = ModelIO.load(Examples.models().stream().filter(p -> p.toString().endsWith("bygglov-nulage.process")).findFirst().orElseThrow());
		var malbild = ModelIO.load(Examples.models().stream().filter(p -> p.toString().endsWith("bygglov-malbild.process")).findFirst().orElseThrow());
		assertTrue(asIs.appliesTo(nulage) && asIs.hits(nulage).isEmpty(), "the as-is map has 14 problems");
		assertFalse(asIs.appliesTo(malbild), "the to-be map (4 problems) is not counted");
		assertEquals(List.of(), asIs.hits(malbild));
		FeedbackCheck explicit = new FeedbackCheck("problem", "count", "Problem", null, 6, null, null, null,
				Map.of("model.state", "to-be"), "warning", Map.of("sv", "{0}", "en", "{0}"));
		assertEquals(1, explicit.hits(malbild).size(), "model.state: the to-be map has 4 problems, fewer than six");
		FeedbackCheck wrong = new FeedbackCheck("problem", "count", "Problem", null, 6, null, null, null, Map.of("tillstånd", "as-is"),
				"warning", Map.of("sv", "{0}", "en", "{0}"));
		assertEquals(0, FeedbackCheck.rules(List.of(wrong)).rules().size(), "a field neither the element nor the model has");
	}

	@Test
	void aModelFromAPackThatIsNotInstalledSaysSo() throws Exception {
		Path file = dir.resolve("resa.journey");
		String journey = Files.readString(Examples.first(".journey"));
		assertTrue(journey.contains("\t\ttemplate \""), "the example names the template it was made from");
		Files.writeString(file, journey.replaceFirst("\t\ttemplate \"[^\"]*\"", "\t\ttemplate \"pack:kursen-2026/models/resa.journey\""));
		System.setProperty("verkstad.packs", dir.resolve("inga-paket").toString());
		try {
			List<org.verkstad.core.validation.Finding> findings = org.verkstad.core.validation.Validation
					.validate(ModelIO.load(file).eResource()).stream().filter(f -> f.code().equals("template.notInstalled")).toList();
			assertEquals(1, findings.size());
			assertEquals(org.verkstad.core.validation.Severity.WARNING, findings.get(0).severity());
			assertTrue(findings.get(0).message(Locale.forLanguageTag("sv")).startsWith("Modellen gjordes ur mallpaketet ”kursen-2026”, som inte är installerat här"),
					findings.get(0).message(Locale.forLanguageTag("sv")));
		} finally {
			System.clearProperty("verkstad.packs");
		}
	}

	@Test
	void aCheckThatCannotRunIsRefused() throws Exception {
		Path course = Files.createDirectories(dir.resolve("kurs"));
		Examples.copyTo(course);
		Files.writeString(course.resolve(Packs.CHECKS),
				"[{\"id\": \"x\", \"kind\": \"guess\", \"class\": \"Phase\", \"message\": {\"sv\": \"s\", \"en\": \"e\"}}]");
		PackException e = assertThrows(PackException.class,
				() -> Packs.create(course, "VM", null, null, "1", "sv", dir.resolve("kurs.vpack")));
		assertEquals("check.kind", e.key());
		assertTrue(e.message(Locale.forLanguageTag("sv")).contains("okända sorten ”guess”"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("kurs.vpack")));
	}

	// ---- hostile packs: each refused with its reason, and nothing written

	record Hostile(String name, String key, byte[] archive) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Hostile> hostilePacks() throws IOException {
		String manifest = manifest(1, "models/a.swot");
		String swot = "swot a \"A\" {\n}\n";
		return Stream.of(
				new Hostile("a path out of the folder", "pack.badPath", zip(Map.of("manifest.json", manifest, "../../evil.txt", "x"))),
				new Hostile("an absolute path", "pack.badPath", zip(Map.of("manifest.json", manifest, "/etc/evil", "x"))),
				new Hostile("a backslash path", "pack.badPath", zip(Map.of("manifest.json", manifest, "models\\..\\..\\evil", "x"))),
				new Hostile("a drive letter", "pack.badPath", zip(Map.of("manifest.json", manifest, "C:/evil", "x"))),
				new Hostile("nested too deep", "pack.tooDeep", zip(Map.of("manifest.json", manifest, "a/b/c/d/e/f.txt", "x"))),
				new Hostile("an archive inside", "pack.nested", zip(Map.of("manifest.json", manifest, "models/inner.zip", "PK"))),
				new Hostile("too many files", "pack.tooMany", zip(many(Packs.MAX_FILES + 1))),
				new Hostile("a zip bomb entry", "pack.entryTooLarge", zip(Map.of("manifest.json", manifest, "models/big.swot",
						"a".repeat((int) (32L * 1024 * 1024 + 1))))),
				new Hostile("no manifest", "pack.noManifest", zip(Map.of("models/a.swot", swot))),
				new Hostile("a manifest of another kind", "pack.unknownFormat", zip(Map.of("manifest.json", "{\"format\":\"other\"}"))),
				new Hostile("an unknown manifest version", "pack.unknownVersion",
						zip(Map.of("manifest.json", manifest(99, "models/a.swot"), "models/a.swot", swot))),
				new Hostile("a manifest that is not JSON", "pack.badJson", zip(Map.of("manifest.json", "{ title: "))),
				new Hostile("a missing template", "pack.missingTemplate", zip(Map.of("manifest.json", manifest))),
				new Hostile("XMI with an external entity", "pack.badTemplate", zip(Map.of("manifest.json",
						manifest(1, "models/a.xmi"), "models/a.xmi",
						"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))),
				new Hostile("a template with mistakes", "pack.badTemplate",
						zip(Map.of("manifest.json", manifest, "models/a.swot", "swot a \"A\" {\n\tstrengths {\n"))),
				new Hostile("not a zip at all", "pack.notZipData", "this is not an archive".getBytes(StandardCharsets.UTF_8)));
	}

	/** The hostile cases a pack shares with a hand-in ({@link HostileArchives}). */
	static Stream<Hostile> hostileArchives() throws IOException {
		String head = "{\"format\":\"verkstad-pack\",\"version\":1,\"title\":\"T\",";
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("manifest.json", manifest(1, "models/a.swot"));
		valid.put("models/a.swot", "swot a \"A\" {\n}\n");
		Map<String, String> withNull = new LinkedHashMap<>();
		withNull.put("templates", head + "\"templates\":[null]}");
		withNull.put("locked", head + "\"templates\":[{\"file\":\"models/a.swot\",\"locked\":[null]}]}");
		withNull.put("checks", head + "\"templates\":[],\"checks\":[null]}");
		withNull.put("instructions", head + "\"templates\":[],\"instructions\":{\"sv\":null}}");
		return HostileArchives.cases("manifest.json", HostileArchives.zip(valid), withNull).stream()
				.map(c -> new Hostile(c.name(), "pack." + c.reason(), c.archive()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileArchives")
	void aBrokenArchiveIsRefusedWithItsRealReason(Hostile hostile) throws Exception {
		aHostilePackIsRefusedAndNothingIsWritten(hostile);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostilePacks")
	void aHostilePackIsRefusedAndNothingIsWritten(Hostile hostile) throws Exception {
		Path pack = dir.resolve("fientlig.vpack");
		Files.write(pack, hostile.archive());
		Path packs = dir.resolve("installerade");
		PackException e = assertThrows(PackException.class, () -> Packs.install(pack, packs));
		assertEquals(hostile.key(), e.key(), e.getMessage());
		assertFalse(e.message(Locale.forLanguageTag("sv")).startsWith("!"), "a Swedish message");
		assertTrue(e.getMessage().startsWith("fientlig.vpack: "), "names the file: " + e.getMessage());
		assertFalse(Files.exists(packs), "nothing written");
		assertFalse(Files.exists(dir.resolve("evil.txt")) || Files.exists(dir.getParent().resolve("evil.txt")));
	}

	private static String manifest(int version, String template) {
		return "{\"format\":\"verkstad-pack\",\"version\":" + version + ",\"title\":\"T\",\"templates\":[{\"file\":\"" + template
				+ "\",\"locked\":[]}]}";
	}

	private static Map<String, String> many(int count) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("manifest.json", manifest(1, "models/a.swot"));
		for (int i = 0; i < count; i++) {
			files.put("models/f" + i + ".txt", "x");
		}
		return files;
	}

	static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> f : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(f.getKey()));
				zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
