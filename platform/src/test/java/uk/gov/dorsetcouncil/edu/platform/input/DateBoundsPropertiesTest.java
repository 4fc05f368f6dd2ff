package uk.gov.dorsetcouncil.edu.platform.input;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * The date bounds (ADR 0020) for any date, not only the edges in {@link DateBoundsTest}:
 * a date accepted is within its stated bound, and a pupil's age is counted in birthdays
 * as the law counts them, a 29 February birthday falling on 1 March in a common year
 * (Family Law Reform Act 1969 s9: an age is attained at the start of the anniversary).
 */
class DateBoundsPropertiesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void aWrittenDateIsAcceptedExactlyWhenItIsWithinTheBoundsAndReadsBackAsWritten() {
		qt().withExamples(2000).forAll(dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).checkAssert((date) -> {
			String written = String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(),
					date.getDayOfMonth());
			boolean within = !date.isBefore(DateBounds.EARLIEST) && !date.isAfter(DateBounds.LATEST);
			List<Violation> violations = new ArrayList<>();

			LocalDate read = DateBounds.parse("date", written, violations);

			assertThat(DateBounds.problemWith(written).isEmpty()).as(written).isEqualTo(within);
			assertThat(read).isEqualTo(within ? date : null);
			assertThat(violations).hasSize(within ? 0 : 1).allMatch((violation) -> violation.field().equals("date"));
		});
	}

	@Test
	void anyTextAcceptedAsADateIsADayWithinTheBoundsWrittenAsItReads() {
		Gen<String> written = dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).map(LocalDate::toString);
		Gen<String> mutated = written.zip(integers().between(0, 9),
				arbitrary().pick('0', '9', '-', '+', ' ', '/', 'T', '\u0660'),
				(date, at, c) -> date.substring(0, at) + c + date.substring(at + 1));
		Gen<String> noise = strings().betweenCodePoints('+', ':').ofLengthBetween(0, 14);
		qt().withExamples(3000).forAll(written.mix(mutated, 50).mix(noise, 30)).checkAssert((text) -> {
			Optional<String> problem = DateBounds.problemWith(text);
			List<Violation> violations = new ArrayList<>();
			LocalDate read = DateBounds.parse("date", text, violations);
			if (problem.isEmpty() && !text.isBlank()) {
				assertThat(read).isBetween(DateBounds.EARLIEST, DateBounds.LATEST);
				assertThat(read.toString()).isEqualTo(text);
				assertThat(violations).isEmpty();
			}
			else {
				assertThat(read).isNull();
			}
		});
	}

	@Test
	void aPupilIsAcceptedExactlyWhenTwoToTwentyFiveBirthdaysHavePassed() {
		qt().withExamples(3000).forAll(birthDates(), recordDates()).checkAssert((born, on) -> {
			Optional<String> problem = DateBounds.pupilAgeProblem(born, on);
			int age = born.isAfter(on) ? -1 : birthdaysPassed(born, on);
			assertThat(problem.isEmpty()).as("born %s, %d on %s", born, age, on)
				.isEqualTo(age >= DateBounds.YOUNGEST_PUPIL && age <= DateBounds.OLDEST_PUPIL);
		});
	}

	@Test
	void aLeapDayBabyHasTheirBirthdayOnFirstMarchInACommonYear() {
		qt().withExamples(500).forAll(leapDays(), integers().between(1, 30)).checkAssert((born, years) -> {
			int year = born.getYear() + years;
			LocalDate birthday = LocalDate.of(year, 1, 1).isLeapYear() ? LocalDate.of(year, Month.FEBRUARY, 29)
					: LocalDate.of(year, Month.MARCH, 1);
			boolean ofAge = years >= DateBounds.YOUNGEST_PUPIL && years <= DateBounds.OLDEST_PUPIL;
			boolean ofAgeTheDayBefore = years - 1 >= DateBounds.YOUNGEST_PUPIL && years - 1 <= DateBounds.OLDEST_PUPIL;

			assertThat(DateBounds.pupilAgeProblem(born, birthday).isEmpty()).as("%s on %s", born, birthday)
				.isEqualTo(ofAge);
			assertThat(DateBounds.pupilAgeProblem(born, birthday.minusDays(1)).isEmpty())
				.as("%s on %s", born, birthday.minusDays(1))
				.isEqualTo(ofAgeTheDayBefore);
		});
	}

	@Test
	void anAdmissionAcceptedIsWhileThePupilIsOfSchoolAgeAndNoLaterThanTheNextAcademicYear() {
		qt().withExamples(3000).forAll(birthDates(), recordDates()).checkAssert((born, admitted) -> {
			Optional<String> problem = DateBounds.enrolmentDateProblem(admitted, born, TODAY);
			boolean ofAge = !admitted.isBefore(born) && birthdaysPassed(born, admitted) >= DateBounds.YOUNGEST_PUPIL
					&& birthdaysPassed(born, admitted) <= DateBounds.OLDEST_PUPIL;
			// 31 August at the end of the academic year after this one (2027/28 on 23
			// November 2026)
			boolean soonEnough = !admitted.isAfter(LocalDate.of(2028, 8, 31));
			assertThat(problem.isEmpty()).as("admitted %s, born %s", admitted, born).isEqualTo(ofAge && soonEnough);
		});
	}

	/**
	 * Birthdays passed, counted as a person would on a calendar: one a year, on the day
	 * and month of birth, or on 1 March for someone born on 29 February when there is no
	 * 29 February.
	 */
	private static int birthdaysPassed(LocalDate born, LocalDate on) {
		int years = on.getYear() - born.getYear();
		MonthDay birthday = MonthDay.from(born);
		LocalDate thisYears = (birthday.equals(MonthDay.of(Month.FEBRUARY, 29)) && !on.isLeapYear())
				? LocalDate.of(on.getYear(), Month.MARCH, 1) : birthday.atYear(on.getYear());
		return on.isBefore(thisYears) ? years - 1 : years;
	}

	/** Any day from {@code first} to {@code last}. */
	static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
		return integers().between((int) first.toEpochDay(), (int) last.toEpochDay()).map(LocalDate::ofEpochDay);
	}

	/** Births from 1960 to 2030, one in ten on 29 February. */
	private static Gen<LocalDate> birthDates() {
		return dates(LocalDate.of(1960, 1, 1), LocalDate.of(2030, 12, 31)).mix(leapDays(), 10);
	}

	private static Gen<LocalDate> recordDates() {
		return dates(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31));
	}

	private static Gen<LocalDate> leapDays() {
		return integers().between(1960 / 4, 2028 / 4)
			.map((quarter) -> quarter * 4)
			.map((year) -> LocalDate.of(year, Month.FEBRUARY, 29));
	}

}
