package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.disruption.SchoolDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.disruption.TravelDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldEnrolment;
import uk.gov.dorsetcouncil.edu.attendance.measures.SessionCounts;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolReach;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The "children who need help now" list and the transition watch list, for a school (its
 * own pupils) or the local authority (the county, or one school), computed as of today
 * from the packed marks and each school's calendar. Pupils on roll today are listed.
 * Rolls and marks come from {@link RollsAndMarks} and plans from {@link AttendancePlans}:
 * in the service, the in-memory read model and {@link HeldAttendancePlans} (ADR 0018),
 * and each school's alerts are kept until its data changes ({@link SchoolAlerts}), so a
 * request reads no mark or plan document; the names on a page are read from the store.
 */
public final class NeedsHelpNow {

	/** The DfE code of Dorset Council as a local authority. */
	static final String LA_CODE = "838";

	private final SchoolDirectory schools;

	private final RollsAndMarks rolls;

	private final PupilRecords pupils;

	private final AttendancePlans plans;

	private final SchoolAlerts alerts;

	private final AlertRules rules;

	private final TravelDisruptions disruptions;

	private final TransitionWatch watch;

	private final Clock clock;

	/**
	 * @param pupils where the names shown in answers are read, a page at a time
	 */
	public NeedsHelpNow(SchoolDirectory schools, RollsAndMarks rolls, PupilRecords pupils, TermDates termDates,
			AttendancePlans plans, AlertSettings settings, Clock clock) {
		this(schools, rolls, pupils, termDates, plans, settings, TravelDisruptions.NONE, clock);
	}

	/**
	 * @param disruptions travel disruptions whose sessions no alert counts against the
	 * family (ADR 0038)
	 */
	public NeedsHelpNow(SchoolDirectory schools, RollsAndMarks rolls, PupilRecords pupils, TermDates termDates,
			AttendancePlans plans, AlertSettings settings, TravelDisruptions disruptions, Clock clock) {
		this.schools = schools;
		this.rolls = rolls;
		this.pupils = pupils;
		this.plans = plans;
		this.disruptions = disruptions;
		this.alerts = new SchoolAlerts(rolls, plans, termDates, settings, disruptions);
		this.rules = new AlertRules(settings);
		this.watch = new TransitionWatch(settings);
		this.clock = clock;
	}

	/**
	 * @param school a URN, or null for every school the caller may see
	 * @param type an {@link AlertType} name, or null for all
	 */
	public ListedAsOf<Alert> alerts(Caller caller, String school, String type, PageRequest page) {
		catchUp();
		List<Violation> invalid = new ArrayList<>();
		AlertType wanted = parseType(type, invalid);
		List<School> scope = scope(caller, school, invalid);
		LocalDate today = LocalDate.now(this.clock);
		long from = page.offset();
		long total = 0;
		List<Alert> items = new ArrayList<>();
		// Schools in URN order, each school's alerts in UPN then type order: the list's
		// order, without sorting the county's alerts on every request.
		for (School each : scope) {
			for (Alert alert : this.alerts.at(each, today).alerts()) {
				if (wanted == null || alert.type() == wanted) {
					if (total >= from && items.size() < page.size()) {
						items.add(alert);
					}
					total++;
				}
			}
		}
		return new ListedAsOf<>(today, Page.of(named(items), page, total));
	}

	/** The alerts with their pupils' names, read from the store for this page only. */
	private List<Alert> named(List<Alert> alerts) {
		Map<Upn, String> names = names(alerts.stream().map(Alert::upn).toList());
		return alerts.stream()
			.map((alert) -> new Alert(alert.type(), alert.urn(), alert.upn(), names.getOrDefault(alert.upn(), ""),
					alert.yearGroup(), alert.since(), alert.reason()))
			.toList();
	}

	private Map<Upn, String> names(Collection<Upn> upns) {
		Map<Upn, String> names = new HashMap<>();
		if (!upns.isEmpty()) {
			this.pupils.findAll(new HashSet<>(upns))
				.forEach((upn, pupil) -> names.put(upn, pupil.givenName() + " " + pupil.familyName()));
		}
		return names;
	}

