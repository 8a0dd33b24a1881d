package org.verkstad.architecture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The bundles of the source tree ({@code bundles/} and {@code tests/}), read from their manifests. */
final class Bundles {

	static final Path ROOT = Path.of(System.getProperty("verkstad.root", "../..")).toAbsolutePath().normalize();

	private Bundles() {
	}

	/**
	 * One bundle as its manifest declares it.
	 *
	 * @param required the bundles it requires, each with whether it may be absent
	 * @param imported the packages it imports
	 */
	record Bundle(String id, Path dir, String host, List<Requirement> required, List<String> imported, String pluginXml) {

		boolean contributes(String extensionPoint) {
			return pluginXml.contains("point=\"" + extensionPoint + "\"");
		}
	}

	record Requirement(String id, boolean optional) {
	}

	static List<Bundle> in(String folder) throws IOException {
		List<Bundle> bundles = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(ROOT.resolve(folder))) {
			for (Path dir : dirs.sorted().toList()) {
				Path manifest = dir.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest)) {
					bundles.add(read(dir, manifest));
				}
			}
		}
		return bundles;
	}

	private static Bundle read(Path dir, Path file) throws IOException {
		Manifest manifest;
		try (InputStream in = Files.newInputStream(file)) {
			manifest = new Manifest(in);
		}
		var main = manifest.getMainAttributes();
		String id = clauses(main.getValue("Bundle-SymbolicName")).get(0).split(";")[0].trim();
		String host = main.getValue("Fragment-Host") == null ? null : main.getValue("Fragment-Host").split(";")[0].trim();
		List<Requirement> required = clauses(main.getValue("Require-Bundle")).stream()
				.map(c -> new Requirement(c.split(";")[0].trim(), c.replace(" ", "").contains("resolution:=optional"))).toList();
		List<String> imported = clauses(main.getValue("Import-Package")).stream().map(c -> c.split(";")[0].trim()).toList();
		Path pluginXml = dir.resolve("plugin.xml");
		return new Bundle(id, dir, host, required, imported, Files.isRegularFile(pluginXml) ? Files.readString(pluginXml) : "");
	}

	/** The clauses of a manifest header: split at commas outside quotes (version ranges hold commas). */
	static List<String> clauses(String header) {
		List<String> result = new ArrayList<>();
		if (header == null) {
			return result;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				result.add(clause.toString().trim());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		if (!clause.isEmpty()) {
			result.add(clause.toString().trim());
		}
		return result;
	}
}
