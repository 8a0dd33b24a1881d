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

	/**
	 * The stack of the thread a command runs on: reading, checking and drawing a large model recurse as
	 * deep as its longest chain of steps (the main thread's 8 MB ended a 20,000-step map's drawing).
	 */
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	@Override
	public Object start(IApplicationContext context) throws InterruptedException {
		return launch((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
	}

	/** Runs a command line on a thread with a deep stack and returns its exit status, inside OSGi or not. */
	static int launch(String[] arguments) throws InterruptedException {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int[] status = { 3 };
		Thread command = new Thread(null, () -> status[0] = run(arguments, out, err), "verkstad", STACK_BYTES);
		command.start();
		command.join();
		return status[0];
	}

	private static int run(String[] arguments, PrintStream out, PrintStream err) {
		try {
			return new Cli(out, err).run(arguments == null ? new String[0] : arguments);
		} catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
			// whatever failed, the user reads one sentence and where the details are, and the exit status says so
			err.println(Console.MESSAGES.get(Languages.current(), "internalError",
					e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(), log(e)));
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
