package uk.gov.dorsetcouncil.edu.send.sen2.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.gov.dorsetcouncil.edu.send.sen2.Sen2Return;
import uk.gov.dorsetcouncil.edu.send.sen2.Sen2Table;

/**
 * The SEN2 table as CSV (RFC 4180: comma separated, CRLF line ends, a header row, quoted
 * only where a value needs it), written by Apache Commons CSV so that quoting and
 * escaping are the library's (ADR 0037). A null (a percentage of nothing) is an empty
 * cell.
 */
final class Sen2Csv {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader(Sen2Table.COLUMNS.toArray(String[]::new))
		.setNullString("")
		.get();

	private Sen2Csv() {
	}

	static String write(Sen2Return figures, List<Sen2Table.Row> rows) {
		StringWriter out = new StringWriter(64 * rows.size());
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			for (Sen2Table.Row row : rows) {
				printer.printRecord(figures.censusDate(), Sen2Table.LA_CODE, row.section(), row.measure(),
						row.breakdown(), row.value());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("writing to a string failed", ex);
		}
		return out.toString();
	}

}
