package uk.gov.dorsetcouncil.edu.pledge.workforce.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.pledge.workforce.SubmissionInput;

/**
 * Workforce figures as CSV (RFC 4180, Apache Commons CSV as attendance's imports read
 * it): a header naming exactly the submission's fields, in any order and any case, then
 * one row a school. A column the submission does not have is refused, never ignored: a
 * column of free text could carry a person's name (ADR 0046). A cell that is not a number
 * is named by its row and column ({@code rows[2].tas}); rows count from 1 after the
 * header.
 */
final class SubmissionCsv {

	/** More rows than a return of every Dorset school, several times over. */
	static final int MOST_ROWS = 1_000;

	private static final String WHOLE = "[0-9]{1,12}";

	private static final String DECIMAL = "[0-9]{1,7}(\\.[0-9]{1,6})?";

	private SubmissionCsv() {
	}

	/**
	 * The rows read, and the cells that could not be read.
	 */
	record Read(List<SubmissionInput> rows, List<Violation> unread) {
	}

	static Read read(byte[] body) {
		String text = text(body);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setAllowMissingColumnNames(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<SubmissionInput> rows = new ArrayList<>();
		List<Violation> unread = new ArrayList<>();
		boolean[] headerRead = { false };
		try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = header(parser.getHeaderNames());
			headerRead[0] = true;
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				if (row > MOST_ROWS) {
					throw ProblemException.invalid("body", "has at most " + MOST_ROWS + " rows");
				}
				if (record.size() != header.size()) {
					unread.add(new Violation("rows[" + row + "]",
							"row " + row + " (line " + record.getParser().getCurrentLineNumber() + ") has "
									+ record.size() + " cells; the header names " + header.size()));
					rows.add(null);
					continue;
				}
				rows.add(row(record, header, row, unread));
			}
		}
		// The text is in memory, so an IOException is Commons CSV's CSVException: a
		// quote never closed, a character after a closing quote (found by fuzzing).
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			if (ex instanceof ProblemException problem) {
				throw problem;
			}
			String why = KeptText.quoted(String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
			if (!headerRead[0]) {
				throw ProblemException.invalid("header", "the first line, naming the columns, cannot be read: " + why);
			}
			int row = rows.size() + 1;
			throw ProblemException.invalid("rows[" + row + "]", "the CSV cannot be read at row " + row + ": " + why);
		}
		return new Read(rows, unread);
	}

	/** The body as text, without the byte order mark a spreadsheet may write first. */
	private static String text(byte[] body) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw ProblemException.invalid("body", "is CSV in UTF-8");
		}
	}

	/**
	 * Each field's column; refused unless the header names every field once, and no
	 * other.
	 */
	private static Map<String, Integer> header(List<String> names) {
		Map<String, String> known = new HashMap<>();
		SubmissionInput.FIELDS.forEach(field -> known.put(field.toLowerCase(Locale.ROOT), field));
		Map<String, Integer> columns = new TreeMap<>();
		List<Violation> problems = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = (names.get(i) == null) ? "" : names.get(i);
			String field = known.get(name.toLowerCase(Locale.ROOT));
			if (field == null) {
				problems.add(new Violation("header", "the column " + KeptText.quoted(name) + " is not one of "
						+ SubmissionInput.FIELDS + " (no column of free text is taken: it could carry a name)"));
			}
			else if (columns.putIfAbsent(field, i) != null) {
				problems.add(new Violation("header", "the column " + field + " is named twice"));
			}
		}
		List<String> missing = SubmissionInput.FIELDS.stream().filter(f -> !columns.containsKey(f)).toList();
		if (!missing.isEmpty()) {
			problems.add(new Violation("header", "the first line names every column; missing " + missing));
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
		return columns;
	}

	private static SubmissionInput row(CSVRecord record, Map<String, Integer> header, int row, List<Violation> unread) {
		Cells cells = new Cells(record, header, row, unread);
		return new SubmissionInput(cells.text("school"), cells.text("term"), cells.whole("headcount"),
				cells.decimal("fte"), cells.whole("respondents"), cells.whole("agreeWellbeingGood"),
				cells.whole("agreeSafeAndSupported"), cells.whole("agreeSupportAccessible"),
				cells.whole("agreeDevelopmentRelevant"), cells.whole("agreeGrowthRecognised"),
				cells.whole("stressDaysLost"), cells.whole("tas"), cells.whole("tasInducted"),
				cells.whole("tasCompletedCpd"), cells.whole("tasCareerProgressed"), cells.whole("tasPayProgressed"),
				cells.whole("vacancies"), cells.whole("postsFilled"), cells.whole("leavers"));
	}

	/**
	 * One row's cells by column name; a cell that is no number is noted and read as
	 * absent.
	 */
	private record Cells(CSVRecord record, Map<String, Integer> header, int row, List<Violation> unread) {

		String text(String column) {
			String cell = this.record.get(this.header.get(column));
			return cell.isBlank() ? null : cell;
		}

		Long whole(String column) {
			String cell = text(column);
			if (cell == null) {
				return null;
			}
			if (!cell.matches(WHOLE)) {
				note(column, "is a whole number of at most 12 digits, not " + KeptText.quoted(cell));
				return null;
			}
			return Long.parseLong(cell);
		}

		Double decimal(String column) {
			String cell = text(column);
			if (cell == null) {
				return null;
			}
			if (!cell.matches(DECIMAL)) {
				note(column, "is a number such as 38.5, not " + KeptText.quoted(cell));
				return null;
			}
			return Double.valueOf(cell);
		}

		private void note(String column, String detail) {
			this.unread.add(new Violation("rows[" + this.row + "]." + column,
					"row " + this.row + ", column " + column + ": " + detail));
		}

	}

}
