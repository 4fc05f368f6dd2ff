package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates.Kind;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * School-day arithmetic for any school calendar, not only Dorset's: generated term dates
 * (one or two academic years, three terms of any length, half terms and bank holidays
 * anywhere, a school's own closures) and any dates in them. The days counted are the days
 * that a plain reading of the calendar calls school days ({@link Generated#isSchoolDay}),
 * counting after a date and counting between dates undo each other, and both only move
 * forward as their inputs do.
 */
class SchoolCalendarPropertiesTest {

	private static final int EXAMPLES = 300;

	@Test
	void aSchoolDayIsAWeekdayInATermOutsideItsBreaksAndTheSchoolsClosures() {
		qt().withExamples(EXAMPLES).forAll(calendars(), integers().between(0, 729)).checkAssert((generated, offset) -> {
			LocalDate day = generated.first().plusDays(offset);
			assertThat(generated.calendar().covers(day)).isEqualTo(generated.covers(day));
			assertThat(generated.calendar().isSchoolDay(day)).as("%s in %s", day, generated)
				.isEqualTo(generated.isSchoolDay(day));
		});
	}

	@Test
	void countingBetweenADateAndTheNthSchoolDayAfterItGivesN() {
		qt().withExamples(EXAMPLES)
			.forAll(calendars(), integers().between(0, 729), integers().between(0, SchoolDays.MAX_COUNT))
			.checkAssert((generated, offset, n) -> {
				SchoolCalendar calendar = generated.calendar();
				LocalDate from = generated.clamp(generated.first().plusDays(offset));
				int held = generated.schoolDaysLeftAfter(from);
				if (n > held) {
					assertThatIllegalStateException().isThrownBy(() -> calendar.schoolDaysAfter(from, n));
					return;
				}
				LocalDate after = calendar.schoolDaysAfter(from, n);
				assertThat(calendar.schoolDaysBetween(from, after)).isEqualTo(n);
				if (n == 0) {
					assertThat(after).isEqualTo(from);
				}
				else {
					assertThat(generated.isSchoolDay(after)).as("%d school days after %s is %s", n, from, after)
						.isTrue();
					assertThat(calendar.schoolDaysBetween(from, after.minusDays(1))).isEqualTo(n - 1);
				}
			});
	}

	@Test
	void laterDatesAndLargerCountsNeverGiveAnEarlierDay() {
		qt().withExamples(EXAMPLES)
			.forAll(calendars(), integers().between(0, 729), integers().between(0, 60), integers().between(0, 60))
			.checkAssert((generated, offset, n, more) -> {
				SchoolCalendar calendar = generated.calendar();
				LocalDate from = generated.clamp(generated.first().plusDays(offset));
				LocalDate later = generated.clamp(from.plusDays(more));
				if (n + more + 1 > generated.schoolDaysLeftAfter(from)) {
					return;
				}
				LocalDate after = calendar.schoolDaysAfter(from, n);
				assertThat(calendar.schoolDaysAfter(from, n + more)).isAfterOrEqualTo(after);
				assertThat(calendar.schoolDaysAfter(from, n + 1)).isAfter(after);
				if (n <= generated.schoolDaysLeftAfter(later)) {
					assertThat(calendar.schoolDaysAfter(later, n)).isAfterOrEqualTo(after);
				}
			});
	}

	@Test
	void countsBetweenDatesAddUpAndNeverExceedTheDays() {
		qt().withExamples(EXAMPLES)
			.forAll(calendars(), integers().between(0, 729), integers().between(0, 729), integers().between(0, 729))
			.checkAssert((generated, a, b, c) -> {
				int[] sorted = { a, b, c };
				Arrays.sort(sorted);
				LocalDate first = generated.clamp(generated.first().plusDays(sorted[0]));
				LocalDate middle = generated.clamp(generated.first().plusDays(sorted[1]));
				LocalDate last = generated.clamp(generated.first().plusDays(sorted[2]));
				if (!generated.coversAllOf(first, last)) {
					return;
				}
				SchoolCalendar calendar = generated.calendar();
				int whole = calendar.schoolDaysBetween(first, last);
				assertThat(whole)
					.isEqualTo(calendar.schoolDaysBetween(first, middle) + calendar.schoolDaysBetween(middle, last))
					.isEqualTo(generated.schoolDaysBetween(first, last))
					.isLessThanOrEqualTo((int) ChronoUnit.DAYS.between(first, last));
			});
	}

	@Test
	void aClosureTakesAwayOneSchoolDayOrNone() {
		qt().withExamples(EXAMPLES)
			.forAll(calendars(), integers().between(0, 364), integers().between(0, 364))
			.checkAssert((generated, offset, closed) -> {
				LocalDate from = generated.first().plusDays(offset);
				LocalDate to = from.plusDays(60);
				LocalDate closure = generated.first().plusDays(closed);
				if (!generated.coversAllOf(from, to)) {
					return;
				}
				Set<LocalDate> more = new TreeSet<>(generated.closures());
				more.add(closure);
				int before = generated.calendar().schoolDaysBetween(from, to);
				int after = new SchoolCalendar(generated.termDates(), more).schoolDaysBetween(from, to);
				boolean inRange = closure.isAfter(from) && !closure.isAfter(to);
				assertThat(before - after).isEqualTo((inRange && generated.isSchoolDay(closure)) ? 1 : 0);
			});
	}

	@Test
	void anAcademicYearRunsFromAugustToJulyAndHoldsEachOfItsDaysOnce() {
		qt().withExamples(2000)
			.forAll(integers().between((int) LocalDate.of(1900, 1, 1).toEpochDay(),
					(int) LocalDate.of(2199, 12, 31).toEpochDay()))
			.checkAssert((epochDay) -> {
				LocalDate date = LocalDate.ofEpochDay(epochDay);
				AcademicYear year = AcademicYear.of(date);
				assertThat(year.contains(date)).isTrue();
				assertThat(year.firstDay().plusDays(year.dayIndex(date))).isEqualTo(date);
				assertThat(year.dayIndex(date)).isBetween(0, year.lengthInDays() - 1);
				assertThat(year.lengthInDays()).isIn(365, 366);
				assertThat(AcademicYear.of(year.lastDay().plusDays(1))).isEqualTo(year.next());
				assertThat(AcademicYear.parse(year.label())).isEqualTo(year);
			});
	}

	@Test
	void eachHeldTermOfDorsetsCalendarIsInsideItsAcademicYearAndHasSchoolDays() {
		TermDates dorset = TermDates.dorset();
		SchoolCalendar calendar = new SchoolCalendar(dorset, Set.of());
		List<AcademicYear> years = new ArrayList<>(dorset.years());
		qt().withExamples(50)
			.forAll(integers().between(0, years.size() - 1), integers().between(0, Term.values().length - 1))
			.checkAssert((y, t) -> {
				Period term = dorset.term(years.get(y), Term.values()[t]).orElseThrow();
				assertThat(years.get(y).contains(term.firstDay()) && years.get(y).contains(term.lastDay())).isTrue();
				assertThat(calendar.firstSchoolDay(term.firstDay(), term.lastDay())).isPresent();
				// Dorset's terms are parted by holidays: no school day just outside a
				// term.
				assertThat(calendar.isSchoolDay(term.firstDay().minusDays(1))).isFalse();
				assertThat(calendar.isSchoolDay(term.lastDay().plusDays(1))).isFalse();
			});
	}

	/**
	 * A generated calendar and the plain reading of it: term dates for academic year
	 * {@code firstYear} (and the next, when {@code years} is 2) and a school's closures.
	 */
	record Generated(int firstYear, int years, List<Period> periods, Set<LocalDate> closures) {

		TermDates termDates() {
			return new TermDates(this.periods);
		}

		SchoolCalendar calendar() {
			return new SchoolCalendar(termDates(), this.closures);
		}

		LocalDate first() {
			return new AcademicYear(this.firstYear).firstDay();
		}

		LocalDate last() {
			return new AcademicYear(this.firstYear + this.years - 1).lastDay();
		}

		LocalDate clamp(LocalDate date) {
			return date.isAfter(last()) ? last() : date;
		}

		boolean covers(LocalDate day) {
			return !day.isBefore(first()) && !day.isAfter(last());
		}

		boolean coversAllOf(LocalDate from, LocalDate to) {
			return covers(from) && covers(to);
		}

		/** A weekday in a term, in no break or bank holiday, not closed. */
		boolean isSchoolDay(LocalDate day) {
			boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
			boolean inTerm = false;
			boolean inBreak = false;
			for (Period period : this.periods) {
				boolean holds = !day.isBefore(period.firstDay()) && !day.isAfter(period.lastDay());
				inTerm |= holds && period.kind() == Kind.TERM;
				inBreak |= holds && period.kind() != Kind.TERM;
			}
			return weekday && inTerm && !inBreak && !this.closures.contains(day);
		}

		int schoolDaysBetween(LocalDate from, LocalDate to) {
			int count = 0;
			for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
				count += isSchoolDay(day) ? 1 : 0;
			}
			return count;
		}

		/** The school days held after {@code from}, to the end of the term dates. */
		int schoolDaysLeftAfter(LocalDate from) {
			return schoolDaysBetween(from, last());
		}

	}

	/**
	 * One or two academic years from 2025/26, each with three terms between any six days
	 * of the year (in order), a half term of up to nine days in each term (or none), a
	 * bank holiday (or none), and up to eight closures of the school.
	 */
	static Gen<Generated> calendars() {
		Gen<Integer> yearDays = integers().between(0, 364);
		Gen<Integer> upTo = integers().between(0, 8);
		return (in) -> {
			int years = integers().between(1, 2).generate(in);
			List<Period> periods = new ArrayList<>();
			for (int y = 0; y < years; y++) {
				AcademicYear year = new AcademicYear(2025 + y);
				int[] bounds = new int[6];
				for (int i = 0; i < bounds.length; i++) {
					bounds[i] = yearDays.generate(in);
				}
				Arrays.sort(bounds);
				for (int t = 0; t < 3; t++) {
					LocalDate start = year.firstDay().plusDays(bounds[2 * t]);
					LocalDate end = year.firstDay().plusDays(bounds[2 * t + 1]);
					periods.add(new Period(year, Kind.TERM, Term.values()[t].label() + " term", start, end));
					int length = upTo.generate(in);
					int span = (int) ChronoUnit.DAYS.between(start, end);
					if (length > 0 && span > 0) {
						LocalDate breakStart = start.plusDays(integers().between(0, span).generate(in));
						LocalDate breakEnd = breakStart.plusDays(length - 1);
						periods.add(new Period(year, Kind.HALF_TERM, "half term", breakStart,
								breakEnd.isAfter(year.lastDay()) ? year.lastDay() : breakEnd));
					}
				}
				if (upTo.generate(in) > 4) {
					LocalDate holiday = year.firstDay().plusDays(yearDays.generate(in));
					periods.add(new Period(year, Kind.BANK_HOLIDAY, "bank holiday", holiday, holiday));
				}
			}
			Set<LocalDate> closures = new TreeSet<>();
			int closed = upTo.generate(in);
			for (int i = 0; i < closed; i++) {
				closures
					.add(new AcademicYear(2025).firstDay().plusDays(integers().between(0, 365 * years).generate(in)));
			}
			return new Generated(2025, years, periods, closures);
		};
	}

}
