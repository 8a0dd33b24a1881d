package org.verkstad.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.verkstad.core.nls.Languages;

/**
 * The headless Verkstad: {@code verkstad <command> …}. An unexpected failure is reported in one
 * sentence with the path of a file holding the details, never as a stack trace.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		try {
			return new Cli(out, err).run(arguments == null ? new String[0] : arguments);
		} catch (RuntimeException | LinkageError e) {
			err.println(Console.MESSAGES.get(Languages.current(), "internalError", String.valueOf(e.getMessage()), log(e)));
			return 3;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static String log(Throwable e) {
		try {
			Path file = Files.createTempFile("verkstad-error-", ".log");
			try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
				e.printStackTrace(writer);
			}
			return file.toString();
		} catch (IOException io) {
			return "-";
		}
	}

	@Override
	public void stop() {
		// commands are short and end by themselves
	}
}
