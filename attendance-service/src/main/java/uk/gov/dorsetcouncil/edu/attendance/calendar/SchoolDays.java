package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * School-day arithmetic for other services: exclusion deadlines, sixth-day provision (s19
 * EA 1996) and the children-missing-education day counts are in school days of the
 * pupil's school, not calendar days. Calendars are published information, so any school,
 * the local authority and platform services may ask about any school.
 */
public final class SchoolDays {

	/** More than a school year (190 days) of counting is not a deadline. */
	public static final int MAX_COUNT = 400;

	private final TermDates termDates;

	private final SchoolClosures closures;

	public SchoolDays(TermDates termDates, SchoolClosures closures) {
		this.termDates = termDates;
		this.closures = closures;
	}

	/** Whether a date is a school day and, when it is not, why. */
	public record Answer(boolean schoolDay, String reason) {
	}

	public Answer isSchoolDay(Caller caller, String urn, String dateValue) {
		List<Violation> invalid = new ArrayList<>();
		LocalDate date = date("date", dateValue, invalid);
		Map<LocalDate, String> own = school(caller, urn, invalid);
		SchoolCalendar calendar = new SchoolCalendar(this.termDates, own.keySet());
		requireCovered(calendar, date);
		if (calendar.isSchoolDay(date)) {
			return new Answer(true, "");
		}
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return new Answer(false, "weekend");
		}
		if (calendar.isClosure(date) && new SchoolCalendar(this.termDates, Set.of()).isSchoolDay(date)) {
			return new Answer(false, own.get(date));
		}
		return new Answer(false, "not term time");
	}

	public LocalDate schoolDaysAfter(Caller caller, String urn, String dateValue, int n) {
		List<Violation> invalid = new ArrayList<>();
		LocalDate date = date("date", dateValue, invalid);
		if (n < 0 || n > MAX_COUNT) {
			invalid.add(new Violation("n", "count 0 to " + MAX_COUNT + " school days, not " + n));
		}
		Map<LocalDate, String> own = school(caller, urn, invalid);
		SchoolCalendar calendar = new SchoolCalendar(this.termDates, own.keySet());
		requireCovered(calendar, date);
		try {
			return calendar.schoolDaysAfter(date, n);
		}
		catch (IllegalStateException ex) {
			throw ProblemException.ruleBroken(List.of(new Violation("n", ex.getMessage())));
		}
	}

	public int schoolDaysBetween(Caller caller, String urn, String fromValue, String toValue) {
		List<Violation> invalid = new ArrayList<>();
		LocalDate from = date("fromDate", fromValue, invalid);
		LocalDate to = date("toDate", toValue, invalid);
		if (from != null && to != null && to.isBefore(from)) {
			invalid.add(new Violation("toDate", "the range ends (" + to + ") before it starts (" + from + ")"));
		}
		if (from != null && to != null && to.isAfter(from.plusYears(2))) {
			invalid.add(new Violation("toDate", "a range spans at most two years"));
		}
		Map<LocalDate, String> own = school(caller, urn, invalid);
		SchoolCalendar calendar = new SchoolCalendar(this.termDates, own.keySet());
		try {
			return calendar.schoolDaysBetween(from, to);
		}
		catch (IllegalStateException ex) {
			throw ProblemException.ruleBroken(List.of(new Violation("toDate", ex.getMessage())));
		}
	}

	/** Checks access and input, then finds the school; input problems come first. */
	private Map<LocalDate, String> school(Caller caller, String urn, List<Violation> invalid) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool()) {
			throw ProblemException.forbidden("school calendars are for the local authority, services and schools");
		}
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> invalid.add(new Violation("urn", problem)));
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return this.closures.of(urn).orElseThrow(() -> ProblemException.notFound("no school with URN " + urn));
	}

	private static void requireCovered(SchoolCalendar calendar, LocalDate date) {
		if (!calendar.covers(date)) {
			throw ProblemException.ruleBroken(List.of(new Violation("date",
					"no term dates are held for " + AcademicYear.of(date) + ", so " + date + " cannot be checked")));
		}
	}

	private static LocalDate date(String field, String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation(field, "a date is required, written yyyy-MM-dd"));
			return null;
		}
		return DateBounds.parse(field, value, invalid);
	}

}
