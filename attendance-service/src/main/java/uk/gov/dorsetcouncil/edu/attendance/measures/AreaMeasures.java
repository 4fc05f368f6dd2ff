package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.roll.Ethnicity;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolReach;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * School, locality, phase, LA and cohort absence figures exactly as the DfE defines them,
 * per enrolment, from the in-memory {@link HeldAttendance}: each request adds up the
 * counters each enrolment keeps for its year rather than reading marks.
 * <p>
 * Access: scope {@code attendance:read}; the LA and platform services see every area, a
 * school only itself. Callers with the {@value #ANALYST_ROLE} role (no pupil-level
 * access), or who ask for publishable figures, get the platform's small-number
 * suppression ({@link PublishedFigures}).
 */
public final class AreaMeasures {

	/** The role of users who see aggregates only. */
	public static final String ANALYST_ROLE = "EDUCATION_BOARD_ANALYST";

	private final HeldAttendance held;

	private final SchoolDirectory schools;

	private final ReferenceFigures references;

	private final SmallNumberSuppression suppression;

	private final TermDates termDates;

	private final Clock clock;

	public AreaMeasures(HeldAttendance held, SchoolDirectory schools, ReferenceFigures references,
			SmallNumberSuppression suppression, TermDates termDates, Clock clock) {
		this.held = held;
		this.termDates = termDates;
		this.schools = schools;
		this.references = references;
		this.suppression = suppression;
		this.clock = clock;
	}

	/**
	 * What a request asks for; strings are as sent and checked here. Term, from and to
	 * choose the period ({@link ReportingPeriod}); all blank: the academic year to date.
	 */
	public record Request(String academicYear, String scope, boolean publishable, List<String> dimensions, String term,
			String from, String to) {

		/** The academic year to date. */
		public Request(String academicYear, String scope, boolean publishable, List<String> dimensions) {
			this(academicYear, scope, publishable, dimensions, null, null, null);
		}

		Request withDimensions(List<String> asked) {
			return new Request(this.academicYear, this.scope, this.publishable, asked, this.term, this.from, this.to);
		}

	}

	public AreaSummary localAuthority(Caller caller, Request request) {
		requireCountyOrLocality(caller);
		return summary(caller, new Area("LOCAL_AUTHORITY", "838", (school) -> true), request,
				List.of(CohortDimension.LOCALITY, CohortDimension.PHASE));
	}

	public AreaSummary locality(Caller caller, String locality, Request request) {
		Locality parsed = readableLocality(caller, locality);
		return summary(caller, new Area("LOCALITY", parsed.name(), (school) -> school.locality() == parsed), request,
				List.of(CohortDimension.SCHOOL));
	}

	public AreaSummary phase(Caller caller, String phase, Request request) {
		requireCountyWide(caller);
		Phase parsed = parse(Phase.class, "phase", phase);
		return summary(caller, new Area("PHASE", parsed.name(), (school) -> school.phase() == parsed), request,
				List.of(CohortDimension.LOCALITY));
	}

	public AreaSummary school(Caller caller, String urn, Request request) {
		School school = readableSchool(caller, urn);
		return summary(caller, new Area("SCHOOL", school.urn(), (candidate) -> candidate.urn().equals(urn)), request,
				List.of(CohortDimension.YEAR_GROUP));
	}

	/**
	 * The groups of one dimension in an area: a school (urn), a locality, or the LA when
	 * neither is given.
	 */
	public AreaSummary cohort(Caller caller, String dimension, String urn, String locality, Request request) {
		CohortDimension parsed = parse(CohortDimension.class, "dimension", dimension);
		Request asked = request.withDimensions(List.of(parsed.name()));
		if (urn != null && !urn.isBlank()) {
			return school(caller, urn, asked);
		}
		if (locality != null && !locality.isBlank()) {
			return locality(caller, locality, asked);
		}
		return localAuthority(caller, asked);
	}

	/** One page of school figures, filtered by locality and phase, ordered by URN. */
	public SchoolPage schools(Caller caller, String locality, String phase, Request request, PageRequest page) {
		Optional<Locality> own = requireCountyOrLocality(caller);
		Locality inLocality = (locality == null || locality.isBlank()) ? own.orElse(null)
				: readableLocality(caller, locality);
		Phase inPhase = (phase == null || phase.isBlank()) ? null : parse(Phase.class, "phase", phase);
		Request bySchool = request.withDimensions(List.of(CohortDimension.SCHOOL.name()));
		AreaSummary all = summary(caller,
				new Area((inLocality == null) ? "LOCAL_AUTHORITY" : "LOCALITY",
						(inLocality == null) ? "838" : inLocality.name(),
						(school) -> (inLocality == null || school.locality() == inLocality)
								&& (inPhase == null || school.phase() == inPhase)),
				bySchool, List.of());
		return new SchoolPage(all, Page.of(all.groups(), page));
	}

