import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Leaves out the signature files of the jars in every materialized product's {@code plugins} folder
 * ({@code java Unsign.java target/products}), run by the product's build before the archives are made.
 *
 * <p>The commands start on a plain class path (verkstad.sh), where the JVM checks the signature of every
 * signed jar it loads a class from: about 0.2 s of certificate work at each start that the OSGi framework
 * never did (it leaves signatures alone by default), and the JVM's class-data archive skips signed jars
 * altogether. The jars are the ones the target platform pinned and fetched from Maven Central; only
 * {@code META-INF/*.SF}, {@code *.RSA}, {@code *.DSA} and {@code *.EC} are left out, every other entry is
 * copied as it was. Each jar is written beside itself and then renamed over it.
 */
public final class Unsign {

	public static void main(String[] arguments) throws IOException {
		int unsigned = 0;
		try (Stream<Path> files = Files.walk(Path.of(arguments[0]))) {
			for (Path jar : files.filter(Unsign::isPluginJar).toList()) {
				if (unsign(jar)) {
					unsigned++;
				}
			}
		}
		System.out.println("Unsign: signature files left out of " + unsigned + " jars under " + arguments[0]);
	}

	private static boolean isPluginJar(Path file) {
		return file.getFileName().toString().endsWith(".jar") && file.getParent().getFileName().toString().equals("plugins");
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	private static boolean unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			List<? extends ZipEntry> entries = zip.stream().toList();
			if (entries.stream().noneMatch(entry -> isSignature(entry.getName()))) {
				return false;
			}
			try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
				for (ZipEntry entry : entries) {
					if (isSignature(entry.getName())) {
						continue;
					}
					ZipEntry kept = new ZipEntry(entry.getName());
					kept.setTime(entry.getTime());
					out.putNextEntry(kept);
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}
}
