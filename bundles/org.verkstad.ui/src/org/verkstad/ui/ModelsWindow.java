package org.verkstad.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.nls.Messages;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notation.Fact;
import org.verkstad.core.notation.Notations;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;
import org.verkstad.core.validation.Validation;

/**
 * A window listing the models of a folder (the course examples) with their notation and check
 * results; selecting one shows its summary, analyses and findings.
 */
final class ModelsWindow {

	private static final Messages MESSAGES = new Messages(ModelsWindow.class, "org.verkstad.ui.messages");

	private final Display display;
	private final Path folder;
	private final Locale locale = Languages.current();
	private final ResourceSet resourceSet = ModelIO.newResourceSet();

	ModelsWindow(Display display, Path folder) {
		this.display = display;
		this.folder = folder;
	}

	Shell open() {
		Shell shell = new Shell(display);
		shell.setText(text("window.title"));
		shell.setLayout(new GridLayout(1, false));
		Label heading = new Label(shell, SWT.NONE);
		heading.setText(text("window.heading", folder.toAbsolutePath().normalize()));
		FontData data = heading.getFont().getFontData()[0];
		Font bold = new Font(display, data.getName(), data.getHeight() + 2, SWT.BOLD);
		heading.setFont(bold);
		shell.addDisposeListener(e -> bold.dispose());

		SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Table table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String column : List.of("column.notation", "column.name", "column.checks")) {
			new TableColumn(table, SWT.LEFT).setText(text(column));
		}
		Text details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		sash.setWeights(55, 45);

		for (Path file : modelFiles()) {
			TableItem item = new TableItem(table, SWT.NONE);
			try {
				Model model = ModelIO.load(resourceSet, file);
				List<Finding> findings = Validation.validate(model.eResource());
				item.setText(new String[] { Notations.of(model).map(n -> n.name(locale)).orElse("?"), model.getName(),
						text("checks", count(findings, Severity.ERROR), count(findings, Severity.WARNING),
								count(findings, Severity.HINT)) });
				item.setData(describe(file, model, findings));
			} catch (ModelFileException e) {
				item.setText(new String[] { "-", file.getFileName().toString(), e.message(locale) });
				item.setData(file.getFileName() + "\n\n" + text("finding", e.line(), Severity.ERROR.label(locale),
						e.message(locale)));
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.addListener(SWT.Selection, e -> details.setText((String) e.item.getData()));
		if (table.getItemCount() > 0) {
			table.select(0);
			details.setText((String) table.getItem(0).getData());
		} else {
			details.setText(text("empty", folder));
		}
		shell.setSize(1200, 760);
		shell.open();
		return shell;
	}

	/** The model's summary, analyses and findings, as shown beside the list (made once, when the list is filled). */
	private String describe(Path file, Model model, List<Finding> findings) {
		StringBuilder out = new StringBuilder(file.getFileName().toString()).append("\n\n");
		Notation notation = Notations.of(model).orElseThrow();
		for (Fact fact : notation.summarize(model, locale)) {
			out.append(fact.label()).append(": ").append(fact.value()).append('\n');
		}
		out.append('\n');
		for (Finding finding : findings) {
			out.append(text("finding", finding.line(), finding.severity().label(locale), finding.message(locale)))
					.append('\n');
		}
		return out.toString();
	}

	private List<Path> modelFiles() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> Files.isRegularFile(f) && ModelIO.isModelFile(resourceSet, f)).sorted()
					.collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	private String text(String key, Object... arguments) {
		return MESSAGES.get(locale, key, arguments);
	}
}
