package uk.gov.dorsetcouncil.edu.platform.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The dates the platform accepts, each bound stated once with its reason (ADR 0020). A
 * date outside its bound is refused as invalid input naming the field; none is stored.
 */
public final class DateBounds {

	/**
	 * The earliest date any caller may write, in a body, a path or a query. Every date
	 * the platform holds (a date of birth, an admission, a register, a plan) is later;
	 * the bound keeps every date the platform computes with far from the ends of
	 * {@code java.time}, so no arithmetic on a caller's date (a year on, a week back, an
	 * academic year) can overflow.
	 */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** The latest date any caller may write: as {@link #EARLIEST}, at the other end. */
	public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	/**
	 * The youngest a pupil can be on the date a record is made: a school's nursery class
	 * takes children from the term after their second birthday (Education Act 1996 s4,
	 * with the funded early education entitlement for two-year-olds).
	 */
	public static final int YOUNGEST_PUPIL = 2;

	/**
	 * The oldest a pupil can be on the date a record is made: a young person with an EHC
	 * plan may stay in education until their 25th year ends (Children and Families Act
	 * 2014 s46); nobody older is on a school's roll.
	 */
	public static final int OLDEST_PUPIL = 25;

	/**
	 * The first day an EHC plan could be issued or reviewed: Part 3 of the Children and
	 * Families Act 2014 came into force on 1 September 2014 (SI 2014/889). An earlier
	 * date is a statement of SEN, not a plan, or a mistyped year.
	 */
	public static final LocalDate EHC_PLANS_BEGAN = LocalDate.of(2014, 9, 1);

	/**
	 * The first day a data-sharing agreement under the platform's lawful bases could
	 * start: the Data Protection Act 2018 and the GDPR applied from 25 May 2018. An
	 * agreement made under the law before names a lawful basis that no longer exists.
	 */
	public static final LocalDate DATA_PROTECTION_ACT_2018 = LocalDate.of(2018, 5, 25);

	/**
	 * How far ahead an agreement may be recorded to start: agreements are recorded when
	 * they are signed, to start soon after; a start further ahead is a mistyped year.
	 */
	public static final Period AGREEMENT_LEAD = Period.ofYears(1);

	/**
	 * How far ahead an admission or a leaving date may be recorded: schools enter the
	 * pupils who will join, and record the leavers who will go, up to the end of the next
	 * academic year (31 August); nobody is admitted or taken off a roll further ahead,
	 * and such a date is a mistyped year.
	 */
	public static final int ENROLMENT_ACADEMIC_YEARS_AHEAD = 1;

	/**
	 * A date as callers write it: four digits of year, month and day (ISO 8601 calendar
	 * date, extended form). Signed and five-digit years, which {@code LocalDate.parse}
	 * takes, are not dates anyone means.
	 */
	private static final Pattern WRITTEN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private DateBounds() {
	}

	/**
	 * Reads a date a caller wrote, adding a violation naming {@code field} when it is not
	 * a yyyy-MM-dd date between {@link #EARLIEST} and {@link #LATEST}.
	 * @return the date, or null when it is absent (null or blank) or wrong
	 */
	public static LocalDate parse(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			violations.add(new Violation(field, problem.get()));
			return null;
		}
		return LocalDate.parse(value);
	}

