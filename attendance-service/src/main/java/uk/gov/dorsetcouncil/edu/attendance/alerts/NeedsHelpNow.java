package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.measures.SessionCounts;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The "children who need help now" list and the transition watch list, for a school (its
 * own pupils) or the local authority (the county, or one school), computed as of today
 * from the packed marks and each school's calendar. Pupils on roll today are listed.
 * Rolls and marks come from {@link RollsAndMarks} and plans from {@link AttendancePlans}:
 * in the service, the in-memory read model and {@link HeldAttendancePlans} (ADR 0008), so
 * no request reads a pupil, mark or plan document.
 */
public final class NeedsHelpNow {

	public static final int MAX_PAGE_SIZE = 200;

	static final int DEFAULT_PAGE_SIZE = 50;

	/** Rolls are taken in chunks this large, with their marks and plans per chunk. */
	static final int CHUNK = 500;

	/** The DfE code of Dorset Council as a local authority. */
	static final String LA_CODE = "838";

	private final SchoolDirectory schools;

	private final RollsAndMarks rolls;

	private final TermDates termDates;

	private final AttendancePlans plans;

	private final SocialCarePlans socialCare;

	private final AlertRules rules;

	private final TransitionWatch watch;

	private final Clock clock;

	public NeedsHelpNow(SchoolDirectory schools, RollsAndMarks rolls, TermDates termDates, AttendancePlans plans,
			SocialCarePlans socialCare, AlertSettings settings, Clock clock) {
		this.schools = schools;
		this.rolls = rolls;
		this.termDates = termDates;
		this.plans = plans;
		this.socialCare = socialCare;
		this.rules = new AlertRules(settings);
		this.watch = new TransitionWatch(settings);
		this.clock = clock;
	}

	/**
	 * @param school a URN, or null for every school the caller may see
	 * @param type an {@link AlertType} name, or null for all
	 */
	public Page<Alert> alerts(Caller caller, String school, String type, Integer page, Integer size) {
		List<Violation> invalid = new ArrayList<>();
		AlertType wanted = parseType(type, invalid);
		List<School> scope = scope(caller, school, page, size, invalid);
		LocalDate today = LocalDate.now(this.clock);
		List<Alert> all = new ArrayList<>();
		evaluate(scope, today, (pupil, alerts, plan) -> {
			for (Alert alert : alerts) {
				if (wanted == null || alert.type() == wanted) {
					all.add(alert);
				}
			}
		});
		all.sort(Comparator.comparing(Alert::urn)
			.thenComparing((alert) -> alert.upn().value())
			.thenComparing(Alert::type));
		return Page.of(all, pageNumber(page), pageSize(size), today);
	}

