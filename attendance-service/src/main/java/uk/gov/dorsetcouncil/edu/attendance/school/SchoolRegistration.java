package uk.gov.dorsetcouncil.edu.attendance.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Keeps the schools: their details (the local authority's to set) and their calendars
 * (INSET days and closures, set by the LA or the school).
 */
public final class SchoolRegistration {

	private static final int MAX_NAME = 200;

	private final SchoolDirectory schools;

	private final TermDates termDates;

	private final RegistersTaken registers;

	public SchoolRegistration(SchoolDirectory schools, TermDates termDates, RegistersTaken registers) {
		this.schools = schools;
		this.termDates = termDates;
		this.registers = registers;
	}

	/** Creates or updates a school; the same details twice change nothing. */
	public School put(Caller caller, String urn, String laestab, String name, String phase, String locality) {
		Access.requireCountyWide(caller, Access.SCHOOLS_WRITE);
		List<Violation> violations = new ArrayList<>();
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> violations.add(new Violation("urn", problem)));
		SchoolIdentifiers.laestabProblem(laestab)
			.ifPresent((problem) -> violations.add(new Violation("laestab", problem)));
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			violations.add(new Violation("name", "a school needs a name of 1 to " + MAX_NAME + " characters"));
		}
		else {
			TextField.LINE.check("name", name, violations);
		}
		Phase parsedPhase = parse(Phase.class, "phase", phase, violations);
		Locality parsedLocality = parse(Locality.class, "locality", locality, violations);
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		this.schools.save(urn, SchoolIdentifiers.normaliseLaestab(laestab), name.strip(), parsedPhase, parsedLocality);
		return this.schools.find(urn).orElseThrow();
	}

	public School get(Caller caller, String urn) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		requireUrn(urn);
		if (Access.actsForLocality(caller)) {
			return this.schools.find(urn)
				.filter((school) -> SchoolReach.reaches(caller, school))
				.orElseThrow(() -> ProblemException.forbidden("a locality officer sees only the locality's schools"));
		}
		if (!caller.actsCountyWide() && !Access.isSchool(caller, urn)) {
			throw ProblemException.forbidden("a school may see only itself");
		}
		return this.schools.find(urn).orElseThrow(() -> ProblemException.notFound("no school with URN " + urn));
	}

	/**
	 * All schools for the LA; a locality's for its officers; only its own for a school.
	 */
	public List<School> list(Caller caller) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		if (caller.actsCountyWide()) {
			return this.schools.all();
		}
		if (caller.actsForSchool()) {
			return this.schools.find(caller.organisation().id()).stream().toList();
		}
		if (Access.actsForLocality(caller)) {
			return this.schools.all().stream().filter((school) -> SchoolReach.reaches(caller, school)).toList();
		}
		throw ProblemException.forbidden("only the local authority, locality officers and schools see schools");
	}

	/**
	 * Marks a school day as an INSET day or closure. Refused once registers have been
	 * taken that day: the marks would otherwise sit on a day that is not a school day.
	 */
	public School putClosure(Caller caller, String urn, String date, String reason) {
		LocalDate day = closureDate(caller, urn, date);
		String why = (reason == null || reason.isBlank()) ? "closure" : reason.strip();
		if (why.length() > MAX_NAME) {
			throw ProblemException.invalid("reason", "a closure reason has at most " + MAX_NAME + " characters");
		}
		School school = existing(urn);
		if (school.closures().containsKey(day)) {
			this.schools.addClosure(urn, day, why);
			return existing(urn);
		}
		if (!new SchoolCalendar(this.termDates, Set.of()).isSchoolDay(day)) {
			throw ProblemException.ruleBroken(List.of(new Violation("date", day
					+ " is not a term-time weekday in the local authority's calendar, so there is nothing to close")));
		}
		if (this.registers.anyOn(urn, day)) {
			throw ProblemException.ruleBroken(List.of(new Violation("date",
					"registers have already been taken on " + day + "; a day with marks cannot become a closure")));
		}
		this.schools.addClosure(urn, day, why);
		return existing(urn);
	}

	public School removeClosure(Caller caller, String urn, String date) {
		LocalDate day = closureDate(caller, urn, date);
		existing(urn);
		this.schools.removeClosure(urn, day);
		return existing(urn);
	}

	private LocalDate closureDate(Caller caller, String urn, String date) {
		Access.requireCountyWideOrSchool(caller, Access.SCHOOLS_WRITE, urn);
		requireUrn(urn);
		return parseDate("date", date);
	}

	private School existing(String urn) {
		return this.schools.find(urn).orElseThrow(() -> ProblemException.notFound("no school with URN " + urn));
	}

	static void requireUrn(String urn) {
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> {
			throw ProblemException.invalid("urn", problem);
		});
	}

	static LocalDate parseDate(String field, String value) {
		if (value == null || value.isBlank()) {
			throw ProblemException.invalid(field, "a date is required, written yyyy-MM-dd");
		}
		return DateBounds.parse(field, value);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<Violation> violations) {
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
					return constant;
				}
			}
		}
		violations.add(new Violation(field,
				"one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
						+ ", not '" + value + "'"));
		return null;
	}

}
