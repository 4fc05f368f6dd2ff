package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.support.TestUpns;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Builds one enrolment's packed marks day by day, on a school's calendar. */
final class Marking {

	static final String URN = "113001";

	static final Upn UPN = new Upn(TestUpns.upn(1));

	private final SchoolCalendar calendar;

	private final Map<AcademicYear, YearMarks> years = new HashMap<>();

	Marking(SchoolCalendar calendar) {
		this.calendar = calendar;
	}

	/** The same codes on every school day from one date to another, both included. */
	Marking schoolDays(String from, String to, String am, String pm) {
		for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
			if (this.calendar.isSchoolDay(day)) {
				set(day, am, pm);
			}
		}
		return this;
	}

	/** One day's marks; null leaves a session unmarked. */
	Marking day(String date, String am, String pm) {
		set(LocalDate.parse(date), am, pm);
		return this;
	}

	/** Clears a day, as if its registers had not arrived. */
	Marking unmarked(String date) {
		LocalDate day = LocalDate.parse(date);
		YearMarks year = this.years.get(AcademicYear.of(day));
		if (year != null) {
			char[] packed = year.sessions().toCharArray();
			int index = 2 * year.year().dayIndex(day);
			packed[index] = YearMarks.NO_MARK;
			packed[index + 1] = YearMarks.NO_MARK;
			this.years.put(year.year(), new YearMarks(URN, UPN, year.year(), new String(packed), 0));
		}
		return this;
	}

	PupilHistory history(String admission, int yearGroup, boolean socialCarePlan) {
		return new PupilHistory(URN, UPN, "Sam Pupil", yearGroup, LocalDate.parse(admission), null, socialCarePlan,
				this.years);
	}

	private void set(LocalDate day, String am, String pm) {
		AcademicYear academicYear = AcademicYear.of(day);
		YearMarks year = this.years.getOrDefault(academicYear, YearMarks.empty(URN, UPN, academicYear));
		if (am != null) {
			year = year.with(day, Session.AM, AttendanceCode.fromSymbol(am));
		}
		if (pm != null) {
			year = year.with(day, Session.PM, AttendanceCode.fromSymbol(pm));
		}
		this.years.put(academicYear, year);
	}

}
