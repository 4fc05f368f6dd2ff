package uk.gov.dorsetcouncil.edu.platform.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Figure;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Suppressed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Small-number suppression (DfE Statistical policy statement on confidentiality; GSS
 * "Using symbols and shorthand in tables"; shared domain rules section 7), case by case.
 */
class SmallNumberSuppressionTest {

	/**
	 * Tables published with their totals: rows separated by '/', counts by ' '; the
	 * expected output lists every row with its total, then the column totals with the
	 * grand total, 'c' where hidden. The gateway's EHC plan dashboard is such a table.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"nothing small is shown as it is | 2 | 10 20/30 40 | 10 20 30/30 40 70/40 60 100",
			"a true zero is shown | 2 | 0 20/30 40 | 0 20 20/30 40 70/30 60 90",
			"a 1 hides partners in its row and column, and they in theirs, until no line hides one figure | 2 | 1 20 5/30 40 6/7 8 9 | c c c 26/c 40 c 76/c c 9 24/38 68 20 126",
			"two small cells protect each other in their row; their columns need a partner each | 2 | 1 2 30/40 50 60 | c c 30 33/c c 60 150/41 52 90 183",
			"a threshold of 5 (local policy) | 5 | 4 20/30 40 | c c 24/c c 70/34 60 94",
			"a small total is hidden with its parts | 2 | 1 0/0 0 | c 0 c/0 0 0/c 0 c",
			"a single row | 2 | 1 8 9 | c c 9 18/c c 9 18",
			"a 2 in a row of zeros takes its total with it, a zero is left shown | 2 | 2 0 0/5 5 5 | c 0 0 c/c 5 5 c/7 5 5 17",
			"DfE's threshold: 3 is shown | 2 | 3 4/5 6 | 3 4 7/5 6 11/8 10 18" })
	void suppressesATableWithItsTotals(String why, int threshold, String table, String expected) {
		long[][] counts = parse(table);
		Figures.Table cells = Figures.table(counts);
		Suppressed shown = new SmallNumberSuppression(threshold).apply(cells.figures());
		assertThat(render(shown, cells)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "1 20 5/30 40 6/7 8 9", "1 2 30/40 50 60", "3 1 0 7/0 0 2 9/5 5 5 5",
			"1 1 1/1 1 1/1 1 100", "2 0 0/5 5 5", "0 0 1/0 0 0" })
	void noSumHidesExactlyOneFigure(String table) {
		Figures.Table cells = Figures.table(parse(table));
		Suppressed shown = new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD).apply(cells.figures());
		for (int[] line : cells.figures().sums()) {
			assertThat(Arrays.stream(line).filter(shown::hidden).count()).as(Arrays.toString(line)).isNotEqualTo(1);
		}
	}

	/**
	 * Attendance by group, as the attendance service publishes it: each group's
	 * enrolments, overall, authorised and unauthorised absence; groups add up to the
	 * total in each column, overall absence is authorised plus unauthorised in each row,
	 * and every figure of a group describes its enrolments. Rows:
	 * enrolments/overall/authorised/unauthorised, groups then the total last.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"nothing small: all shown | 40/30/20/10 ; 60/30/30/0 | 40/30/20/10 ; 60/30/30/0 ; 100/60/50/10",
			"a group of 2 pupils hides its row, and the only other group with it | 2/2/1/1 ; 60/40/30/10 | c/c/c/c ; c/c/c/c ; 62/42/31/11",
			"a group of 1 of three: the next smallest group goes too | 1/1/1/0 ; 30/20/10/10 ; 50/40/20/20 | c/c/c/c ; c/c/c/c ; 50/40/20/20 ; 81/61/31/30",
			"2 unauthorised: its group's authorised goes with it, then one more in each column | 40/22/20/2 ; 60/50/30/20 ; 70/55/30/25 | 40/22/c/c ; 60/50/c/c ; 70/55/30/25 ; 170/127/80/47",
			"zero is a true zero and shown | 40/0/0/0 ; 60/50/30/20 | 40/0/0/0 ; 60/50/30/20 ; 100/50/30/20" })
	void suppressesGroupsOfPupils(String why, String groups, String expected) {
		List<long[]> rows = new ArrayList<>();
		long[] total = new long[4];
		for (String group : groups.split(";")) {
			long[] row = Arrays.stream(group.strip().split("/")).mapToLong(Long::parseLong).toArray();
			rows.add(row);
			for (int c = 0; c < 4; c++) {
				total[c] += row[c];
			}
		}
		rows.add(total);
		Figures figures = new Figures();
		int[][] cells = new int[rows.size()][4];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < 4; c++) {
				cells[r][c] = figures.add(rows.get(r)[c]);
			}
			figures.sum(cells[r][1], cells[r][2], cells[r][3]);
			figures.describe(cells[r][0], cells[r][1], cells[r][2], cells[r][3]);
		}
		int groupCount = rows.size() - 1;
		for (int c = 0; c < 4; c++) {
			int[] parts = new int[groupCount];
			for (int r = 0; r < groupCount; r++) {
				parts[r] = cells[r][c];
			}
			figures.sum(cells[groupCount][c], parts);
		}
		Suppressed shown = new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD).apply(figures);
		List<String> rendered = new ArrayList<>();
		for (int[] row : cells) {
			rendered
				.add(String.join("/", Arrays.stream(row).mapToObj((cell) -> shown.figure(cell).toString()).toList()));
		}
		assertThat(String.join(" ; ", rendered)).isEqualTo(expected);
		assertThat(shown.anyHidden(cells[0][3], cells[0][0])).as("a rate over a hidden count is hidden")
			.isEqualTo(shown.hidden(cells[0][3]) || shown.hidden(cells[0][0]));
	}

	@ParameterizedTest(name = "{0} with threshold {1} -> {2}")
	@CsvSource({ "0, 2, 0", "1, 2, c", "2, 2, c", "3, 2, 3", "4, 5, c", "5, 5, c", "6, 5, 6", "17, 2, 17" })
	void aCountOnItsOwnIsHiddenOnlyWhenSmall(long count, int threshold, String expected) {
		assertThat(new SmallNumberSuppression(threshold).count(count).toString()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} of {1} -> {2} of {3}")
	@CsvSource({ "5, 6, c, 6", "1, 6, c, 6", "3, 6, 3, 6", "0, 6, 0, 6", "6, 6, 6, 6", "2, 2, c, c", "0, 0, 0, 0",
			"0, 2, 0, c" })
	void aPartIsHiddenWhenItOrTheRestOfItsWholeIsSmall(long part, long whole, String shownPart, String shownWhole) {
		List<Figure> shown = new SmallNumberSuppression(2).partOfWhole(part, whole);
		assertThat(shown.get(0).toString()).isEqualTo(shownPart);
		assertThat(shown.get(1).toString()).isEqualTo(shownWhole);
	}

	@Test
	void offHidesNothing() {
		Figures.Table cells = Figures.table(new long[][] { { 1, 2 }, { 0, 1 } });
		Suppressed shown = SmallNumberSuppression.off().apply(cells.figures());
		assertThat(render(shown, cells)).isEqualTo("1 2 3/0 1 1/1 3 4");
	}

	@Test
	void aHiddenFigureDoesNotCarryItsCount() {
		Figure hidden = new SmallNumberSuppression(2).count(1);
		assertThat(hidden.count()).isNull();
		assertThat(hidden.shown()).isEqualTo(SmallNumberSuppression.SYMBOL);
	}

	@Test
	void mistakesInTheFiguresAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SmallNumberSuppression(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Figures().add(-1));
		Figures figures = new Figures();
		int a = figures.add(1);
		int b = figures.add(2);
		int total = figures.add(4);
		assertThatIllegalArgumentException().isThrownBy(() -> figures.sum(total, a, b))
			.withMessageContaining("add up to 3, not 4");
		assertThatIllegalArgumentException().isThrownBy(() -> figures.describe(a, 9));
		assertThatIllegalArgumentException().isThrownBy(() -> Figures.table(new long[][] { { 1, 2 }, { 3 } }));
		assertThatIllegalArgumentException().isThrownBy(() -> new SmallNumberSuppression(2).partOfWhole(3, 2));
	}

	private static long[][] parse(String table) {
		return Arrays.stream(table.split("/"))
			.map((row) -> Arrays.stream(row.trim().split(" ")).mapToLong(Long::parseLong).toArray())
			.toArray(long[][]::new);
	}

	private static String render(Suppressed shown, Figures.Table cells) {
		List<String> lines = new ArrayList<>();
		for (int r = 0; r <= cells.rows(); r++) {
			List<String> row = new ArrayList<>();
			for (int c = 0; c <= cells.columns(); c++) {
				row.add(shown.figure(cells.cells()[r][c]).toString());
			}
			lines.add(String.join(" ", row));
		}
		return String.join("/", lines);
	}

}
