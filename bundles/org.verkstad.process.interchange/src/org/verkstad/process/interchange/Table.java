package org.verkstad.process.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.verkstad.core.io.ModelIO;
import org.verkstad.export.interchange.InterchangeException;

/**
 * The rows of a spreadsheet's first sheet or of a CSV file, each cell as the program showing it shows it,
 * with the row number the person sees. CSV is read with Commons CSV: the separator (semicolon, as Swedish
 * and Norwegian Excel write it, comma or tab) from the first line, the encoding UTF-8 (with or without
 * its mark) or else Windows-1252 (older Excel). XLSX through POI, which guards against archive bombs;
 * files are bounded like model files.
 */
record Table(List<Line> rows, String encoding) {

	/** A row: its number (1 for the first line) and its cells, blanks as empty strings. */
	record Line(int number, List<String> cells) {

		String cell(int column) {
			return column >= 0 && column < cells.size() ? cells.get(column) : "";
		}

		boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	static final int MAX_ROWS = 20_000;
	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static Table read(Path file) throws InterchangeException {
		try {
			if (Files.size(file) > ModelIO.MAX_FILE_SIZE) {
				throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "import.tooLarge", null,
						Files.size(file) / (1024 * 1024), ModelIO.MAX_FILE_SIZE / (1024 * 1024));
			}
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			return name.endsWith(".csv") ? csv(file, Files.readAllBytes(file)) : xlsx(file);
		} catch (IOException e) {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "import.unreadable", e, String.valueOf(e.getMessage()));
		}
	}

	private static Table xlsx(Path file) throws InterchangeException {
		try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
			List<Line> rows = new ArrayList<>();
			if (sheet != null) {
				DataFormatter formatter = new DataFormatter(Locale.ROOT);
				FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
				for (Row row : sheet) {
					if (rows.size() >= MAX_ROWS) {
						throw new InterchangeException(BpmnInterchange.MESSAGES, file, row.getRowNum() + 1, "list.tooManyRows", null, MAX_ROWS);
					}
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip());
					}
					rows.add(new Line(row.getRowNum() + 1, cells));
				}
			}
			return new Table(rows, null);
		} catch (IOException | RuntimeException e) {
			// POI says what is wrong with a file that is not a workbook (or a bomb) with exceptions of its own
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, 0, "list.notAWorkbook", e, XmlGate.cause(e));
		}
	}

	private static Table csv(Path file, byte[] bytes) throws InterchangeException {
		String encoding = "UTF-8";
		String text;
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			text = new String(bytes, WINDOWS_1252);
			encoding = "Windows-1252";
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreSurroundingSpaces(true)
				.setMaxRows(MAX_ROWS).get();
		List<Line> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				rows.add(new Line((int) record.getRecordNumber(), List.of(record.values()).stream().map(String::strip).toList()));
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new InterchangeException(BpmnInterchange.MESSAGES, file, rows.size() + 1, "list.badCsv", e, XmlGate.cause(e));
		}
		return new Table(rows, encoding);
	}

	/** The separator the first line uses most, outside quotes: semicolon, comma or tab. */
	static char separator(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
	}
}