	/**
	 * One page of the schools' rows, and the summary of the area they were cut from.
	 */
	public record SchoolPage(AreaSummary summary, Page<GroupFigures> schools) {
	}

	/** Week-by-week figures for a school (urn), a locality, or the LA. */
	public WeeklyTrend trend(Caller caller, String urn, String locality, Request request) {
		Area area;
		if (urn != null && !urn.isBlank()) {
			School school = readableSchool(caller, urn);
			area = new Area("SCHOOL", school.urn(), (candidate) -> candidate.urn().equals(urn));
		}
		else {
			requireCountyOrLocality(caller);
			if (locality != null && !locality.isBlank()) {
				Locality parsed = readableLocality(caller, locality);
				area = new Area("LOCALITY", parsed.name(), (school) -> school.locality() == parsed);
			}
			else {
				area = new Area("LOCAL_AUTHORITY", "838", (school) -> true);
			}
		}
		ReportingPeriod period = period(request);
		AcademicYear year = period.year();
		HeadlineScope scope = scope(request.scope());
		boolean suppress = suppressFor(caller, request, area);
		List<School> inArea = schoolsIn(area);
		List<SchoolAttendance> held = this.held.schools(inArea.stream().map(School::urn).toList());
		long[] weekly = new long[3 * Weeks.count(year)];
		for (int i = 0; i < inArea.size(); i++) {
			School school = inArea.get(i);
			int[] within = daysAt(period, school);
			if (held.get(i) != null && within != null) {
				held.get(i).addWeekly(year, within[0], within[1], scope.filter(school, year), weekly);
			}
		}
		List<WeeklyTrend.Week> weeks = new ArrayList<>();
		SmallNumberSuppression rule = suppress ? this.suppression : SmallNumberSuppression.off();
		for (int w = 0; w < weekly.length / 3; w++) {
			long possible = weekly[3 * w];
			if (possible == 0) {
				continue;
			}
			// Each week is a row on its own: its counts are of sessions, not pupils.
			GroupCounts counts = new GroupCounts("WEEK", String.valueOf(w), "", 0,
					new SessionCounts((int) possible, (int) (possible - weekly[3 * w + 1] - weekly[3 * w + 2]), 0,
							(int) weekly[3 * w + 1], (int) weekly[3 * w + 2]),
					0, 0);
			GroupFigures shown = PublishedFigures.publishRow(rule, counts);
			weeks.add(new WeeklyTrend.Week(Weeks.commencing(year, w), shown.possibleSessions(),
					shown.overallAbsenceRate(), shown.authorisedAbsenceRate(), shown.unauthorisedAbsenceRate()));
		}
		return new WeeklyTrend(area.type(), area.id(), year.label(), period.basis(), period.from(), period.to(),
				scope.label(), this.clock.instant(), suppress, weeks);
	}

	private AreaSummary summary(Caller caller, Area area, Request request, List<CohortDimension> defaults) {
		ReportingPeriod period = period(request);
		AcademicYear year = period.year();
		HeadlineScope scope = scope(request.scope());
		List<CohortDimension> dimensions = dimensions(request.dimensions(), defaults);
		boolean suppress = suppressFor(caller, request, area);
		List<School> inArea = schoolsIn(area);
		List<SchoolAttendance> held = this.held.schools(inArea.stream().map(School::urn).toList());
		AreaTally tally = new AreaTally(inArea, dimensions);
		for (int i = 0; i < inArea.size(); i++) {
			School school = inArea.get(i);
			SchoolAttendance attendance = held.get(i);
			if (attendance == null) {
				continue;
			}
			tally.school(i, school);
			if (period.yearToDate()) {
				attendance.addYearToDate(year, scope.filter(school, year), tally);
			}
			else {
				int[] within = daysAt(period, school);
				if (within != null) {
					attendance.addPeriod(year, within[0], within[1], scope.filter(school, year), tally);
				}
			}
		}
		LocalDate marksUpTo = (tally.lastMarkedDay() < 0) ? null : year.firstDay().plusDays(tally.lastMarkedDay());
		GroupCounts total = tally.total("all enrolments in " + area.id());
		Map<String, School> byUrn = new HashMap<>();
		inArea.forEach((school) -> byUrn.put(school.urn(), school));
		List<List<GroupCounts>> groups = new ArrayList<>();
		for (CohortDimension dimension : dimensions) {
			groups.add(tally.groups(dimension)
				.stream()
				.map((group) -> new GroupCounts(group.dimension(), group.group(),
						label(dimension, group.group(), byUrn), group.enrolments(), group.sessions(),
						group.persistent(), group.severe()))
				.sorted(Comparator.comparing(GroupCounts::group, AreaMeasures::compareGroups))
				.toList());
		}
		PublishedFigures.Published shown = PublishedFigures
			.publish(suppress ? this.suppression : SmallNumberSuppression.off(), total, groups);
		List<ReferenceFigure> references = this.references.all();
		return new AreaSummary(area.type(), area.id(), year.label(), period.basis(), period.from(), period.to(),
				scope.label(), this.clock.instant(), marksUpTo, suppress, shown.total(), shown.groups(), references,
				ReferenceData.notHeld(references));
	}