	/**
	 * How many children of an area have each alert today, by the same rules and access as
	 * the list: a school (urn), a locality, or the whole LA when neither is given. A
	 * school sees only itself and a locality officer only their locality, each by
	 * default.
	 */
	public AlertCounts counts(Caller caller, String urn, String locality) {
		catchUp();
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
			if (!caller.actsCountyWide()
					&& SchoolReach.officerLocality(caller).filter((own) -> own == asked).isEmpty()) {
				throw ProblemException
					.forbidden("only the local authority and the locality's own officers see its alerts");
			}
			scope = this.schools.all().stream().filter((school) -> school.locality() == asked).toList();
			areaType = "LOCALITY";
			area = asked.name();
		}
		else {
			scope = scope(caller, oneSchool ? urn : null, new ArrayList<>());
			if (oneSchool || caller.actsForSchool()) {
				areaType = "SCHOOL";
				area = oneSchool ? urn : caller.organisation().id();
			}
			else if (Access.actsForLocality(caller)) {
				areaType = "LOCALITY";
				area = SchoolReach.officerLocality(caller).orElseThrow().name();
			}
			else {
				areaType = "LOCAL_AUTHORITY";
				area = LA_CODE;
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		// A child on two rolls is counted once: their alert types and plan status at
		// every
		// school are merged first.
		Map<Upn, Integer> types = new HashMap<>();
		Set<Upn> severeWithCurrentPlan = new HashSet<>();
		for (School each : scope) {
			for (SchoolAlerts.PupilAlerts pupil : this.alerts.at(each, today).pupils()) {
				types.merge(pupil.upn(), pupil.types(), (a, b) -> a | b);
				if (pupil.severeWithCurrentPlan()) {
					severeWithCurrentPlan.add(pupil.upn());
				}
			}
		}
		Map<AlertType, Integer> children = new EnumMap<>(AlertType.class);
		int severe = 0;
		for (int mask : types.values()) {
			for (AlertType alertType : AlertType.values()) {
				if ((mask & (1 << alertType.ordinal())) != 0) {
					children.merge(alertType, 1, Integer::sum);
				}
			}
			severe += ((mask & (1 << AlertType.SEVERE_ABSENCE.ordinal())) != 0) ? 1 : 0;
		}
		return new AlertCounts(areaType, area, today, types.size(), children, severe, severeWithCurrentPlan.size());
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

	public ListedAsOf<TransitionWatch.Entry> transition(Caller caller, String school, PageRequest page) {
		catchUp();
		List<School> scope = scope(caller, school, new ArrayList<>());
		LocalDate today = LocalDate.now(this.clock);
		AcademicYear lastYear = new AcademicYear(AcademicYear.of(today).startYear() - 1);
		DateRange lastYearRange = new DateRange(lastYear.firstDay(), lastYear.lastDay());
		List<TransitionWatch.Entry> all = new ArrayList<>();
		for (School each : scope) {
			SchoolAlerts.forEachChunk(this.rolls, each.urn(), today, (chunk) -> {
				Map<Upn, HeldEnrolment> watched = new HashMap<>();
				chunk.forEach((upn, enrolment) -> {
					if (enrolment.yearGroup() == 6 || enrolment.yearGroup() == 7) {
						watched.put(upn, enrolment);
					}
				});
				if (watched.isEmpty()) {
					return;
				}
				Map<MarkKey, YearMarks> years = SchoolAlerts.yearsAt(this.rolls, each.urn(), watched.keySet(), today);
				SchoolDisruptions disrupted = this.disruptions.ofSchool(each.urn());
				Map<Upn, List<Enrolment>> enrolments = new HashMap<>();
				List<MarkKey> lastYearKeys = new ArrayList<>();
				for (Upn upn : watched.keySet()) {
					List<Enrolment> ofPupil = this.rolls.enrolments(each.urn(), upn)
						.stream()
						.map(HeldEnrolment::enrolment)
						.toList();
					enrolments.put(upn, ofPupil);
					ofPupil.stream()
						.filter((enrolment) -> enrolment.onRollWithin(lastYearRange).isPresent())
						.forEach((enrolment) -> lastYearKeys.add(new MarkKey(enrolment.urn(), upn, lastYear)));
				}
				Map<MarkKey, YearMarks> previous = this.rolls.findAll(lastYearKeys);
				for (HeldEnrolment enrolment : watched.values()) {
					PupilHistory history = SchoolAlerts
						.excused(SchoolAlerts.history(each.urn(), enrolment, years, today), disrupted);
					SessionCounts thisYear = this.rules.yearToDate(history, today);
					Optional<SessionCounts> before = lastYearCounts(enrolment.upn(), enrolments.get(enrolment.upn()),
							previous, lastYear, lastYearRange);
					this.watch.assess(each.urn(), enrolment.upn(), "", enrolment.yearGroup(), thisYear, before)
						.ifPresent(all::add);
				}
			});
		}
		all.sort(Comparator.comparing(TransitionWatch.Entry::urn).thenComparing((entry) -> entry.upn().value()));
		Page<TransitionWatch.Entry> found = Page.of(all, page);
		Map<Upn, String> names = names(found.items().stream().map(TransitionWatch.Entry::upn).toList());
		return new ListedAsOf<>(today,
				found.map((entry) -> new TransitionWatch.Entry(entry.reason(), entry.urn(), entry.upn(),
						names.getOrDefault(entry.upn(), ""), entry.yearGroup(), entry.thisYear(), entry.lastYear(),
						entry.why())));
	}

	private static Optional<SessionCounts> lastYearCounts(Upn upn, List<Enrolment> enrolments,
			Map<MarkKey, YearMarks> previous, AcademicYear lastYear, DateRange lastYearRange) {
		SessionCounts counts = null;
		for (Enrolment enrolment : enrolments) {
			Optional<DateRange> onRoll = enrolment.onRollWithin(lastYearRange);
			YearMarks year = previous.get(new MarkKey(enrolment.urn(), upn, lastYear));
			if (onRoll.isPresent() && year != null) {
				SessionCounts these = SessionCounts.count(year, onRoll.get());
				counts = (counts == null) ? these : counts.plus(these);
			}
		}
		return Optional.ofNullable(counts);
	}

	/**
	 * The schools the caller asked about and may see: a school only itself, a locality
	 * officer their locality's schools (all of them, or one), the LA and platform
	 * services the county or one school.
	 */
	private List<School> scope(Caller caller, String school, List<Violation> invalid) {
		Access.requireScope(caller, Access.ATTENDANCE_READ);
		Optional<Locality> locality = SchoolReach.officerLocality(caller);
		if (!caller.actsCountyWide() && !caller.actsForSchool() && locality.isEmpty()) {
			throw ProblemException
				.forbidden("only the local authority, locality officers and schools see children's alerts");
		}
		boolean oneSchool = school != null && !school.isBlank();
		if (oneSchool) {
			SchoolIdentifiers.urnProblem(school).ifPresent((problem) -> invalid.add(new Violation("school", problem)));
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

	/** Every answer starts from rolls, marks and plans as every replica wrote them. */
	private void catchUp() {
		this.rolls.catchUp();
		this.plans.catchUp();
	}

}
