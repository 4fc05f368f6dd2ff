package uk.gov.dorsetcouncil.edu.gateway.disclosure.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tables of counts and what is published. Each table is rows separated by '/', counts by
 * ' '; the expected output lists every row with its total, then the column totals with
 * the grand total, 'c' where hidden.
 */
class SmallNumberSuppressionTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"nothing small is shown as it is | 2 | 10 20/30 40 | 10 20 30/30 40 70/40 60 100",
			"a true zero is shown | 2 | 0 20/30 40 | 0 20 20/30 40 70/30 60 90",
			"a 1 hides partners in its row and column, and they in theirs, until no line hides one figure | 2 | 1 20 5/30 40 6/7 8 9 | c c c 26/c 40 c 76/c c 9 24/38 68 20 126",
			"two small cells protect each other in their row; their columns need a partner each | 2 | 1 2 30/40 50 60 | c c 30 33/c c 60 150/41 52 90 183",
			"a threshold of 5 (local policy) | 5 | 4 20/30 40 | c c 24/c c 70/34 60 94",
			"a small total is hidden with its parts | 2 | 1 0/0 0 | c 0 c/0 0 0/c 0 c",
			"a single row | 2 | 1 8 9 | c c 9 18/c c 9 18" })
	void suppresses(String why, int threshold, String table, String expected) {
		SmallNumberSuppression.SuppressedTable suppressed = SmallNumberSuppression.apply(parse(table), threshold);
		assertThat(render(suppressed, parse(table))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "threshold {0}")
	@CsvSource({ "0", "-1" })
	void refusesAThresholdBelowOne(int threshold) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SmallNumberSuppression.apply(new int[][] { { 1 } }, threshold));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "1 20 5/30 40 6/7 8 9", "1 2 30/40 50 60", "3 1 0 7/0 0 2 9/5 5 5 5", "1 1 1/1 1 1/1 1 100" })
	void noLineHidesExactlyOneFigure(String table) {
		int[][] counts = parse(table);
		SmallNumberSuppression.SuppressedTable suppressed = SmallNumberSuppression.apply(counts, 2);
		int rows = counts.length;
		int columns = counts[0].length;
		for (int r = 0; r <= rows; r++) {
			int hidden = 0;
			for (int c = 0; c <= columns; c++) {
				hidden += suppressed.hidden(r, c) ? 1 : 0;
			}
			assertThat(hidden).as("row %d", r).isNotEqualTo(1);
		}
		for (int c = 0; c <= columns; c++) {
			int hidden = 0;
			for (int r = 0; r <= rows; r++) {
				hidden += suppressed.hidden(r, c) ? 1 : 0;
			}
			assertThat(hidden).as("column %d", c).isNotEqualTo(1);
		}
	}

	@ParameterizedTest(name = "{0} with threshold {1} -> {2}")
	@CsvSource({ "0, 2, 0", "1, 2, c", "2, 2, c", "3, 2, 3", "4, 5, c", "17, 2, 17" })
	void aCountOnItsOwnIsHiddenOnlyWhenSmall(int count, int threshold, String expected) {
		assertThat(String.valueOf(SmallNumberSuppression.count(count, threshold))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} of {1} -> {2} of {3}")
	@CsvSource({ "5, 6, c, 6", "1, 6, c, 6", "3, 6, 3, 6", "0, 6, 0, 6", "6, 6, 6, 6", "2, 2, c, c", "0, 0, 0, 0",
			"0, 2, 0, c" })
	void aPartIsHiddenWhenItOrTheRestOfItsWholeIsSmall(int part, int whole, String shownPart, String shownWhole) {
		Object[] shown = SmallNumberSuppression.partOfWhole(part, whole, 2);
		assertThat(String.valueOf(shown[0])).isEqualTo(shownPart);
		assertThat(String.valueOf(shown[1])).isEqualTo(shownWhole);
	}

	private static int[][] parse(String table) {
		return Arrays.stream(table.split("/"))
			.map(row -> Arrays.stream(row.trim().split(" ")).mapToInt(Integer::parseInt).toArray())
			.toArray(int[][]::new);
	}

	private static String render(SmallNumberSuppression.SuppressedTable table, int[][] counts) {
		List<String> lines = new ArrayList<>();
		for (int r = 0; r < counts.length; r++) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < counts[0].length; c++) {
				cells.add(String.valueOf(table.cell(r, c)));
			}
			cells.add(String.valueOf(table.rowTotal(r)));
			lines.add(String.join(" ", cells));
		}
		List<String> totals = new ArrayList<>();
		for (int c = 0; c < counts[0].length; c++) {
			totals.add(String.valueOf(table.columnTotal(c)));
		}
		totals.add(String.valueOf(table.grandTotal()));
		lines.add(String.join(" ", totals));
		return String.join("/", lines);
	}

}
