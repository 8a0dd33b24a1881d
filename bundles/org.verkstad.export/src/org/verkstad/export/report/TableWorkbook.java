package org.verkstad.export.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verkstad.core.Model;
import org.verkstad.core.notation.Notations;
import org.verkstad.export.ExportMessages;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.InterchangeException;
import org.verkstad.export.report.Sheets.Grid;
import org.verkstad.export.report.Sheets.Value;

/**
 * A model's tables as an Excel workbook ({@code export --format xlsx}): the tables its part of the
 * course report has (an activity list with its times, costs and value classes; a journey's phases; SWOT
 * items and strategies; a board's notes; the effect measures; a to-be map against its as-is map), a sheet
 * each, with numbers and durations as numbers a spreadsheet sums. For every notation.
 */
public final class TableWorkbook implements Interchange {

	@Override
	public String format() {
		return "xlsx";
	}

	@Override
	public String extension() {
		return "xlsx";
	}

	@Override
	public String notation() {
		return ANY_NOTATION;
	}

	@Override
	public Set<String> reads() {
		return Set.of();
	}

	@Override
	public Imported read(Path file, ImportOptions options) throws InterchangeException {
		throw new InterchangeException(ExportMessages.MESSAGES, file, 0, "workbook.notRead", null);
	}

	@Override
	public byte[] write(Path modelFile, Model model, Locale locale) throws InterchangeException {
		List<Grid> grids = new ArrayList<>(CourseReport.grids(modelFile, model, Notations.of(model).orElse(null), locale));
		if (grids.isEmpty()) {
			grids.add(new Grid(modelFile.getFileName().toString(), List.of(""),
					List.of(List.of(Value.text(ExportMessages.MESSAGES.get(locale, "workbook.empty"))))));
		}
		try {
			return Sheets.xlsx(grids);
		} catch (IOException e) {
			throw new InterchangeException(ExportMessages.MESSAGES, modelFile, 0, "workbook.failed", e, String.valueOf(e.getMessage()));
		}
	}
}
