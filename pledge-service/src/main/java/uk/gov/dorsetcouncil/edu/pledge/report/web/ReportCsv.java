package uk.gov.dorsetcouncil.edu.pledge.report.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.gov.dorsetcouncil.edu.pledge.report.FigureAsOf;
import uk.gov.dorsetcouncil.edu.pledge.report.MeasureLine;
import uk.gov.dorsetcouncil.edu.pledge.report.StakeholderUpdate;
import uk.gov.dorsetcouncil.edu.pledge.report.StakeholderUpdate.Figure;
import uk.gov.dorsetcouncil.edu.pledge.report.StakeholderUpdate.Item;
import uk.gov.dorsetcouncil.edu.pledge.report.web.ReportView.LineView;

/**
 * The Board report and the stakeholder update as CSV (RFC 4180, a header row, quoted only
 * where a value needs it), written by Apache Commons CSV as the SEN2 export is (ADR
 * 0037): one row per measure, a commitment without measures as one row with the measure's
 * cells empty; every figure's row has its as-of time. A null is an empty cell.
 */
final class ReportCsv {

	static final List<String> REPORT_COLUMNS = List.of("meeting", "report_as_of", "commitment", "pledge", "title",
			"status", "derived", "override_reason", "previous", "movement", "measure", "measure_name", "value", "unit",
			"target", "direction", "measure_status", "change", "figure_as_of");

	static final List<String> UPDATE_COLUMNS = List.of("meeting", "commitment", "pledge", "title", "how_it_is_going",
			"measure", "value", "in_words", "aim", "figure_as_of");

	private ReportCsv() {
	}

	static String report(ReportView report) {
		return write(REPORT_COLUMNS, printer -> {
			for (LineView line : report.commitments()) {
				List<Object> commitment = List.of(report.meeting(), report.asOf(), line.key(), line.pledge(),
						line.title(), line.status(), line.derived(),
						(line.override() != null) ? line.override().reason() : "",
						(line.previous() != null) ? line.previous() : "", line.movement());
				if (line.measures().isEmpty()) {
					printer.printRecord(padded(commitment));
				}
				for (MeasureLine measure : line.measures()) {
					var reading = measure.reading();
					printer.printRecord(
							concat(commitment, reading.measure().id(), reading.measure().name(), reading.value(),
									reading.measure().unit(), reading.measure().target(), reading.measure().direction(),
									measure.rag(), measure.change(), FigureAsOf.of(reading, report.asOf())));
				}
			}
		});
	}

	static String update(StakeholderUpdate update) {
		return write(UPDATE_COLUMNS, printer -> {
			for (Item item : update.items()) {
				List<Object> commitment = List.of(update.meeting(), item.key(), item.pledge(), item.title(),
						item.howItIsGoing());
				if (item.figures().isEmpty()) {
					printer.printRecord(concat(commitment, null, null, null, null, null));
				}
				for (Figure figure : item.figures()) {
					printer.printRecord(concat(commitment, figure.measure(), figure.value(), figure.text(),
							figure.aim(), figure.asOf()));
				}
			}
		});
	}

	private static List<Object> padded(List<Object> commitment) {
		return concat(commitment, null, null, null, null, null, null, null, null, null);
	}

	private static List<Object> concat(List<Object> first, Object... rest) {
		List<Object> row = new ArrayList<>(first);
		row.addAll(Arrays.asList(rest));
		return row;
	}

	private static String write(List<String> columns, Rows rows) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader(columns.toArray(String[]::new))
			.setNullString("")
			.get();
		StringWriter out = new StringWriter(16_384);
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			rows.print(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("writing to a string failed", ex);
		}
		return out.toString();
	}

	@FunctionalInterface
	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

}
