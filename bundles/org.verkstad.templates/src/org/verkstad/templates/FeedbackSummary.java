package org.verkstad.templates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.verkstad.core.io.Tables;
import org.verkstad.core.Model;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.core.nls.Languages;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Severity;

/**
 * A pack's feedback checks run over many participants' models: one row per participant and check
 * (passed or not, how often it failed, the first finding with its file and line), as CSV for a
 * spreadsheet and as an HTML page.
 */
public final class FeedbackSummary {

	/** One participant's result of one check; {@code first} is the first finding, empty when it passed. */
	public record Row(String participant, FeedbackCheck check, int findings, String first) {
		public boolean passed() {
			return findings == 0;
		}
	}

	/** The columns' headers (message keys), in order. */
	private static final List<String> COLUMNS = List.of("summary.participant", "summary.check", "summary.severity",
			"summary.result", "summary.findings", "summary.first");

	private FeedbackSummary() {
	}

	/** The id of the row that says whether a participant's models kept their template's locked elements. */
	public static final String LOCKED = "locked";

	/** The rows of one participant's model files; a file that cannot be read counts against every check. */
	public static List<Row> run(String participant, List<Path> files, List<FeedbackCheck> checks, Locale locale) {
		return run(participant, files, checks, null, locale);
	}

	/**
	 * The rows of one participant's model files for a pack: one per check, and one ({@value #LOCKED}) for
	 * the locked elements of the pack's templates in the models made from them, when the pack locks any.
	 */
	public static List<Row> run(String participant, List<Path> files, Packs.Pack pack, Locale locale) {
		return run(participant, files, pack.manifest().checks(), pack, locale);
	}

	private static List<Row> run(String participant, List<Path> files, List<FeedbackCheck> checks, Packs.Pack pack,
			Locale locale) {
		ResourceSet resourceSet = ModelIO.newResourceSet();
		List<Model> models = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		for (Path file : files) {
			try {
				models.add(ModelIO.load(resourceSet, file));
			} catch (ModelFileException e) {
				unreadable.add(e.message(locale));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (FeedbackCheck check : checks) {
			int count = unreadable.size();
			String first = unreadable.isEmpty() ? "" : unreadable.get(0);
			boolean applies = false;
			for (Model model : models) {
				applies |= check.appliesTo(model);
				for (FeedbackCheck.Result result : check.run(model, locale)) {
					if (count == 0) {
						first = model.eResource().getURI().lastSegment() + ":" + result.line() + ": " + result.message();
					}
					count++;
				}
			}
			// a participant without a model the check counts in has none of what it asks for
			if (!applies && "count".equals(check.kind()) && check.min() != null && check.min() > 0) {
				if (count == 0) {
					first = check.message(locale, "0");
				}
				count++;
			}
			rows.add(new Row(participant, check, count, first));
		}
		if (pack != null) {
			Row locked = locked(participant, models, pack, locale);
			if (locked != null) {
				rows.add(locked);
			}
		}
		return rows;
	}

	/** The row of the locked elements: what became of them in the participant's models made from the pack's templates. */
	private static Row locked(String participant, List<Model> models, Packs.Pack pack, Locale locale) {
		PackManifest manifest = pack.manifest();
		if (manifest.templates().stream().allMatch(t -> t.locked() == null || t.locked().isEmpty())) {
			return null;
		}
		String id = Packs.id(manifest);
		int count = 0;
		String first = "";
		for (Model model : models) {
			TemplateOrigin origin = TemplateOrigin.of(model).filter(o -> o.packId().equals(id)).orElse(null);
			PackManifest.Template template = origin == null ? null
					: manifest.templates().stream().filter(t -> t.file().equals(origin.file())).findFirst().orElse(null);
			if (template == null || template.locked() == null || template.locked().isEmpty()) {
				continue;
			}
			Model original;
			try {
				// from its bytes, in a folder that does not exist (as Packs.read reads it)
				Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), ".verkstad-pack-" + UUID.randomUUID());
				original = ModelIO.load(ModelIO.newResourceSet(), nowhere.resolve(Path.of(template.file()).getFileName()),
						pack.files().get(template.file()));
			} catch (ModelFileException e) {
				continue; // read checks every template
			}
			for (Finding finding : TemplateLocks.of(original, template.locked(), manifest.title())
					.findings(model)) {
				if (count == 0) {
					first = model.eResource().getURI().lastSegment() + ":" + finding.line() + ": " + finding.message(locale);
				}
				count++;
			}
		}
		FeedbackCheck check = new FeedbackCheck(LOCKED, LOCKED, null, null, null, null, null, null, null, "error",
				Map.of("sv", text(Languages.SWEDISH, "summary.locked"), "nb", text(Languages.NORWEGIAN, "summary.locked"), "en",
						text(Languages.ENGLISH, "summary.locked")));
		return new Row(participant, check, count, first);
	}

	public static byte[] csv(List<Row> rows, Locale locale) {
		return Tables.csv(headers(locale), rows.stream().map(r -> List.of(Tables.cell(r.participant()), Tables.cell(r.check().id()),
				Tables.cell(severity(r, locale)), Tables.cell(result(r, locale)), String.valueOf(r.findings()), Tables.cell(r.first())))
				.toList());
	}

	public static byte[] html(List<Row> rows, String packTitle, Locale locale) {
		return Tables.html(text(locale, "summary.title", packTitle), headers(locale),
				rows.stream().map(r -> List.of(r.participant(), r.check().id(), severity(r, locale), result(r, locale),
						String.valueOf(r.findings()), r.first())).toList(),
				rows.stream().map(r -> r.passed() ? "passed" : "failed").toList(), null, locale);
	}

	private static List<String> headers(Locale locale) {
		return COLUMNS.stream().map(key -> text(locale, key)).toList();
	}

	private static String result(Row r, Locale locale) {
		return text(locale, r.passed() ? "summary.passed" : "summary.failed");
	}

	/** The check's severity in the table's language ("varning", "warning"), as the checks' findings say it. */
	private static String severity(Row r, Locale locale) {
		Severity severity = r.check().severity() == null ? Severity.WARNING
				: Severity.valueOf(r.check().severity().toUpperCase(Locale.ROOT));
		return severity.label(locale);
	}

	private static String text(Locale locale, String key, Object... args) {
		return PackException.MESSAGES.get(locale, key, args);
	}
}
