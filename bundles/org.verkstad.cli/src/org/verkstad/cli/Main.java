package org.verkstad.cli;

/**
 * The headless Verkstad without an OSGi framework: {@code java -cp <the bundles' jars> org.verkstad.cli.Main
 * <command> …}. The commands run exactly as under Equinox ({@link CliApplication}); what the bundles
 * contribute is read from their {@code plugin.xml} files on the class path into the same extension registry
 * when a command first asks for it. The diagram server and the workbench stay on Equinox.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] arguments) throws InterruptedException {
		System.exit(CliApplication.launch(arguments));
	}
}
