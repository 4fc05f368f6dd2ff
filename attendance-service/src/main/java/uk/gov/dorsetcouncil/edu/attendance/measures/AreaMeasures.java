package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * School, locality, phase, LA and cohort absence figures exactly as the DfE defines them,
 * per enrolment, from the in-memory {@link EnrolmentTallies}: each request adds up one
 * small counter per enrolment-year rather than reading marks.
 * <p>
 * Access: scope {@code attendance:read}; the LA and platform services see every area, a
 * school only itself. Callers with the {@value #ANALYST_ROLE} role (no pupil-level
 * access), or who ask for publishable figures, get small-number suppression.
 */
public final class AreaMeasures {

	/** The role of users who see aggregates only. */
	public static final String ANALYST_ROLE = "EDUCATION_BOARD_ANALYST";

	public static final int MAX_PAGE_SIZE = 200;

	private final EnrolmentTallies tallies;

	private final SchoolDirectory schools;

	private final ReferenceFigures references;

	private final SmallNumberSuppression suppression;

	private final TermDates termDates;

	private final Clock clock;

	public AreaMeasures(EnrolmentTallies tallies, SchoolDirectory schools, ReferenceFigures references,
			SmallNumberSuppression suppression, TermDates termDates, Clock clock) {
		this.tallies = tallies;
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
	public SchoolPage schools(Caller caller, String locality, String phase, Request request, Integer page,
			Integer size) {
		Optional<Locality> own = requireCountyOrLocality(caller);
		int pageNumber = (page == null) ? 0 : page;
		int pageSize = (size == null) ? 50 : size;
		List<Violation> violations = new ArrayList<>();
		if (pageNumber < 0) {
			violations.add(new Violation("page", "pages are numbered from 0"));
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			violations.add(new Violation("size", "a page holds 1 to " + MAX_PAGE_SIZE + " schools"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
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
		List<GroupFigures> rows = all.groups();
		int from = Math.min(rows.size(), pageNumber * pageSize);
		int to = Math.min(rows.size(), from + pageSize);
		return new SchoolPage(all, pageNumber, pageSize, rows.size(), rows.subList(from, to));
	}

	public record SchoolPage(AreaSummary summary, int page, int size, long total, List<GroupFigures> schools) {
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
		Map<String, School> byUrn = schoolsIn(area);
		Map<String, int[]> days = daysAt(period, byUrn);
		long[] weekly = new long[3 * Weeks.count(year)];
		for (YearTally tally : this.tallies.tallies()) {
			School school = included(tally, year, scope, byUrn);
			if (school == null) {
				continue;
			}
			if (period.yearToDate()) {
				for (int i = 0; i < weekly.length; i++) {
					weekly[i] += tally.weekly()[i];
				}
			}
			else {
				int[] within = days.get(school.urn());
				if (within != null) {
					tally.addWeeklyWithin(within[0], within[1], weekly);
				}
			}
		}
		List<WeeklyTrend.Week> weeks = new ArrayList<>();
		SmallNumberSuppression rule = suppress ? this.suppression : new SmallNumberSuppression(0);
		for (int w = 0; w < weekly.length / 3; w++) {
			long possible = weekly[3 * w];
			if (possible == 0) {
				continue;
			}
			// Each week is its own one-row table: only primary suppression applies.
			GroupCounts counts = new GroupCounts("WEEK", String.valueOf(w), "", 1,
					new SessionCounts((int) possible, (int) (possible - weekly[3 * w + 1] - weekly[3 * w + 2]), 0,
							(int) weekly[3 * w + 1], (int) weekly[3 * w + 2]),
					0, 0);
			GroupFigures shown = rule.apply(counts, List.of()).get(0);
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
		Map<String, School> byUrn = schoolsIn(area);
		Map<String, int[]> days = daysAt(period, byUrn);
		// Plain counters while adding up ~75,000 enrolments; records only for the few
		// groups.
		long[] all = new long[Tallied.WIDTH];
		Map<CohortDimension, Map<String, long[]>> groups = new EnumMap<>(CohortDimension.class);
		dimensions.forEach((dimension) -> groups.put(dimension, new HashMap<>()));
		LocalDate marksUpTo = null;
		int lastMarkedDay = -1;
		long[] window = new long[3];
		for (YearTally tally : this.tallies.tallies()) {
			School school = included(tally, year, scope, byUrn);
			if (school == null) {
				continue;
			}
			int[] within = null;
			if (period.yearToDate()) {
				if (tally.counts().possible() == 0) {
					continue;
				}
			}
			else {
				within = days.get(school.urn());
				if (within == null) {
					continue;
				}
				Arrays.fill(window, 0);
				tally.addCountsWithin(within[0], within[1], window);
				if (window[0] == 0) {
					continue;
				}
			}
			Pupil pupil = this.tallies.pupil(tally.key().upn()).orElse(null);
			if (within == null) {
				Tallied.add(all, tally.counts());
			}
			else {
				Tallied.add(all, window);
			}
			for (CohortDimension dimension : dimensions) {
				long[] group = groups.get(dimension)
					.computeIfAbsent(dimension.groupOf(pupil, school), (name) -> new long[Tallied.WIDTH]);
				if (within == null) {
					Tallied.add(group, tally.counts());
				}
				else {
					Tallied.add(group, window);
				}
			}
			if (within == null) {
				if (tally.lastMarked() != null && (marksUpTo == null || tally.lastMarked().isAfter(marksUpTo))) {
					marksUpTo = tally.lastMarked();
				}
			}
			else {
				lastMarkedDay = Math.max(lastMarkedDay, tally.lastMarkedWithin(within[0], within[1], lastMarkedDay));
			}
		}
		if (!period.yearToDate() && lastMarkedDay >= 0) {
			marksUpTo = year.firstDay().plusDays(lastMarkedDay);
		}
		GroupCounts total = Tallied.counts("ALL", "ALL", "all enrolments in " + area.id(), all);
		GroupFigures shownTotal = null;
		List<GroupFigures> shownGroups = new ArrayList<>();
		for (CohortDimension dimension : dimensions) {
			List<GroupCounts> ordered = groups.get(dimension)
				.entrySet()
				.stream()
				.map((group) -> Tallied.counts(dimension.name(), group.getKey(),
						label(dimension, group.getKey(), byUrn), group.getValue()))
				.sorted(Comparator.comparing(GroupCounts::group, AreaMeasures::compareGroups))
				.toList();
			List<GroupFigures> shown = suppress ? this.suppression.apply(total, ordered)
					: SmallNumberSuppression.unsuppressed(total, ordered);
			shownTotal = shown.get(0);
			shownGroups.addAll(shown.subList(1, shown.size()));
		}
		if (shownTotal == null) {
			shownTotal = (suppress ? this.suppression.apply(total, List.of())
					: SmallNumberSuppression.unsuppressed(total, List.of()))
				.get(0);
		}
		List<ReferenceFigure> references = this.references.all();
		return new AreaSummary(area.type(), area.id(), year.label(), period.basis(), period.from(), period.to(),
				scope.label(), this.clock.instant(), marksUpTo, suppress, shownTotal, shownGroups, references,
				ReferenceData.notHeld(references));
	}

	private ReportingPeriod period(Request request) {
		return ReportingPeriod.of(request.academicYear(), request.term(), request.from(), request.to(), this.termDates,
				LocalDate.now(this.clock));
	}

	/**
	 * Each school's first and last day in the period, as indexes of the year; none needed
	 * for the year to date.
	 */
	private Map<String, int[]> daysAt(ReportingPeriod period, Map<String, School> byUrn) {
		Map<String, int[]> days = new HashMap<>();
		if (!period.yearToDate()) {
			AcademicYear year = period.year();
			byUrn.values()
				.forEach((school) -> period.daysAt(school, this.termDates)
					.ifPresent((within) -> days.put(school.urn(),
							new int[] { year.dayIndex(within[0]), year.dayIndex(within[1]) })));
		}
		return days;
	}

	private School included(YearTally tally, AcademicYear year, HeadlineScope scope, Map<String, School> byUrn) {
		if (!tally.key().year().equals(year) || tally.onRoll() == null) {
			return null;
		}
		School school = byUrn.get(tally.key().urn());
		if (school == null) {
			return null;
		}
		Pupil pupil = this.tallies.pupil(tally.key().upn()).orElse(null);
		return scope.includes(pupil, school, year) ? school : null;
	}

	private Map<String, School> schoolsIn(Area area) {
		Map<String, School> byUrn = new LinkedHashMap<>();
		for (School school : this.schools.all()) {
			if (area.includes().test(school)) {
				byUrn.put(school.urn(), school);
			}
		}
		return byUrn;
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
				.filter((school) -> Access.reaches(caller, school))
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
		Optional<Locality> own = Access.officerLocality(caller);
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

	/**
	 * A group's running counters: enrolments, the five session counts, persistent and
	 * severe absentees (flags on exact counts, as {@link AttendanceFigures}).
	 */
	private static final class Tallied {

		static final int WIDTH = 8;

		static void add(long[] into, SessionCounts enrolment) {
			long absent = enrolment.absent();
			into[0]++;
			into[1] += enrolment.possible();
			into[2] += enrolment.present();
			into[3] += enrolment.approvedEducationalActivity();
			into[4] += enrolment.authorised();
			into[5] += enrolment.unauthorised();
			into[6] += (absent * 100 >= (long) AttendanceFigures.PERSISTENT_PERCENT * enrolment.possible()) ? 1 : 0;
			into[7] += (absent * 100 >= (long) AttendanceFigures.SEVERE_PERCENT * enrolment.possible()) ? 1 : 0;
		}

		/**
		 * One enrolment's possible, authorised and unauthorised sessions in a period
		 * ({@link YearTally#addCountsWithin}); present there includes approved
		 * educational activity.
		 */
		static void add(long[] into, long[] window) {
			long possible = window[0];
			long absent = window[1] + window[2];
			into[0]++;
			into[1] += possible;
			into[2] += possible - absent;
			into[4] += window[1];
			into[5] += window[2];
			into[6] += (absent * 100 >= (long) AttendanceFigures.PERSISTENT_PERCENT * possible) ? 1 : 0;
			into[7] += (absent * 100 >= (long) AttendanceFigures.SEVERE_PERCENT * possible) ? 1 : 0;
		}

		static GroupCounts counts(String dimension, String group, String label, long[] counters) {
			return new GroupCounts(
					dimension, group, label, (int) counters[0], new SessionCounts((int) counters[1], (int) counters[2],
							(int) counters[3], (int) counters[4], (int) counters[5]),
					(int) counters[6], (int) counters[7]);
		}

	}

}
