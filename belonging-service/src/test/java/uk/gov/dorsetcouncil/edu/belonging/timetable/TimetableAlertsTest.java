package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each alert's edge, on Dorset's autumn term 2026 (a timetable starting Monday 7
 * September): six weeks to the day and a day over, reviews passed and done, an ended
 * timetable, the register's first week, a start still ahead.
 */
class TimetableAlertsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					six weeks to a planned end, reviewed            | 2026-09-07 | 2026-10-18 | 2026-09-21            | 2026-09-21 | 2026-09-22 | 4 | -
					a day over six weeks, planned                   | 2026-09-07 | 2026-10-19 | 2026-09-21            | 2026-09-21 | 2026-09-22 | 4 | OVER_SIX_WEEKS
					no end date in its fifth week                   | 2026-09-07 | -          | 2026-10-05            | -          | 2026-10-05 | 6 | NO_END_DATE
					no end date, 43 days on, review passed          | 2026-09-07 | -          | 2026-10-05            | -          | 2026-10-19 | 6 | OVER_SIX_WEEKS,REVIEW_OVERDUE,NO_END_DATE
					a review done late counts                       | 2026-09-07 | 2026-10-16 | 2026-09-21            | 2026-09-25 | 2026-10-01 | 3 | -
					the second review overdue                       | 2026-09-07 | 2026-10-16 | 2026-09-21;2026-10-05 | 2026-09-21 | 2026-10-06 | 3 | REVIEW_OVERDUE
					a review due today is not yet overdue           | 2026-09-07 | 2026-10-16 | 2026-09-21;2026-10-05 | 2026-09-21 | 2026-10-05 | 3 | -
					an ended timetable's review is no longer due    | 2026-09-07 | 2026-10-09 | 2026-10-12            | -          | 2026-10-20 | 5 | -
					its first week: the register is not looked at  | 2026-09-07 | 2026-09-25 | 2026-09-18            | -          | 2026-09-13 | 0 | -
					a week on and no C2 mark                        | 2026-09-07 | 2026-09-25 | 2026-09-18            | -          | 2026-09-14 | 0 | NO_C2_MARKS
					a week on with one C2 mark                      | 2026-09-07 | 2026-09-25 | 2026-09-18            | -          | 2026-09-14 | 1 | -
					a start still ahead: only the missing end       | 2026-10-05 | -          | 2026-10-19            | -          | 2026-09-20 | 0 | NO_END_DATE
					""")
	void alertsOnTheDay(String name, LocalDate start, LocalDate end, String reviewDates, String reviewsDone,
			LocalDate today, int c2, String expected) {
		PartTimeTimetable timetable = new PartTimeTimetable("A838200126001-T1", Upn.withCheckLetter("838200126001"),
				"990126", start, 12.5, PartTimeReason.MEDICAL_CONDITION, start.minusDays(3), "two more hours a week",
				dates(reviewDates), dates(reviewsDone), end, "head", Instant.parse("2026-09-04T09:00:00Z"));

		Set<TimetableAlert> alerts = TimetableAlerts.of(timetable, today, c2);

		assertThat(alerts.stream().map(Enum::name).collect(Collectors.toSet()))
			.isEqualTo((expected == null) ? Set.of() : Set.of(expected.split(",")));
	}

	private static List<LocalDate> dates(String list) {
		return (list == null) ? List.of() : Arrays.stream(list.split(";")).map(LocalDate::parse).toList();
	}

}
