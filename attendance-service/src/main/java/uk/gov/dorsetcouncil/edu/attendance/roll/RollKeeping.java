package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/** Puts pupils on a school's roll and reads the roll back. */
public final class RollKeeping {

	public static final int MAX_PAGE_SIZE = 500;

	static final int MAX_ATTEMPTS = 5;

	private static final int MAX_NAME = 100;

	private final PupilRecords pupils;

	private final SchoolDirectory schools;

	private final Clock clock;

	public RollKeeping(PupilRecords pupils, SchoolDirectory schools, Clock clock) {
		this.pupils = pupils;
		this.schools = schools;
		this.clock = clock;
	}

	/** What a school says about a pupil on its roll. */
	public record PupilDetails(String familyName, String givenName, String dateOfBirth, Integer yearGroup, String sex,
			String admissionDate, String leavingDate) {
	}

	/**
	 * Puts a pupil on the school's roll, or updates the pupil and that enrolment: the
	 * same request twice gives the same pupil. Other schools' enrolments are kept.
	 */
	public Pupil putOnRoll(Caller caller, String urn, String upnValue, PupilDetails details) {
		Access.requireCountyWideOrSchool(caller, Access.SCHOOLS_WRITE, urn);
		List<Violation> violations = new ArrayList<>();
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> violations.add(new Violation("urn", problem)));
		Upn.problemWith(upnValue).ifPresent((problem) -> violations.add(new Violation("upn", problem)));
		String familyName = name("familyName", details.familyName(), violations);
		String givenName = name("givenName", details.givenName(), violations);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate dateOfBirth = date("dateOfBirth", details.dateOfBirth(), true, violations);
		if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
			violations.add(new Violation("dateOfBirth", "a date of birth cannot be in the future"));
		}
		Integer yearGroup = details.yearGroup();
		if (yearGroup == null || yearGroup < -2 || yearGroup > 14) {
			violations.add(new Violation("yearGroup",
					"a national curriculum year from -2 (nursery) through 0 (Reception) to 14, not " + yearGroup));
		}
		Sex sex = sex(details.sex(), violations);
		LocalDate admission = date("admissionDate", details.admissionDate(), true, violations);
		LocalDate leaving = date("leavingDate", details.leavingDate(), false, violations);
		if (admission != null && leaving != null && leaving.isBefore(admission)) {
			violations.add(new Violation("leavingDate", "the leaving date is before the admission date " + admission));
		}
		if (admission != null && dateOfBirth != null && !admission.isAfter(dateOfBirth)) {
			violations.add(new Violation("admissionDate", "admission must come after the date of birth"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		if (this.schools.find(urn).isEmpty()) {
			throw ProblemException.notFound("no school with URN " + urn);
		}
		Upn upn = new Upn(upnValue);
		Enrolment enrolment = new Enrolment(urn, admission, leaving);
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Pupil current = this.pupils.find(upn)
				.orElseGet(() -> new Pupil(upn, familyName, givenName, dateOfBirth, yearGroup, sex, List.of(), 0));
			Pupil updated = current.withDetailsAndEnrolment(familyName, givenName, dateOfBirth, yearGroup, sex,
					enrolment);
			if (updated.equals(current) || this.pupils.save(updated)) {
				return this.pupils.find(upn).orElseThrow();
			}
		}
		throw new ProblemException(Problem.CONFLICT, "pupil " + upn + " is being changed by someone else; try again");
	}

	/** One page of the pupils ever on a school's roll, ordered by UPN. */
	public RollPage roll(Caller caller, String urn, Integer page, Integer size) {
		Access.requireCountyWideOrSchool(caller, Access.ATTENDANCE_READ, urn);
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> {
			throw ProblemException.invalid("urn", problem);
		});
		int pageNumber = (page == null) ? 0 : page;
		int pageSize = (size == null) ? 100 : size;
		List<Violation> violations = new ArrayList<>();
		if (pageNumber < 0) {
			violations.add(new Violation("page", "pages are numbered from 0"));
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			violations.add(new Violation("size", "a page holds 1 to " + MAX_PAGE_SIZE + " pupils"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		if (this.schools.find(urn).isEmpty()) {
			throw ProblemException.notFound("no school with URN " + urn);
		}
		return new RollPage(urn, pageNumber, pageSize, this.pupils.rollSize(urn),
				this.pupils.roll(urn, pageNumber, pageSize));
	}

	public record RollPage(String urn, int page, int size, long total, List<Pupil> pupils) {
	}

	private static String name(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank() || value.length() > MAX_NAME) {
			violations.add(new Violation(field, "required, 1 to " + MAX_NAME + " characters"));
			return null;
		}
		return value.strip();
	}

	private static LocalDate date(String field, String value, boolean required, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "required, written yyyy-MM-dd"));
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			violations.add(new Violation(field, "a date is written yyyy-MM-dd, not '" + value + "'"));
			return null;
		}
	}

	private static Sex sex(String value, List<Violation> violations) {
		if (value != null) {
			for (Sex sex : Sex.values()) {
				if (sex.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
					return sex;
				}
			}
		}
		violations.add(new Violation("sex", "F or M, as in the school census; not '" + value + "'"));
		return null;
	}

}
