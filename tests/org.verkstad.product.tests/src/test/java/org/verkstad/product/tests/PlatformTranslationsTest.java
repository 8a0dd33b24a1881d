package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The Swedish and Norwegian texts of the platform's bundles (the {@code org.verkstad.nls.*} fragments in the product):
 * each fragment is attached to a bundle the product has, every key it translates is one of that bundle's
 * (a platform update that renames a key shows here, not as English in the menus), its files are plain
 * ASCII with escapes (the platform reads them as ISO 8859-1), and the labels of the menus a participant
 * opens first are among them.
 */
class PlatformTranslationsTest {

	/** Texts that must be Swedish: the host bundle, its message file and keys. */
	private static final Map<String, List<String>> MUST = Map.of(
			"org.eclipse.ui.workbench/org/eclipse/ui/internal/messages.properties",
			List.of("SaveAction_text", "SaveAll_text", "Exit_text", "CloseEditorAction_text", "Workbench_undo", "Workbench_redo",
					"Workbench_cut", "Workbench_copy", "Workbench_paste", "Workbench_findReplace", "OpenPreferences_text",
					"ResetPerspective_text", "AboutAction_text", "SaveableHelper_Save", "SaveableHelper_Dont_Save",
					"EditorManager_saveChangesQuestion"),
			"org.eclipse.jface/org/eclipse/jface/messages.properties", List.of("ok", "cancel", "yes", "no", "finish", "nextButton",
					"backButton", "apply", "defaults", "PreferencesDialog.okButtonLabel"),
			"org.eclipse.ui.ide/org/eclipse/ui/internal/ide/messages.properties",
			List.of("Workbench_file", "Workbench_edit", "Workbench_window", "Workbench_help", "WizardNewProjectCreationPage_nameLabel"),
			"org.eclipse.ui.ide/plugin.properties", List.of("Views.Problem", "markerGrouping.errors", "markerGrouping.infos",
					"Field.Description", "Field.Resource", "Field.Path", "Field.Location", "Field.Type"),
			"org.eclipse.ui.views/plugin.properties", List.of("Views.PropertySheet", "Views.ContentOutline"),
			"org.eclipse.ui.navigator.resources/plugin.properties", List.of("Common_Resource_Navigator"));

	@Test
	void everyTranslatedKeyIsOneOfItsBundlesAndTheFirstMenusAreSwedish() throws IOException {
		Path plugins = Product.dir().resolve("plugins");
		List<Path> fragments = jars(plugins, "org.verkstad.nls.");
		assertTrue(fragments.size() >= 7, "the translation fragments are in the product: " + fragments);
		List<String> wrong = new ArrayList<>();
		int translated = 0;
		for (Path fragment : fragments) {
			try (JarFile jar = new JarFile(fragment.toFile())) {
				String host = jar.getManifest().getMainAttributes().getValue("Fragment-Host").split(";")[0].strip();
				List<Path> hosts = jars(plugins, host + "_");
				assertEquals(1, hosts.size(), fragment.getFileName() + ": its host " + host + " is in the product");
				try (JarFile hostJar = new JarFile(hosts.get(0).toFile())) {
					for (ZipEntry entry : Collections.list(jar.entries())) {
						String language = entry.getName().endsWith("_sv.properties") ? "sv"
								: entry.getName().endsWith("_nb.properties") ? "nb" : null;
						if (language == null) {
							continue;
						}
						byte[] bytes = jar.getInputStream(entry).readAllBytes();
						if (new String(bytes, StandardCharsets.ISO_8859_1).chars().anyMatch(c -> c > 127)) {
							wrong.add(fragment.getFileName() + "/" + entry.getName() + ": not ASCII");
						}
						Properties swedish = load(new ByteArrayInputStream(bytes));
						String english = entry.getName().replace("_" + language + ".properties", ".properties");
						ZipEntry original = hostJar.getEntry(english);
						if (original == null) {
							wrong.add(fragment.getFileName() + "/" + entry.getName() + ": " + host + " has no " + english);
							continue;
						}
						Properties keys = load(hostJar.getInputStream(original));
						for (String key : swedish.stringPropertyNames()) {
							translated++;
							if (!keys.containsKey(key)) {
								wrong.add(fragment.getFileName() + "/" + entry.getName() + ": " + host + " has no key " + key);
							}
						}
						List<String> must = MUST.getOrDefault(host + "/" + english, List.of());
						for (String key : must) {
							if (!swedish.containsKey(key)) {
								wrong.add(host + "/" + english + ": " + key + " is not in " + language);
							}
						}
					}
				}
			}
		}
		assertEquals(List.of(), wrong, translated + " texts translated");
		assertFalse(translated < 200, "texts translated: " + translated);
	}

	private static List<Path> jars(Path plugins, String prefix) throws IOException {
		try (Stream<Path> all = Files.list(plugins)) {
			return all.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar")).sorted().toList();
		}
	}

	private static Properties load(InputStream in) throws IOException {
		Properties properties = new Properties();
		try (in) {
			properties.load(in);
		}
		return properties;
	}
}