	/**
	 * How many children of an area have each alert today, by the same rules and access as
	 * the list: a school (urn), a locality, or the whole LA when neither is given. A
	 * school sees only itself and a locality officer only their locality, each by
	 * default.
	 */
	public AlertCounts counts(Caller caller, String urn, String locality) {
		boolean oneSchool = urn != null && !urn.isBlank();
		boolean oneLocality = locality != null && !locality.isBlank();
		if (oneSchool && oneLocality) {
			Access.requireScope(caller, Access.ATTENDANCE_READ);
			throw ProblemException.invalid("locality", "ask for a school (urn) or a locality, not both");
		}
		String areaType;
		String area;
		List<School> scope;
		if (oneLocality) {
			Locality asked = parseLocality(caller, locality);
			if (!caller.actsCountyWide() && Access.officerLocality(caller).filter((own) -> own == asked).isEmpty()) {
				throw ProblemException
					.forbidden("only the local authority and the locality's own officers see its alerts");
			}
			scope = this.schools.all().stream().filter((school) -> school.locality() == asked).toList();
			areaType = "LOCALITY";
			area = asked.name();
		}
		else {
			scope = scope(caller, oneSchool ? urn : null, null, null, new ArrayList<>());
			if (oneSchool || caller.actsForSchool()) {
				areaType = "SCHOOL";
				area = oneSchool ? urn : caller.organisation().id();
			}
			else if (Access.actsForLocality(caller)) {
				areaType = "LOCALITY";
				area = Access.officerLocality(caller).orElseThrow().name();
			}
			else {
				areaType = "LOCAL_AUTHORITY";
				area = LA_CODE;
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<AlertType, Set<Upn>> byType = new EnumMap<>(AlertType.class);
		Set<Upn> needingHelp = new HashSet<>();
		Set<Upn> severe = new HashSet<>();
		Set<Upn> severeWithCurrentPlan = new HashSet<>();
		evaluate(scope, today, (pupil, alerts, plan) -> {
			for (Alert alert : alerts) {
				needingHelp.add(pupil.upn());
				byType.computeIfAbsent(alert.type(), (type) -> new HashSet<>()).add(pupil.upn());
				if (alert.type() == AlertType.SEVERE_ABSENCE) {
					severe.add(pupil.upn());
					if (plan.isPresent() && !plan.get().reviewOverdue(today)) {
						severeWithCurrentPlan.add(pupil.upn());
					}
				}
			}
		});
		Map<AlertType, Integer> children = new EnumMap<>(AlertType.class);
		byType.forEach((type, upns) -> children.put(type, upns.size()));
		return new AlertCounts(areaType, area, today, needingHelp.size(), children, severe.size(),
				severeWithCurrentPlan.size());
	}

	private interface PupilAlerts {

		void accept(Pupil pupil, List<Alert> alerts, Optional<AttendancePlan> plan);

	}

	/** Runs the rules for every pupil on the roll of these schools today. */
	private void evaluate(List<School> scope, LocalDate today, PupilAlerts found) {
		for (School each : scope) {
			AlertRules.Window window = this.rules.window(new SchoolCalendar(this.termDates, each.closures().keySet()),
					today);
			forEachPupil(each, today, (chunk) -> {
				Map<Upn, AttendancePlan> held = this.plans.findAll(each.urn(), chunk.keySet());
				Set<Upn> socialCarePlan = this.socialCare.withPlan(chunk.keySet());
				Map<MarkKey, YearMarks> years = yearsAt(each.urn(), chunk.keySet(), today);
				for (Map.Entry<Upn, Pupil> entry : chunk.entrySet()) {
					PupilHistory history = history(each.urn(), entry.getValue(),
							socialCarePlan.contains(entry.getKey()), years, today);
					Optional<AttendancePlan> plan = Optional.ofNullable(held.get(entry.getKey()));
					found.accept(entry.getValue(), this.rules.evaluate(history, window, plan), plan);
				}
			});
		}
	}

	private static Locality parseLocality(Caller caller, String value) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		for (Locality locality : Locality.values()) {
			if (locality.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return locality;
			}
		}
		throw ProblemException.invalid("locality",
				"one of " + Arrays.stream(Locality.values()).map(Enum::name).collect(Collectors.joining(", "))
						+ "; not '" + value + "'");
	}

	public Page<TransitionWatch.Entry> transition(Caller caller, String school, Integer page, Integer size) {
		List<School> scope = scope(caller, school, page, size, new ArrayList<>());
		LocalDate today = LocalDate.now(this.clock);
		AcademicYear lastYear = new AcademicYear(AcademicYear.of(today).startYear() - 1);
		DateRange lastYearRange = new DateRange(lastYear.firstDay(), lastYear.lastDay());
		List<TransitionWatch.Entry> all = new ArrayList<>();
		for (School each : scope) {
			forEachPupil(each, today, (chunk) -> {
				Map<Upn, Pupil> watched = chunk.entrySet()
					.stream()
					.filter((entry) -> entry.getValue().yearGroup() == 6 || entry.getValue().yearGroup() == 7)
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
				if (watched.isEmpty()) {
					return;
				}
				Map<MarkKey, YearMarks> years = yearsAt(each.urn(), watched.keySet(), today);
				List<MarkKey> lastYearKeys = new ArrayList<>();
				watched.values()
					.forEach((pupil) -> pupil.enrolments()
						.stream()
						.filter((enrolment) -> enrolment.onRollWithin(lastYearRange).isPresent())
						.forEach((enrolment) -> lastYearKeys.add(new MarkKey(enrolment.urn(), pupil.upn(), lastYear))));
				Map<MarkKey, YearMarks> previous = this.rolls.findAll(lastYearKeys);
				for (Pupil pupil : watched.values()) {
					PupilHistory history = history(each.urn(), pupil, false, years, today);
					SessionCounts thisYear = this.rules.yearToDate(history, today);
					Optional<SessionCounts> before = lastYearCounts(pupil, previous, lastYear, lastYearRange);
					this.watch.assess(each.urn(), pupil.upn(), history.pupilName(), pupil.yearGroup(), thisYear, before)
						.ifPresent(all::add);
				}
			});
		}
		all.sort(Comparator.comparing(TransitionWatch.Entry::urn).thenComparing((entry) -> entry.upn().value()));
		return Page.of(all, pageNumber(page), pageSize(size), today);
	}

	private static Optional<SessionCounts> lastYearCounts(Pupil pupil, Map<MarkKey, YearMarks> previous,
			AcademicYear lastYear, DateRange lastYearRange) {
		SessionCounts counts = null;
		for (Enrolment enrolment : pupil.enrolments()) {
			Optional<DateRange> onRoll = enrolment.onRollWithin(lastYearRange);
			YearMarks year = previous.get(new MarkKey(enrolment.urn(), pupil.upn(), lastYear));
			if (onRoll.isPresent() && year != null) {
				SessionCounts these = SessionCounts.count(year, onRoll.get());
				counts = (counts == null) ? these : counts.plus(these);
			}
		}
		return Optional.ofNullable(counts);
	}

	private Map<MarkKey, YearMarks> yearsAt(String urn, Set<Upn> upns, LocalDate today) {
		AcademicYear year = AcademicYear.of(today);
		AcademicYear before = new AcademicYear(year.startYear() - 1);
		List<MarkKey> keys = new ArrayList<>();
		for (Upn upn : upns) {
			keys.add(new MarkKey(urn, upn, year));
			keys.add(new MarkKey(urn, upn, before));
		}
		return this.rolls.findAll(keys);
	}

	private static PupilHistory history(String urn, Pupil pupil, boolean socialCarePlan, Map<MarkKey, YearMarks> years,
			LocalDate today) {
		Enrolment enrolment = pupil.enrolmentAt(urn).orElseThrow();
		Map<AcademicYear, YearMarks> own = new HashMap<>();
		AcademicYear year = AcademicYear.of(today);
		for (AcademicYear each : List.of(year, new AcademicYear(year.startYear() - 1))) {
			YearMarks held = years.get(new MarkKey(urn, pupil.upn(), each));
			if (held != null) {
				own.put(each, held);
			}
		}
		return new PupilHistory(urn, pupil.upn(), pupil.givenName() + " " + pupil.familyName(), pupil.yearGroup(),
				enrolment.admissionDate(), enrolment.leavingDate(), socialCarePlan, own);
	}

	/** Calls back with the school's pupils on roll today, a chunk at a time. */
	private void forEachPupil(School school, LocalDate today, Consumer<Map<Upn, Pupil>> work) {
		Map<Upn, Pupil> onRoll = new HashMap<>();
		for (Pupil pupil : this.rolls.everOnRoll(school.urn())) {
			if (pupil.onRollOn(school.urn(), today)) {
				onRoll.put(pupil.upn(), pupil);
			}
			if (onRoll.size() == CHUNK) {
				work.accept(onRoll);
				onRoll = new HashMap<>();
			}
		}
		if (!onRoll.isEmpty()) {
			work.accept(onRoll);
		}
	}

	/**
	 * The schools the caller asked about and may see: a school only itself, a locality
	 * officer their locality's schools (all of them, or one), the LA and platform
	 * services the county or one school.
	 */
	private List<School> scope(Caller caller, String school, Integer page, Integer size, List<Violation> invalid) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		Optional<Locality> locality = Access.officerLocality(caller);
		if (!caller.actsCountyWide() && !caller.actsForSchool() && locality.isEmpty()) {
			throw ProblemException
				.forbidden("only the local authority, locality officers and schools see children's alerts");
		}
		boolean oneSchool = school != null && !school.isBlank();
		if (oneSchool) {
			SchoolIdentifiers.urnProblem(school).ifPresent((problem) -> invalid.add(new Violation("school", problem)));
		}
		if (page != null && page < 0) {
			invalid.add(new Violation("page", "pages are numbered from 0"));
		}
		if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
			invalid.add(new Violation("size", "a page holds 1 to " + MAX_PAGE_SIZE + " items"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		if (caller.actsForSchool()) {
			String own = caller.organisation().id();
			if (oneSchool && !school.equals(own)) {
				throw ProblemException.forbidden("a school sees only its own pupils' alerts");
			}
			return this.schools.find(own).stream().toList();
		}
		if (locality.isPresent()) {
			List<School> inLocality = this.schools.all()
				.stream()
				.filter((candidate) -> candidate.locality() == locality.get())
				.toList();
			if (!oneSchool) {
				return inLocality;
			}
			return List.of(inLocality.stream()
				.filter((candidate) -> candidate.urn().equals(school))
				.findFirst()
				.orElseThrow(() -> ProblemException
					.forbidden("a locality officer sees only the alerts of " + locality.get() + "'s schools")));
		}
		if (oneSchool) {
			return List.of(this.schools.find(school)
				.orElseThrow(() -> ProblemException.notFound("no school with URN " + school)));
		}
		return this.schools.all();
	}

	private static AlertType parseType(String type, List<Violation> invalid) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return AlertType.valueOf(type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			invalid.add(new Violation("type",
					"one of " + Arrays.stream(AlertType.values()).map(Enum::name).collect(Collectors.joining(", "))
							+ ", not '" + type + "'"));
			return null;
		}
	}

	private static int pageNumber(Integer page) {
		return (page == null) ? 0 : page;
	}

	private static int pageSize(Integer size) {
		return (size == null) ? DEFAULT_PAGE_SIZE : size;
	}

}
