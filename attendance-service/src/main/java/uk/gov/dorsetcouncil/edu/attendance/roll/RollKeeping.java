package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolReach;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/** Puts pupils on a school's roll and reads the roll back. */
public final class RollKeeping {

	static final int NEW_PUPIL_RETURN_DAYS = 5;

	/**
	 * The most junior class by phase (Dorset's first schools start at Reception, middle
	 * schools at Year 5).
	 */
	static final Map<Phase, Integer> MOST_JUNIOR_CLASS = Map.of(Phase.FIRST, 0, Phase.PRIMARY, 0, Phase.ALL_THROUGH, 0,
			Phase.MIDDLE, 5, Phase.SECONDARY, 7, Phase.UPPER, 9);

	private final PupilRecords pupils;

	private final SchoolDirectory schools;

	private final Clock clock;

	private final TermDates termDates;

	private final LostRaceRetry retry;

	public RollKeeping(PupilRecords pupils, SchoolDirectory schools, Clock clock, LostRaceRetry retry) {
		this(pupils, schools, TermDates.dorset(), clock, retry);
	}

	/**
	 * @param retry how a change that lost its race to another writer of the pupil is
	 * tried again
	 */
	public RollKeeping(PupilRecords pupils, SchoolDirectory schools, TermDates termDates, Clock clock,
			LostRaceRetry retry) {
		this.pupils = pupils;
		this.schools = schools;
		this.termDates = termDates;
		this.clock = clock;
		this.retry = retry;
	}

	/**
	 * What a school says about a pupil on its roll. Characteristics, postcode and NHS
	 * number left null keep their stored values (or "not recorded" for a new pupil), so
	 * clients written before they existed do not wipe them.
	 */
	public record PupilDetails(String familyName, String givenName, String dateOfBirth, Integer yearGroup, String sex,
			String admissionDate, String leavingDate, String registration, Boolean freeSchoolMeals, String senProvision,
			Boolean lookedAfter, Boolean childInNeed, Boolean childProtectionPlan, Boolean everSocialWorker,
			String ethnicity, Boolean youngCarer, String deletionGround, String destination, String postcode,
			String nhsNumber) {

		/** Details without a postcode or an NHS number. */
		public PupilDetails(String familyName, String givenName, String dateOfBirth, Integer yearGroup, String sex,
				String admissionDate, String leavingDate, String registration, Boolean freeSchoolMeals,
				String senProvision, Boolean lookedAfter, Boolean childInNeed, Boolean childProtectionPlan,
				Boolean everSocialWorker, String ethnicity, Boolean youngCarer, String deletionGround,
				String destination) {
			this(familyName, givenName, dateOfBirth, yearGroup, sex, admissionDate, leavingDate, registration,
					freeSchoolMeals, senProvision, lookedAfter, childInNeed, childProtectionPlan, everSocialWorker,
					ethnicity, youngCarer, deletionGround, destination, null, null);
		}

		/**
		 * Details without characteristics, registration, deletion ground or destination.
		 */
		public PupilDetails(String familyName, String givenName, String dateOfBirth, Integer yearGroup, String sex,
				String admissionDate, String leavingDate) {
			this(familyName, givenName, dateOfBirth, yearGroup, sex, admissionDate, leavingDate, null, null, null, null,
					null, null, null, null, null, null, null);
		}

		/** Details without a destination. */
		public PupilDetails(String familyName, String givenName, String dateOfBirth, Integer yearGroup, String sex,
				String admissionDate, String leavingDate, String registration, Boolean freeSchoolMeals,
				String senProvision, Boolean lookedAfter, Boolean childInNeed, Boolean childProtectionPlan,
				Boolean everSocialWorker, String ethnicity, Boolean youngCarer, String deletionGround) {
			this(familyName, givenName, dateOfBirth, yearGroup, sex, admissionDate, leavingDate, registration,
					freeSchoolMeals, senProvision, lookedAfter, childInNeed, childProtectionPlan, everSocialWorker,
					ethnicity, youngCarer, deletionGround, null);
		}

	}

	/** A pupil as stored after a change, and the returns to the LA it gave rise to. */
	public record RollChange(Pupil pupil, List<LaReturn> returns) {
	}

