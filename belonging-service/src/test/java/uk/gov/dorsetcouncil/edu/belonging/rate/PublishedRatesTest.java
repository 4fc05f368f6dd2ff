package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rates as published to a reader without pupil-level rights: counts of 1 and 2 hidden
 * with every rate computed from them, a second count hidden where the total would give
 * the first away, a group's counts hidden with its enrolments; and the same figures in
 * full for readers with pupil-level rights.
 */
class PublishedRatesTest {

	static final SmallNumberSuppression DFE = new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD);

	/**
	 * Two groups and their total; each row: enrolments, suspensions, permanent
	 * exclusions, pupils suspended. What is shown of group A, group B and the total ("c"
	 * hidden).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					nothing small                           | 500,40,3,30 | 600,50,4,35 | 500 40 3 30 8.00 0.60 6.00    | 600 50 4 35 8.33 0.67 5.83    | 1100 90 7 65 8.18 0.64 5.91
					one exclusion, and the total's one      | 500,40,1,30 | 600,50,0,35 | 500 40 c 30 8.00 c 6.00       | 600 50 0 35 8.33 0.00 5.83    | 1100 90 c 65 8.18 c 5.91
					A's two suspensions, so B's too         | 500,2,0,2   | 600,50,0,35 | 500 c 0 c c 0.00 c            | 600 c 0 c c 0.00 c            | 1100 52 0 37 4.73 0.00 3.36
					a group of two pupils hides everything  | 2,0,0,0     | 600,50,0,35 | c c c c c c c                 | c c c c c c c                 | 602 50 0 35 8.31 0.00 5.81
					zeros are shown, and so are their rates | 500,0,0,0   | 600,0,0,0   | 500 0 0 0 0.00 0.00 0.00      | 600 0 0 0 0.00 0.00 0.00      | 1100 0 0 0 0.00 0.00 0.00
					""")
	void smallNumbersAreHiddenWithWhatWouldRevealThem(String name, String a, String b, String shownA, String shownB,
			String shownTotal) {
		ExclusionRates.Counted counted = counted(a, b);

		PublishedRates.Published published = PublishedRates.publish(DFE, counted, true);

		assertThat(shown(published.groups().get(0))).isEqualTo(shownA);
		assertThat(shown(published.groups().get(1))).isEqualTo(shownB);
		assertThat(shown(published.total())).isEqualTo(shownTotal);
	}

	@Test
	void readersWithPupilLevelRightsSeeEveryFigure() {
		PublishedRates.Published published = PublishedRates.publish(SmallNumberSuppression.off(),
				counted("500,2,0,2", "600,50,1,35"), true);

		assertThat(shown(published.groups().get(0))).isEqualTo("500 2 0 2 0.40 0.00 0.40");
		assertThat(shown(published.total())).isEqualTo("1100 52 1 37 4.73 0.09 3.36");
	}

	@Test
	void aGroupWithNoEnrolmentsHasNoRate() {
		PublishedRates.Published published = PublishedRates.publish(SmallNumberSuppression.off(),
				counted("0,0,0,0", "600,50,0,35"), true);

		assertThat(published.groups().get(0).suspensionRate().symbol()).isEqualTo(PublishedRates.NOT_APPLICABLE);
	}

	static ExclusionRates.Counted counted(String a, String b) {
		RateCounts first = row("A", a);
		RateCounts second = row("B", b);
		return new ExclusionRates.Counted(new RateCounts("all", first.enrolments() + second.enrolments(),
				first.suspensions() + second.suspensions(), first.permanentExclusions() + second.permanentExclusions(),
				first.pupilsSuspended() + second.pupilsSuspended()), List.of(first, second));
	}

	static RateCounts row(String group, String values) {
		String[] v = values.split(",");
		return new RateCounts(group, Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]),
				Long.parseLong(v[3]));
	}

	static String shown(PublishedRates.Row row) {
		List<String> cells = new ArrayList<>();
		cells.add(String.valueOf(row.enrolments()));
		cells.add(String.valueOf(row.suspensions()));
		cells.add(String.valueOf(row.permanentExclusions()));
		cells.add(String.valueOf(row.pupilsSuspended()));
		for (PublishedRates.Rate rate : List.of(row.suspensionRate(), row.permanentExclusionRate(),
				row.oneOrMoreSuspensionRate())) {
			cells.add((rate.value() != null) ? String.format(java.util.Locale.ROOT, "%.2f", rate.value())
					: rate.symbol());
		}
		return String.join(" ", cells);
	}

}