	/**
	 * Reads a date a body must carry: absent (null or blank) is a violation naming
	 * {@code field} with {@code detail}, as a wrong date is. Callers check "absent" here,
	 * never with {@code == null} alone: a blank date reads as absent, and a check that
	 * missed it let a request reach its rules with no date.
	 * @return the date, or null when it is absent or wrong (a violation is then added)
	 */
	public static LocalDate required(String field, String value, String detail, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, detail));
			return null;
		}
		return parse(field, value, violations);
	}

	/**
	 * Reads a date a body may leave out: absent (null or blank) is {@code absent}, the
	 * caller's default (today, the first day); given, it must be a date.
	 * @return the date, {@code absent}, or null when it is wrong (a violation is then
	 * added)
	 */
	public static LocalDate parseOr(String field, String value, LocalDate absent, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		return parse(field, value, violations);
	}

	/**
	 * As {@link #parse(String, String, List)}, refusing a wrong date at once.
	 * @throws ProblemException (invalid input) naming {@code field}
	 */
	public static LocalDate parse(String field, String value) {
		List<Violation> violations = new ArrayList<>();
		LocalDate date = parse(field, value, violations);
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return date;
	}

	/**
	 * Reads an optional date query parameter: left out, it is null (the caller's default
	 * applies); given, it must be a date, and an empty one is refused rather than read as
	 * left out, so a caller who meant to filter is never answered with everything.
	 * @return the date, or null when the parameter is absent
	 * @throws ProblemException (invalid input) naming {@code field}
	 */
	public static LocalDate parameter(String field, String value) {
		if (value == null) {
			return null;
		}
		if (value.isBlank()) {
			throw ProblemException.invalid(field, "a date written yyyy-MM-dd, or leave the parameter out");
		}
		return parse(field, value);
	}

	/**
	 * Reads an instant a caller wrote (ISO 8601 in UTC, {@code 2026-11-23T09:00:00Z}),
	 * refusing one that is malformed or outside {@link #EARLIEST} to {@link #LATEST}: an
	 * instant near the ends of {@code java.time} has no millisecond form to search by.
	 * @return the instant, or null when it is absent (null or blank)
	 * @throws ProblemException (invalid input) naming {@code field}
	 */
	public static Instant parseInstant(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Instant instant;
		try {
			instant = Instant.parse(value);
		}
		catch (DateTimeException ex) {
			throw ProblemException.invalid(field,
					KeptText.quoted(value) + " is not an ISO-8601 instant (2026-11-23T09:00:00Z)");
		}
		if (instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
				|| !instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
			throw ProblemException.invalid(field,
					value + " is outside the dates the platform holds, " + EARLIEST + " to " + LATEST);
		}
		return instant;
	}

	/**
	 * What is wrong with {@code value} as a written date, if anything: its form, a day
	 * that does not exist, or a year outside {@link #EARLIEST} to {@link #LATEST}.
	 */
	public static Optional<String> problemWith(String value) {
		if (!WRITTEN.matcher(value).matches()) {
			return Optional.of("a date is written yyyy-MM-dd, not " + KeptText.quoted(value));
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			return Optional.of(value + " is not a day of the calendar");
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			return Optional.of(value + " is outside the dates the platform holds, " + EARLIEST + " to " + LATEST);
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with a pupil's dates on a school's roll, each naming its field
	 * ({@code dateOfBirth}, {@code admissionDate}, {@code leavingDate}); empty when
	 * nothing is.
	 * <p>
	 * The age bound ({@link #YOUNGEST_PUPIL} to {@link #OLDEST_PUPIL}) is judged on the
	 * days the record is about, not on the day it is written (ADR 0020): the pupil is of
	 * that age on admission and on leaving ({@link #enrolmentDateProblem}) and, while the
	 * record has no leaving date and so holds the pupil on roll today, today. The record
	 * of a pupil who left years ago can still be written after they pass 25; a pupil
	 * still on roll at 26 is a mistyped date or a missing leaving date. A date of birth
	 * is never in the future.
	 * @param admission the admission date, or null when it is missing (reported
	 * elsewhere)
	 * @param leaving the leaving date, or null while on roll
	 */
	public static List<Violation> pupilOnRollProblems(LocalDate dateOfBirth, LocalDate admission, LocalDate leaving,
			LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
			violations.add(new Violation("dateOfBirth", "a date of birth cannot be in the future"));
		}
		else if (dateOfBirth != null && leaving == null && admission != null && !admission.isAfter(today)) {
			pupilAgeProblem(dateOfBirth, today).ifPresent((problem) -> violations.add(new Violation("dateOfBirth",
					problem + "; a pupil still on roll (no leaving date) is judged today")));
		}
		if (admission != null) {
			enrolmentDateProblem(admission, dateOfBirth, today)
				.ifPresent((problem) -> violations.add(new Violation("admissionDate", problem)));
		}
		if (leaving != null) {
			enrolmentDateProblem(leaving, dateOfBirth, today)
				.ifPresent((problem) -> violations.add(new Violation("leavingDate", problem)));
		}
		return violations;
	}

	/**
	 * What is wrong with a pupil's age on a day the record is about, if anything: on
	 * {@code on} the pupil must be {@link #YOUNGEST_PUPIL} to {@link #OLDEST_PUPIL} years
	 * old, counted in birthdays passed (a 29 February birthday falls on 1 March in a
	 * common year).
	 */
	public static Optional<String> pupilAgeProblem(LocalDate dateOfBirth, LocalDate on) {
		int age = on.isBefore(dateOfBirth) ? -1 : Period.between(dateOfBirth, on).getYears();
		if (age < YOUNGEST_PUPIL || age > OLDEST_PUPIL) {
			return Optional
				.of("born " + dateOfBirth + ", the pupil would be " + ((age < 0) ? "not yet born" : String.valueOf(age))
						+ " on " + on + "; pupils are " + YOUNGEST_PUPIL + " to " + OLDEST_PUPIL + " years old");
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with a pupil's admission or leaving date, if anything: the pupil is
	 * {@link #YOUNGEST_PUPIL} to {@link #OLDEST_PUPIL} years old on it (nobody younger or
	 * older is on a school's roll), and it is no later than the end of the academic year
	 * {@link #ENROLMENT_ACADEMIC_YEARS_AHEAD} after today's.
	 * @param dateOfBirth the pupil's date of birth, or null when it is not known (then
	 * only the bound ahead is checked)
	 */
	public static Optional<String> enrolmentDateProblem(LocalDate date, LocalDate dateOfBirth, LocalDate today) {
		if (dateOfBirth != null && pupilAgeProblem(dateOfBirth, date).isPresent()) {
			return Optional.of(date + " is outside the years the pupil (born " + dateOfBirth + ") could be on roll, "
					+ YOUNGEST_PUPIL + " to " + OLDEST_PUPIL + " years old");
		}
		LocalDate latest = endOfAcademicYear(today).plusYears(ENROLMENT_ACADEMIC_YEARS_AHEAD);
		if (date.isAfter(latest)) {
			return Optional.of(date + " is after the end of the next academic year (" + latest
					+ "); admissions and leaving are recorded no further ahead");
		}
		return Optional.empty();
	}

	/** The last day (31 August) of the academic year that holds {@code date}. */
	static LocalDate endOfAcademicYear(LocalDate date) {
		LocalDate end = LocalDate.of(date.getYear(), 8, 31);
		return date.isAfter(end) ? end.plusYears(1) : end;
	}

	/**
	 * What is wrong with the date of an EHC plan's issue or review, if anything: it must
	 * be on or after {@link #EHC_PLANS_BEGAN} and not in the future.
	 */
	public static Optional<String> ehcPlanDateProblem(LocalDate date, LocalDate today) {
		if (date.isBefore(EHC_PLANS_BEGAN)) {
			return Optional.of(date + " is before EHC plans began on " + EHC_PLANS_BEGAN
					+ " (Children and Families Act 2014 Part 3)");
		}
		if (date.isAfter(today)) {
			return Optional.of(date + " is in the future");
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with the day a data-sharing agreement starts, if anything: on or
	 * after {@link #DATA_PROTECTION_ACT_2018}, and no more than {@link #AGREEMENT_LEAD}
	 * after {@code today}.
	 */
	public static Optional<String> agreementStartProblem(LocalDate start, LocalDate today) {
		if (start.isBefore(DATA_PROTECTION_ACT_2018)) {
			return Optional.of(start + " is before the Data Protection Act 2018 applied (" + DATA_PROTECTION_ACT_2018
					+ "); an agreement under the law before names a lawful basis that no longer exists");
		}
		LocalDate latest = today.plus(AGREEMENT_LEAD);
		if (start.isAfter(latest)) {
			return Optional.of(start + " is more than a year ahead; an agreement is recorded when it is signed");
		}
		return Optional.empty();
	}

}