	/**
	 * Puts a pupil on the school's roll, or updates the pupil and that enrolment: the
	 * same request twice gives the same pupil. Other schools' enrolments are kept.
	 */
	public Pupil putOnRoll(Caller caller, String urn, String upnValue, PupilDetails details) {
		return change(caller, urn, upnValue, details).pupil();
	}

	/**
	 * As {@link #putOnRoll}, recording the returns to the LA (SI 2024/208 reg 13): a new
	 * pupil return when a pupil's name is entered (due by the end of the 5th day after,
	 * except for the most junior class on the first day of the school year), and a
	 * deletion return with its ground when a leaving date is first given (due no later
	 * than the deletion).
	 */
	public RollChange change(Caller caller, String urn, String upnValue, PupilDetails details) {
		Access.requireCountyWideOrSchool(caller, Access.SCHOOLS_WRITE, urn);
		List<Violation> violations = new ArrayList<>();
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> violations.add(new Violation("urn", problem)));
		Upn.problemWith(upnValue).ifPresent((problem) -> violations.add(new Violation("upn", problem)));
		String familyName = name("familyName", details.familyName(), violations);
		String givenName = name("givenName", details.givenName(), violations);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate dateOfBirth = date("dateOfBirth", details.dateOfBirth(), true, violations);
		Integer yearGroup = details.yearGroup();
		if (yearGroup == null || yearGroup < -2 || yearGroup > 14) {
			violations.add(new Violation("yearGroup",
					"a national curriculum year from -2 (nursery) through 0 (Reception) to 14, not " + yearGroup));
		}
		Sex sex = oneOf(Sex.class, "sex", details.sex(), true, violations);
		LocalDate admission = date("admissionDate", details.admissionDate(), true, violations);
		LocalDate leaving = date("leavingDate", details.leavingDate(), false, violations);
		// The age bound is judged on the days the record is about (ADR 0020): admission,
		// leaving, and today only while the pupil is still on roll.
		violations.addAll(DateBounds.pupilOnRollProblems(dateOfBirth, admission, leaving, today));
		if (admission != null && leaving != null && leaving.isBefore(admission)) {
			violations.add(new Violation("leavingDate", "the leaving date is before the admission date " + admission));
		}
		Registration registration = oneOf(Registration.class, "registration", details.registration(), false,
				violations);
		SenProvision sen = oneOf(SenProvision.class, "senProvision", details.senProvision(), false, violations);
		Ethnicity ethnicity = oneOf(Ethnicity.class, "ethnicity", details.ethnicity(), false, violations);
		DeletionGround ground = oneOf(DeletionGround.class, "deletionGround", details.deletionGround(), false,
				violations);
		if (ground != null && details.leavingDate() == null) {
			violations.add(new Violation("deletionGround", "a ground for deletion comes with a leaving date"));
		}
		String destination = (details.destination() == null || details.destination().isBlank()) ? null
				: TextField.LINE.check("destination", details.destination().strip(), violations);
		if (destination != null && details.leavingDate() == null) {
			violations.add(new Violation("destination", "a destination comes with a leaving date"));
		}
		Postcode postcode = identifier("postcode", details.postcode(), Postcode.problemWith(details.postcode()),
				Postcode::new, violations);
		NhsNumber nhsNumber = identifier("nhsNumber", details.nhsNumber(), NhsNumber.problemWith(details.nhsNumber()),
				NhsNumber::new, violations);
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		School school = this.schools.find(urn)
			.orElseThrow(() -> ProblemException.notFound("no school with URN " + urn));
		Upn upn = new Upn(upnValue);
		return this.retry.untilWon("roll-entry", () -> {
			Optional<Pupil> stored = this.pupils.find(upn);
			Pupil current = stored
				.orElseGet(() -> new Pupil(upn, familyName, givenName, dateOfBirth, yearGroup, sex, List.of(), 0));
			Registration kept = (registration != null) ? registration
					: current.enrolmentAt(urn).map(Enrolment::registration).orElse(Registration.SINGLE);
			Enrolment enrolment = new Enrolment(urn, admission, leaving, kept);
			Characteristics characteristics = characteristics(current.characteristics(), details, sen, ethnicity);
			Pupil updated = current
				.withDetailsAndEnrolment(familyName, givenName, dateOfBirth, yearGroup, sex, enrolment)
				.withCharacteristics(characteristics)
				.withPostcodeAndNhsNumber((postcode != null) ? postcode : current.postcode(),
						(nhsNumber != null) ? nhsNumber : current.nhsNumber());
			Optional<Enrolment> before = stored.flatMap((pupil) -> pupil.enrolmentAt(urn));
			List<LaReturn> returns = returns(caller, school, updated, before, enrolment, ground, destination);
			// The returns first: a crash before the pupil is saved leaves a return the
			// school's retry makes true, where the other order lost it (the retry finds
			// the pupil already entered and owes no new return). Recording one twice
			// changes nothing.
			returns.forEach(this.pupils::recordReturn);
			// The joins and leaves are recorded with the pupil, in the same write (the
			// change feed's outbox, ADR 0023).
			List<Change> changes = RollChanges.of(urn, upn, current.version() + 1, before, enrolment, ground,
					destination, this.clock.instant());
			if (updated.equals(current) || this.pupils.save(updated, changes)) {
				return Optional.of(new RollChange(this.pupils.find(upn).orElseThrow(), returns));
			}
			return Optional.empty();
		}, () -> "pupil " + upn + " is being changed by someone else");
	}

	/**
	 * A pupil's enrolments: all of them for the LA and platform services; a school sees
	 * only its own enrolment, and only for a pupil who is or was on its roll; a locality
	 * officer sees the enrolments at their locality's schools, and only for a pupil who
	 * is or was on one of those rolls.
	 */
	public Pupil enrolments(Caller caller, String upnValue) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		Upn.problemWith(upnValue).ifPresent((problem) -> {
			throw ProblemException.invalid("upn", problem);
		});
		Optional<Locality> locality = SchoolReach.officerLocality(caller);
		if (!caller.actsCountyWide() && !caller.actsForSchool() && locality.isEmpty()) {
			throw ProblemException.forbidden("only the local authority, locality officers and schools look up rolls");
		}
		Pupil pupil = this.pupils.find(new Upn(upnValue))
			.orElseThrow(() -> ProblemException.notFound("no pupil with UPN " + upnValue));
		if (caller.actsCountyWide()) {
			return pupil;
		}
		List<Enrolment> seen = pupil.enrolments()
			.stream()
			.filter((enrolment) -> this.schools.find(enrolment.urn())
				.filter((school) -> SchoolReach.reaches(caller, school))
				.isPresent())
			.toList();
		if (seen.isEmpty()) {
			throw ProblemException.forbidden("pupil " + upnValue + " is not on the roll of a school this caller sees");
		}
		return new Pupil(pupil.upn(), pupil.familyName(), pupil.givenName(), pupil.dateOfBirth(), pupil.yearGroup(),
				pupil.sex(), seen, pupil.characteristics(), pupil.postcode(), pupil.nhsNumber(), pupil.version());
	}

	/** The returns a school has made to the LA about a pupil, oldest first. */
	public List<LaReturn> returns(Caller caller, String urn, String upnValue) {
		SchoolReach.requireSchoolReach(caller, Access.ATTENDANCE_READ, urn, this.schools);
		List<Violation> violations = new ArrayList<>();
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> violations.add(new Violation("urn", problem)));
		Upn.problemWith(upnValue).ifPresent((problem) -> violations.add(new Violation("upn", problem)));
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return this.pupils.returns(urn, new Upn(upnValue));
	}

	private List<LaReturn> returns(Caller caller, School school, Pupil pupil, Optional<Enrolment> before,
			Enrolment after, DeletionGround ground, String destination) {
		List<LaReturn> returns = new ArrayList<>();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		String prefix = school.urn() + ":" + pupil.upn().value();
		boolean newEntry = before.isEmpty() || !before.get().admissionDate().equals(after.admissionDate());
		if (newEntry && !joinsMostJuniorClassOnFirstDay(school, pupil.yearGroup(), after.admissionDate())) {
			// SI 2024/208 reg 13(1): by the end of the 5th day after the name is entered.
			LocalDate due = after.admissionDate().plusDays(NEW_PUPIL_RETURN_DAYS);
			returns.add(new LaReturn(prefix + ":NEW_PUPIL:" + after.admissionDate(), LaReturn.Kind.NEW_PUPIL,
					school.urn(), pupil.upn(), after.admissionDate(), due, now, !today.isAfter(due), null, null,
					caller.subject()));
		}
		boolean newLeaving = after.leavingDate() != null
				&& (before.isEmpty() || !after.leavingDate().equals(before.get().leavingDate()));
		if (newLeaving) {
			// reg 13(4) and CME guidance: no later than the deletion itself.
			returns.add(new LaReturn(prefix + ":DELETION:" + after.leavingDate(), LaReturn.Kind.DELETION, school.urn(),
					pupil.upn(), after.leavingDate(), after.leavingDate(), now, !today.isAfter(after.leavingDate()),
					ground, destination, caller.subject()));
		}
		return returns;
	}

	/**
	 * SI 2024/208 reg 13(2)-(3): no new pupil return for a pupil joining the most junior
	 * class on the first day of the school year. The most junior class is taken from the
	 * school's phase; special schools and AP have no single entry year, so their returns
	 * are always due. An admission dated before the first school day (schools often enter
	 * 1 September) counts as the first day.
	 */
	boolean joinsMostJuniorClassOnFirstDay(School school, int yearGroup, LocalDate admission) {
		Integer juniorClass = MOST_JUNIOR_CLASS.get(school.phase());
		if (juniorClass == null || juniorClass != yearGroup) {
			return false;
		}
		AcademicYear year = AcademicYear.of(admission);
		Optional<LocalDate> termStart = this.termDates.periods()
			.stream()
			.filter((period) -> period.kind() == TermDates.Kind.TERM && period.academicYear().equals(year))
			.map(TermDates.Period::firstDay)
			.min(LocalDate::compareTo);
		if (termStart.isEmpty()) {
			return false;
		}
		SchoolCalendar calendar = new SchoolCalendar(this.termDates, school.closures().keySet());
		LocalDate firstDay = calendar.isSchoolDay(termStart.get()) ? termStart.get()
				: calendar.schoolDaysAfter(termStart.get(), 1);
		return !admission.isAfter(firstDay);
	}

	private static Characteristics characteristics(Characteristics held, PupilDetails details, SenProvision sen,
			Ethnicity ethnicity) {
		return new Characteristics(or(details.freeSchoolMeals(), held.freeSchoolMeals()),
				(sen != null) ? sen : held.senProvision(), or(details.lookedAfter(), held.lookedAfter()),
				or(details.childInNeed(), held.childInNeed()),
				or(details.childProtectionPlan(), held.childProtectionPlan()),
				or(details.everSocialWorker(), held.everSocialWorker()),
				(ethnicity != null) ? ethnicity : held.ethnicity(), or(details.youngCarer(), held.youngCarer()));
	}

	private static boolean or(Boolean given, boolean held) {
		return (given != null) ? given : held;
	}

	/** One page of the pupils ever on a school's roll, ordered by UPN. */
	public Page<Pupil> roll(Caller caller, String urn, PageRequest page) {
		SchoolReach.requireSchoolReach(caller, Access.ATTENDANCE_READ, urn, this.schools);
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> {
			throw ProblemException.invalid("urn", problem);
		});
		if (this.schools.find(urn).isEmpty()) {
			throw ProblemException.notFound("no school with URN " + urn);
		}
		return Page.of(this.pupils.roll(urn, page.offset(), page.size()), page, this.pupils.rollSize(urn));
	}

	/**
	 * A name as {@link TextField#NAME}: one line, up to 100 characters, with a letter.
	 */
	private static String name(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "required, 1 to " + TextField.NAME.maxLength() + " characters"));
			return null;
		}
		String checked = TextField.NAME.check(field, value, violations);
		return (checked != null) ? checked.strip() : null;
	}

	/**
	 * An optional identifier: absent (null) keeps what is held; anything sent must be
	 * valid, so nothing malformed is stored.
	 */
	private static <T> T identifier(String field, String value, Optional<String> problem,
			java.util.function.Function<String, T> parse, List<Violation> violations) {
		if (value == null) {
			return null;
		}
		if (problem.isPresent()) {
			violations.add(new Violation(field, problem.get()));
			return null;
		}
		return parse.apply(value);
	}

	private static LocalDate date(String field, String value, boolean required, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "required, written yyyy-MM-dd"));
			}
			return null;
		}
		return DateBounds.parse(field, value, violations);
	}

	private static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value, boolean required,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "required: one of " + names(type)));
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return constant;
			}
		}
		violations.add(new Violation(field, "one of " + names(type) + "; not '" + value + "'"));
		return null;
	}

	private static String names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
