package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A published figure to compare Dorset's with: national, South West or statistical
 * neighbours, with its period, source and whether it has been checked against the DfE
 * release. Reference data, read from a file so that a new release is a data change.
 */
public record ReferenceFigure(String measure, String comparator, String group, String period, double value,
		boolean confirmed, String source) {

	public static final String RESOURCE = "/reference/absence-reference-figures.csv";

	/** The figures shipped with the service. */
	public static List<ReferenceFigure> held() {
		InputStream in = ReferenceFigure.class.getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("the reference figures file " + RESOURCE + " is missing");
		}
		List<ReferenceFigure> figures = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", 7);
				if (cells.length != 7) {
					throw new IllegalStateException(RESOURCE + " line " + number + ": expected 7 cells");
				}
				figures.add(new ReferenceFigure(cells[0], cells[1], cells[2], cells[3], Double.parseDouble(cells[4]),
						Boolean.parseBoolean(cells[5]), cells[6]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(figures);
	}

}
