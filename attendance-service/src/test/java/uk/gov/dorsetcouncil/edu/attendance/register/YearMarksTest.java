package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.support.TestUpns;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A year of marks packs one character per session, AM then PM from 1 August. */
class YearMarksTest {

	private static final Upn PUPIL = new Upn(TestUpns.upn(7));

	@Test
	void anEmptyYearHasTwoUnmarkedSessionsPerDay() {
		YearMarks leapYear = YearMarks.empty("123456", PUPIL, new AcademicYear(2027));
		assertThat(leapYear.sessions()).hasSize(732).containsOnlyOnce("-".repeat(732));
		assertThat(leapYear.mark(LocalDate.of(2028, 2, 29), Session.PM)).isEmpty();
	}

	@Test
	void setsOneSessionAndLeavesTheOthers() {
		LocalDate day = LocalDate.of(2026, 11, 23);
		YearMarks year = YearMarks.empty("123456", PUPIL, AcademicYear.of(day))
			.with(day, Session.PM, AttendanceCode.TRANSPORT_NOT_AVAILABLE)
			.with(day, Session.AM, AttendanceCode.LEAVE_INTERVIEW);
		assertThat(year.mark(day, Session.AM)).contains(AttendanceCode.LEAVE_INTERVIEW);
		assertThat(year.mark(day, Session.PM)).contains(AttendanceCode.TRANSPORT_NOT_AVAILABLE);
		assertThat(year.mark(day.minusDays(1), Session.PM)).isEmpty();
		assertThat(year.mark(day.plusDays(1), Session.AM)).isEmpty();
		assertThat(year.sessions().substring(228, 232)).isEqualTo("j1--");
	}

	@Test
	void aDateOutsideTheYearIsRefused() {
		YearMarks year = YearMarks.empty("123456", PUPIL, new AcademicYear(2026));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> year.with(LocalDate.of(2027, 8, 1), Session.AM, AttendanceCode.PRESENT_AM));
	}

}
