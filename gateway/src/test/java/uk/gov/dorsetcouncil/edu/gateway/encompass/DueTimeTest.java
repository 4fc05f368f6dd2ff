package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * When a notification is due, on a calendar like a Dorset school's in autumn 2026: term
 * to Friday 23 October, half term 26-30 October, back Monday 2 November; an INSET day on
 * Monday 9 November; term ends Friday 18 December and starts again Tuesday 5 January.
 */
class DueTimeTest {

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	static final LocalTime STARTS = LocalTime.of(8, 30);

	static final Set<LocalDate> NOT_SCHOOL_DAYS = Set.of(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 27),
			LocalDate.of(2026, 10, 28), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 30),
			LocalDate.of(2026, 11, 9), LocalDate.of(2027, 1, 4));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "a Tuesday evening: Wednesday morning          | 2026-11-03T19:40:00Z | 2026-11-04T08:30:00Z",
					"just after midnight on a Wednesday: that day  | 2026-11-04T00:10:00Z | 2026-11-04T08:30:00Z",
					"a school day a minute before the day starts   | 2026-11-04T08:29:00Z | 2026-11-04T08:30:00Z",
					"a school day as the day starts: the next      | 2026-11-04T08:30:00Z | 2026-11-05T08:30:00Z",
					"a school day at lunchtime: the next morning   | 2026-11-04T12:00:00Z | 2026-11-05T08:30:00Z",
					"a Friday evening, Monday INSET: Tuesday        | 2026-11-06T20:15:00Z | 2026-11-10T08:30:00Z",
					"a Saturday: Monday, unless Monday is INSET     | 2026-11-07T11:00:00Z | 2026-11-10T08:30:00Z",
					"a Friday evening before half term              | 2026-10-23T21:00:00+01:00 | 2026-11-02T08:30:00Z",
					"the middle of half term                        | 2026-10-28T10:00:00Z | 2026-11-02T08:30:00Z",
					"the last day of term, evening                  | 2026-12-18T18:00:00Z | 2027-01-05T08:30:00Z",
					"summer time: 07:00 BST is before 08:30 BST     | 2026-10-22T06:00:00Z | 2026-10-22T07:30:00Z" })
	void dueBeforeTheStartOfTheNextSchoolDay(String why, String received, String due) {
		Instant at = java.time.OffsetDateTime.parse(received).toInstant();
		LocalDate day = at.atZone(ENGLAND).toLocalDate();
		assertThat(DueTime.due(at, around(day), STARTS, ENGLAND)).as(why).isEqualTo(Instant.parse(due));
	}

	@org.junit.jupiter.api.Test
	void theCalendarMustBeAskedAboutTheDayReceived() {
		Instant at = Instant.parse("2026-11-03T19:40:00Z");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DueTime.due(at, around(LocalDate.of(2026, 11, 2)), STARTS, ENGLAND));
	}

	/** What attendance's calendar answers for a day. */
	static DueTime.SchoolDays around(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!schoolDay(next)) {
			next = next.plusDays(1);
		}
		return new DueTime.SchoolDays(day, schoolDay(day), next);
	}

	private static boolean schoolDay(LocalDate day) {
		boolean weekend = day.getDayOfWeek().getValue() >= 6;
		boolean christmas = day.isAfter(LocalDate.of(2026, 12, 18)) && day.isBefore(LocalDate.of(2027, 1, 4));
		return !weekend && !christmas && !NOT_SCHOOL_DAYS.contains(day);
	}

}
