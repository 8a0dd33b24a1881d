package org.verkstad.process.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verkstad.core.Model;
import org.verkstad.export.interchange.ImportOptions;
import org.verkstad.export.interchange.Imported;
import org.verkstad.export.interchange.Interchange;
import org.verkstad.export.interchange.InterchangeException;

/** Activity lists from spreadsheets (XLSX, CSV) as process maps, laid out automatically: {@link ActivityListSource}. */
public final class ActivityListInterchange implements Interchange {

	@Override
	public String format() {
		return null;
	}

	@Override
	public String extension() {
		return null;
	}

	@Override
	public String notation() {
		return "process";
	}

	@Override
	public Set<String> reads() {
		return Set.of("xlsx", "csv");
	}

	@Override
	public Imported read(Path file, ImportOptions options) throws InterchangeException {
		Tally tally = new Tally(BpmnInterchange.MESSAGES, options.locale());
		Sketch sketch = ActivityListSource.read(file, options, tally);
		Path folder = options.folder() != null ? options.folder() : file.toAbsolutePath().getParent();
		return new Imported(List.of(SketchBuilder.build(sketch, tally, folder)), tally.lines());
	}

	@Override
	public byte[] write(Path modelFile, Model model, Locale locale) throws InterchangeException {
		throw new InterchangeException(BpmnInterchange.MESSAGES, modelFile, 0, "list.notWritten", null);
	}
}
