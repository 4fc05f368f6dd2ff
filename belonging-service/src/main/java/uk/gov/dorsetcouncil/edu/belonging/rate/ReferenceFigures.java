package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Published figures to set beside Dorset's rates, as data (the way attendance keeps its
 * absence comparators, ADR 0011): {@code exclusion-reference-figures.csv}, one row per
 * measure, comparator, group and period, each with its source and whether it was checked
 * against the release. Nothing is made up: a comparator with no figure held is named in
 * {@link #notHeld()} so that a reader never mistakes a gap for a figure.
 */
public final class ReferenceFigures {

	/** The comparators the council compares its rates with. */
	public static final List<String> COMPARATORS = List.of("national", "South West");

	private static final String FILE = "exclusion-reference-figures.csv";

	private final List<Figure> figures;

	public ReferenceFigures(List<Figure> figures) {
		this.figures = List.copyOf(figures);
	}

	/**
	 * @param measure suspension_rate, permanent_exclusion_rate or
	 * one_or_more_suspension_rate
	 * @param comparator national, South West
	 * @param period for example "2023/24 full year"
	 * @param confirmed false for a figure not yet checked against the release
	 */
	public record Figure(String measure, String comparator, String group, String period, double value, String source,
			boolean confirmed) {
	}

	/** The figures shipped with the service. */
	public static ReferenceFigures shipped() {
		try (InputStream in = ReferenceFigures.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException("the reference figures " + FILE + " are missing from the build");
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ReferenceFigures read(BufferedReader lines) throws IOException {
		List<Figure> figures = new ArrayList<>();
		String header = lines.readLine();
		if (!"measure,comparator,group,period,value,source,confirmed".equals(header)) {
			throw new IllegalStateException(FILE + " starts with an unexpected header: " + header);
		}
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != 7) {
				throw new IllegalStateException(FILE + ": seven cells a row, not " + cells.length + " in " + line);
			}
			figures.add(new Figure(cells[0], cells[1], cells[2], cells[3], Double.parseDouble(cells[4]), cells[5],
					Boolean.parseBoolean(cells[6])));
		}
		return new ReferenceFigures(figures);
	}

	public List<Figure> all() {
		return this.figures;
	}

	/** The comparators of {@link #COMPARATORS} with no figure held. */
	public List<String> notHeld() {
		return COMPARATORS.stream()
			.filter(comparator -> this.figures.stream().noneMatch(f -> f.comparator().equals(comparator)))
			.toList();
	}

}
