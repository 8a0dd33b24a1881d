package org.verkstad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verkstad.core.nls.Languages;
import org.verkstad.core.notation.Contributions;

/**
 * The command line: {@code verkstad [--lang sv|en] <command> [arguments]}. Global options: {@code --help},
 * {@code --version}, {@code --lang}. Each command also answers {@code --help}.
 */
public final class Cli {

	private final Map<String, Command> commands = new LinkedHashMap<>();
	private final PrintStream out;
	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		for (Command command : List.of(new ValidateCommand(), new InfoCommand(), new CompareCommand(), new ConvertCommand(), new ImportCommand(), new FormatCommand(),
				new ServeCommand(), new ExportCommand(), new ReportCommand(), new PackCommand(), new NewCommand(), new CheckCommand(), new HandInCommand(), new DashboardCommand())) {
			commands.put(command.name(), command);
		}
	}

	/** Runs a command line and returns the exit code. */
	public int run(String... arguments) {
		List<String> rest = new ArrayList<>(List.of(arguments));
		Locale locale = Languages.current();
		for (int i = 0; i < rest.size(); i++) {
			String argument = rest.get(i);
			if (argument.equals("--lang") || argument.startsWith("--lang=")) {
				String tag = argument.startsWith("--lang=") ? argument.substring(7) : i + 1 < rest.size() ? rest.get(i + 1) : null;
				Locale chosen = Languages.parse(tag);
				if (chosen == null) {
					return new Console(out, err, locale).usageError(null, "usage.badLanguage", String.valueOf(tag));
				}
				locale = chosen;
				rest.remove(i);
				if (!argument.startsWith("--lang=")) {
					rest.remove(i);
				}
				i--;
			}
		}
		Locale.setDefault(locale); // diagnostics made through EMF use it too
		System.setProperty(Languages.PROPERTY, locale.getLanguage());
		Console console = new Console(out, err, locale);
		if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
			if (rest.size() > 1 && commands.containsKey(rest.get(1))) {
				out.print(console.text("help." + rest.get(1)));
				return Command.OK;
			}
			out.print(console.text("help"));
			return rest.isEmpty() ? Command.FAILED : Command.OK;
		}
		if (rest.get(0).equals("--version")) {
			out.println(console.text("version", Contributions.version(Cli.class)));
			return Command.OK;
		}
		Command command = commands.get(rest.get(0));
		if (command == null) {
			return console.usageError(null, "usage.unknownCommand", rest.get(0));
		}
		List<String> commandArguments = rest.subList(1, rest.size());
		if (commandArguments.contains("--help") || commandArguments.contains("-h")) {
			out.print(console.text("help." + command.name()));
			return Command.OK;
		}
		for (String argument : commandArguments) {
			if (argument.startsWith("-") && !command.options().contains(argument)) {
				return console.usageError(command.name(), "usage.unknownOption", argument);
			}
		}
		return command.run(commandArguments, console);
	}
}
