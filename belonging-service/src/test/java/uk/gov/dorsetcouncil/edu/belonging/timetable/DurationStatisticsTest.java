package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

class DurationStatisticsTest {

	static final LocalDate YEAR_START = LocalDate.of(2022, 8, 1);

	static final LocalDate YEAR_END = LocalDate.of(2023, 7, 31);

	@ParameterizedTest(name = "{1} days on it: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2023-07-31 | 1   | up to 2 weeks
			2023-07-18 | 14  | up to 2 weeks
			2023-07-17 | 15  | over 2 to 4 weeks
			2023-06-20 | 42  | over 4 to 6 weeks
			2023-06-19 | 43  | over 6 to 12 weeks
			2023-05-08 | 85  | over 12 to 26 weeks
			2023-01-30 | 183 | over 26 weeks
			""")
	void aPupilFallsInTheBandOfTheirLengthSoFar(LocalDate start, int days, String band) {
		DurationStatistics statistics = DurationStatistics.of(List.of(timetable(1, start, null)), YEAR_START, YEAR_END);

		assertThat(statistics.pupilsOn()).isEqualTo(1);
		assertThat(statistics.bands()).containsEntry(band, 1);
		assertThat(statistics.bands().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
		assertThat(statistics.overSixWeeks()).isEqualTo((days > 42) ? 1 : 0);
		assertThat(statistics.medianWeeks()).isEqualTo(days / 7);
	}

	/** Dorset at the end of 2022/23: 244 pupils, 99% of them for over six weeks. */
	@Test
	void dorsetsFigureAtTheEndOf2022To23() {
		List<PartTimeTimetable> timetables = new ArrayList<>();
		for (int i = 1; i <= 244; i++) {
			timetables.add(timetable(i, (i <= 242) ? LocalDate.of(2023, 3, 6) : LocalDate.of(2023, 7, 10), null));
		}
		// ended before the year's end: counted during the year, not on the day
		timetables.add(timetable(245, LocalDate.of(2022, 9, 12), LocalDate.of(2022, 12, 16)));
		// a pupil's second timetable at another school counts the pupil once
		timetables.add(new PartTimeTimetable(Upn.withCheckLetter("838200100001").value() + "-T2",
				Upn.withCheckLetter("838200100001"), "990127", LocalDate.of(2023, 7, 3), 10,
				PartTimeReason.OTHER_EXCEPTIONAL, LocalDate.of(2023, 7, 1), "plan", List.of(LocalDate.of(2023, 7, 17)),
				List.of(), null, "head", Instant.EPOCH));

		DurationStatistics statistics = DurationStatistics.of(timetables, YEAR_START, YEAR_END);

		assertThat(statistics.pupilsOn()).isEqualTo(244);
		assertThat(statistics.pupilsDuringYear()).isEqualTo(245);
		assertThat(statistics.overSixWeeks()).isEqualTo(242);
		assertThat(statistics.overSixWeeksPercent()).isEqualTo(99.2);
	}

	@Test
	void noneOnATimetableHasNoShareAndNoMedian() {
		DurationStatistics statistics = DurationStatistics.of(List.of(), YEAR_START, YEAR_END);

		assertThat(statistics.pupilsOn()).isZero();
		assertThat(statistics.overSixWeeksPercent()).isNull();
		assertThat(statistics.medianWeeks()).isNull();
	}

	static PartTimeTimetable timetable(int pupil, LocalDate start, LocalDate end) {
		Upn upn = Upn.withCheckLetter("8382001%05d".formatted(pupil));
		return new PartTimeTimetable(upn.value() + "-T1", upn, "990126", start, 12.5,
				PartTimeReason.REINTEGRATION_AFTER_ABSENCE, start.minusDays(2), "plan", List.of(start.plusDays(14)),
				List.of(), end, "head", Instant.EPOCH);
	}

}
