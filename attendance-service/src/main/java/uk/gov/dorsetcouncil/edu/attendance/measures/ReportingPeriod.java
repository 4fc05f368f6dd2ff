package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.Term;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The part of an academic year that area figures cover: the year to date (the default),
 * one term, or a range of dates inside the year. Persistent and severe absence are then
 * judged on each enrolment's possible sessions within the period, as the DfE's termly
 * statistics do (ADR 0012).
 *
 * @param year the academic year
 * @param kind how the period was chosen
 * @param term the term, or null
 * @param from the first day covered
 * @param to the last day covered
 */
public record ReportingPeriod(AcademicYear year, Kind kind, Term term, LocalDate from, LocalDate to) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public enum Kind {

		YEAR_TO_DATE, TERM, DATE_RANGE

	}

	/**
	 * Reads what a request asked for, as sent; every problem is named by its parameter.
	 * Neither term nor dates: the academic year to date. With dates and no year, the year
	 * is the one the first date falls in.
	 * @param yearValue the academic year, e.g. 2026/27, or blank for the current one
	 * @param termValue AUTUMN, SPRING or SUMMER, or blank
	 * @param fromValue the first day (yyyy-MM-dd), or blank: the start of the year
	 * @param toValue the last day, or blank: today
	 */
	public static ReportingPeriod of(String yearValue, String termValue, String fromValue, String toValue,
			TermDates termDates, LocalDate today) {
		List<Violation> invalid = new ArrayList<>();
		Optional<LocalDate> from = date("from", fromValue, invalid);
		Optional<LocalDate> to = date("to", toValue, invalid);
		Term term = term(termValue, invalid);
		boolean range = !blank(fromValue) || !blank(toValue);
		if (term != null && range) {
			invalid.add(new Violation("term", "ask for a term or a date range (from, to), not both"));
		}
		AcademicYear year = year(yearValue, from, today, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		LocalDate yearToDate = clamp(today, year);
		if (term != null) {
			TermDates.Period dates = termDates.term(year, term)
				.orElseThrow(() -> ProblemException.invalid("term",
						"no " + term.label() + " term dates are held for " + year.label()));
			LocalDate last = (today.isBefore(dates.firstDay()) || today.isAfter(dates.lastDay())) ? dates.lastDay()
					: today;
			return new ReportingPeriod(year, Kind.TERM, term, dates.firstDay(), last);
		}
		if (!range) {
			return new ReportingPeriod(year, Kind.YEAR_TO_DATE, null, year.firstDay(), yearToDate);
		}
		LocalDate first = from.orElse(year.firstDay());
		LocalDate last = to.orElse(yearToDate);
		outsideYear("from", first, year, invalid);
		outsideYear("to", last, year, invalid);
		if (invalid.isEmpty() && last.isBefore(first)) {
			invalid.add(to.isPresent()
					? new Violation("to", "the period ends (" + last + ") before it starts (" + first + ")")
					: new Violation("from", "the period starts (" + first + ") after today (" + last + ")"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return new ReportingPeriod(year, Kind.DATE_RANGE, null, first, last);
	}

	/**
	 * What the figures cover, in words: "autumn term 2026/27", "1 Oct 2026 to 31 Oct
	 * 2026".
	 */
	public String basis() {
		return switch (this.kind) {
			case YEAR_TO_DATE -> "academic year to date";
			case TERM -> this.term.label() + " term " + this.year.label();
			case DATE_RANGE -> DAY.format(this.from) + " to " + DAY.format(this.to);
		};
	}

	public boolean yearToDate() {
		return this.kind == Kind.YEAR_TO_DATE;
	}

	/**
	 * The days counted at one school: a term runs from the school's first to its last
	 * school day of the term on its own calendar (so a school's INSET days at either end
	 * are outside it); other periods are the same for every school. Empty when the school
	 * has no school day in the term.
	 */
	public Optional<LocalDate[]> daysAt(School school, TermDates termDates) {
		if (this.kind != Kind.TERM) {
			return Optional.of(new LocalDate[] { this.from, this.to });
		}
		SchoolCalendar calendar = new SchoolCalendar(termDates, school.closures().keySet());
		TermDates.Period dates = termDates.term(this.year, this.term).orElseThrow();
		Optional<LocalDate> first = calendar.firstSchoolDay(dates.firstDay(), dates.lastDay());
		Optional<LocalDate> last = calendar.lastSchoolDay(dates.firstDay(), this.to);
		if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
			return Optional.empty();
		}
		return Optional.of(new LocalDate[] { first.get(), last.get() });
	}

	private static AcademicYear year(String value, Optional<LocalDate> from, LocalDate today, List<Violation> invalid) {
		if (blank(value)) {
			return AcademicYear.of(from.orElse(today));
		}
		try {
			return AcademicYear.parse(value.strip());
		}
		catch (IllegalArgumentException ex) {
			invalid.add(new Violation("year", ex.getMessage()));
			return AcademicYear.of(today);
		}
	}

	private static Term term(String value, List<Violation> invalid) {
		if (blank(value)) {
			return null;
		}
		for (Term term : Term.values()) {
			if (term.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return term;
			}
		}
		invalid.add(new Violation("term",
				"one of " + Arrays.stream(Term.values()).map(Enum::name).collect(Collectors.joining(", ")) + "; not '"
						+ value + "'"));
		return null;
	}

	private static Optional<LocalDate> date(String field, String value, List<Violation> invalid) {
		if (blank(value)) {
			return Optional.empty();
		}
		return Optional.ofNullable(DateBounds.parse(field, value.strip(), invalid));
	}

	private static void outsideYear(String field, LocalDate date, AcademicYear year, List<Violation> invalid) {
		if (!year.contains(date)) {
			invalid.add(new Violation(field, date + " is not in academic year " + year.label() + " ("
					+ DAY.format(year.firstDay()) + " to " + DAY.format(year.lastDay()) + ")"));
		}
	}

	private static LocalDate clamp(LocalDate date, AcademicYear year) {
		if (date.isBefore(year.firstDay())) {
			return year.firstDay();
		}
		return date.isAfter(year.lastDay()) ? year.lastDay() : date;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