	private ReportingPeriod period(Request request) {
		return ReportingPeriod.of(request.academicYear(), request.term(), request.from(), request.to(), this.termDates,
				LocalDate.now(this.clock));
	}

	/**
	 * A school's first and last day in the period, as indexes of the year (the whole year
	 * for the year to date), or null when the period has none at the school.
	 */
	private int[] daysAt(ReportingPeriod period, School school) {
		AcademicYear year = period.year();
		if (period.yearToDate()) {
			return new int[] { 0, year.lengthInDays() - 1 };
		}
		return period.daysAt(school, this.termDates)
			.map((within) -> new int[] { year.dayIndex(within[0]), year.dayIndex(within[1]) })
			.orElse(null);
	}

	private List<School> schoolsIn(Area area) {
		List<School> inArea = new ArrayList<>();
		for (School school : this.schools.all()) {
			if (area.includes().test(school)) {
				inArea.add(school);
			}
		}
		return inArea;
	}

	private static String label(CohortDimension dimension, String group, Map<String, School> byUrn) {
		return switch (dimension) {
			case SCHOOL -> byUrn.get(group).name();
			case ETHNICITY -> Ethnicity.valueOf(group).meaning();
			default -> group;
		};
	}

	/** Numeric groups (year groups) in number order, others alphabetically. */
	private static int compareGroups(String a, String b) {
		if (a.matches("-?\\d+") && b.matches("-?\\d+")) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		return a.compareTo(b);
	}

	/**
	 * Whoever has no pupil-level right over the area sees published-style figures, small
	 * numbers hidden: a locality officer sees their own locality's exactly and the
	 * county's as published (ADR 0012).
	 */
	private static boolean suppressFor(Caller caller, Request request, Area area) {
		return request.publishable() || caller.hasRole(ANALYST_ROLE) || !caller.hasScope(Access.ATTENDANCE_READ)
				|| (Access.actsForLocality(caller) && !area.withinOneLocality());
	}

	private School readableSchool(Caller caller, String urn) {
		Access.requireAnyScope(caller, Access.ATTENDANCE_READ, Access.MEASURES_READ);
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> {
			throw ProblemException.invalid("urn", problem);
		});
		if (Access.actsForLocality(caller)) {
			return this.schools.find(urn)
				.filter((school) -> SchoolReach.reaches(caller, school))
				.orElseThrow(() -> ProblemException.forbidden("a locality officer sees only the locality's schools"));
		}
		if (!caller.actsCountyWide() && !Access.isSchool(caller, urn)) {
			throw ProblemException.forbidden("a school sees only its own figures");
		}
		return this.schools.find(urn).orElseThrow(() -> ProblemException.notFound("no school with URN " + urn));
	}

	/**
	 * The county's figures: the LA, platform services and locality officers (whose own
	 * locality this is returned).
	 */
	private static Optional<Locality> requireCountyOrLocality(Caller caller) {
		Access.requireAnyScope(caller, Access.ATTENDANCE_READ, Access.MEASURES_READ);
		Optional<Locality> own = SchoolReach.officerLocality(caller);
		if (!caller.actsCountyWide() && own.isEmpty()) {
			throw ProblemException
				.forbidden("only the local authority, locality officers and platform services see area figures");
		}
		return own;
	}

	/**
	 * A locality's figures: the county's callers any, a locality officer only their own.
	 */
	private static Locality readableLocality(Caller caller, String locality) {
		Optional<Locality> own = requireCountyOrLocality(caller);
		Locality parsed = parse(Locality.class, "locality", locality);
		if (own.isPresent() && own.get() != parsed) {
			throw ProblemException.forbidden("a locality officer sees only " + own.get() + "'s figures");
		}
		return parsed;
	}

	private static void requireCountyWide(Caller caller) {
		Access.requireAnyScope(caller, Access.ATTENDANCE_READ, Access.MEASURES_READ);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("only the local authority and platform services see area figures");
		}
	}

	private static HeadlineScope scope(String value) {
		return (value == null || value.isBlank()) ? HeadlineScope.AGED_5_TO_15
				: parse(HeadlineScope.class, "scope", value);
	}

	private static List<CohortDimension> dimensions(List<String> asked, List<CohortDimension> defaults) {
		if (asked == null || asked.isEmpty()) {
			return defaults;
		}
		return asked.stream().map((name) -> parse(CohortDimension.class, "by", name)).distinct().toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
					return constant;
				}
			}
		}
		throw ProblemException.invalid(field,
				"one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
						+ "; not '" + value + "'");
	}

	private record Area(String type, String id, Predicate<School> includes) {

		boolean withinOneLocality() {
			return this.type.equals("LOCALITY") || this.type.equals("SCHOOL");
		}

	}

}
