package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.domain.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.domain.Locality;
import uk.gov.dorsetcouncil.edu.gateway.access.domain.Release;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.DashboardAccess;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.DashboardPeriod;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.Part;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCount;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Measure;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCounts;

/**
 * A school's, a locality's and the county's dashboards: attendance figures for a period,
 * the children on the "needs help now" list, and the EHC plans naming the area's schools,
 * each a part that is there or says why not.
 *
 * <p>
 * Who may see which area is decided here first ({@link DashboardAccess}). Attendance
 * figures are asked for as the caller, so the attendance service checks the caller again
 * and suppresses small numbers itself for callers without pupil-level rights; the gateway
 * withholds figures that come back unsuppressed for such a caller. Counts the services
 * leave to their reader to suppress (alert counts, plan counts) are asked for as the
 * gateway, once the area is allowed, and suppressed here (domain-rules section 7).
 */
public class AreaDashboards {

	static final String SCHOOL = "SCHOOL";

	static final String LOCALITY = "LOCALITY";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY";

	private final ChildRecordSources sources;

	private final Dashboards plans;

	private final SmallNumberSuppression suppression;

	private final Clock clock;

	public AreaDashboards(ChildRecordSources sources, Dashboards plans, SmallNumberSuppression suppression,
			Clock clock) {
		this.sources = sources;
		this.plans = plans;
		this.suppression = suppression;
		this.clock = clock;
	}

	public Mono<Map<String, Object>> school(Caller caller, String urn, DashboardPeriod period) {
		SchoolIdentifiers.urnProblem(urn).ifPresent(problem -> {
			throw ProblemException.invalid("urn", problem);
		});
		Predicate<String> inArea = urn::equals;
		return allowed(DashboardAccess.school(caller, urn), urn).then(Mono
			.defer(() -> answer(caller, SCHOOL, urn, period, this.sources.schoolSummary(urn, proto(period), caller),
					this.sources.alertCounts(urn, null, asGateway(DataItem.ATTENDANCE)),
					Mono.just(new Part.Available<>(inArea)))));
	}

	public Mono<Map<String, Object>> locality(Caller caller, String name, DashboardPeriod period) {
		Locality locality = Locality.named(name)
			.orElseThrow(
					() -> ProblemException.invalid("locality", "one of " + Locality.names() + ", not '" + name + "'"));
		return refusedIf(DashboardAccess.locality(caller, locality)).then(Mono.defer(() -> answer(caller, LOCALITY,
				locality.name(), period, this.sources.localitySummary(locality.name(), proto(period), caller),
				this.sources.alertCounts(null, locality.name(), asGateway(DataItem.ATTENDANCE)),
				this.sources.schoolsIn(locality.name(), asGateway(DataItem.ATTENDANCE))
					.map(part -> ChildRecordSources.map(part, schools -> (Predicate<String>) schools::contains)))));
	}

	public Mono<Map<String, Object>> localAuthority(Caller caller, DashboardPeriod period) {
		return refusedIf(DashboardAccess.localAuthority(caller)).then(Mono.defer(() -> answer(caller, LOCAL_AUTHORITY,
				"838", period, this.sources.localAuthoritySummary(proto(period), caller),
				this.sources.alertCounts(null, null, asGateway(DataItem.ATTENDANCE)),
				Mono.just(new Part.Available<>(school -> true)))));
	}

	/** Completes when the caller may see the school's dashboard; fails otherwise. */
	private Mono<Void> allowed(DashboardAccess access, String urn) {
		if (!(access instanceof DashboardAccess.IfSchoolIn(Locality locality))) {
			return refusedIf(access);
		}
		return this.sources.schoolsIn(locality.name(), asGateway(DataItem.ATTENDANCE)).flatMap(part -> switch (part) {
			case Part.Available<Set<String>> schools ->
				schools.data().contains(urn) ? Mono.<Void>empty() : Mono.<Void>error(ProblemException
					.forbidden("school " + urn + " is not one of the schools of " + locality.name()));
			default -> Mono.<Void>error(new ProblemException(Problem.UNAVAILABLE,
					"whether school " + urn + " is in " + locality.name() + " cannot be told now: " + reason(part)));
		});
	}

	private static Mono<Void> refusedIf(DashboardAccess access) {
		return (access instanceof DashboardAccess.Refused(String reason))
				? Mono.error(ProblemException.forbidden(reason)) : Mono.empty();
	}

	private Mono<Map<String, Object>> answer(Caller caller, String areaType, String area, DashboardPeriod period,
			Mono<Part<AreaSummary>> attendance, Mono<Part<AlertCounts>> alerts, Mono<Part<Predicate<String>>> schools) {
		boolean attendanceSuppressed = Release.suppressedFor(caller, DataItem.ATTENDANCE);
		boolean plansSuppressed = Release.suppressedFor(caller, DataItem.EHC_PLAN);
		Mono<Part<PlanCounts>> planCounts = this.sources.planCounts(asGateway(DataItem.EHC_PLAN));
		return Mono.zip(attendance, alerts, schools, planCounts).map(parts -> {
			Map<String, Object> partViews = new LinkedHashMap<>();
			partViews.put("attendance", ChildProfiles.view(attendanceFigures(parts.getT1(), attendanceSuppressed)));
			partViews.put("needingHelpNow",
					ChildProfiles.view(readable(parts.getT2(), counts -> alertsView(counts, attendanceSuppressed))));
			partViews.put("ehcPlans",
					ChildProfiles.view(plansIn(parts.getT3(), parts.getT4(), areaType, plansSuppressed)));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("area", Map.of("type", areaType, "id", area));
			body.put("period", periodView(period));
			body.put("asOf", this.clock.instant().toString());
			body.put("parts", partViews);
			return body;
		});
	}

	/**
	 * The attendance service's figures as they came; figures it did not suppress for a
	 * caller who may only see them suppressed are not released (OWASP API10:2023).
	 */
	private static Part<Map<String, Object>> attendanceFigures(Part<AreaSummary> part, boolean mustBeSuppressed) {
		if (part instanceof Part.Available<AreaSummary> summary && mustBeSuppressed
				&& !summary.data().getSuppressed()) {
			return new Part.Withheld<>("the attendance service answered without small-number suppression, which "
					+ "this caller may not see; nothing of it is released");
		}
		return readable(part, AreaDashboards::attendanceView);
	}

	private Part<Map<String, Object>> plansIn(Part<Predicate<String>> schools, Part<PlanCounts> counts, String areaType,
			boolean suppress) {
		if (!(schools instanceof Part.Available<Predicate<String>> known)) {
			return new Part.Unavailable<>("which schools are in the area is not known: " + reason(schools));
		}
		return readable(counts, all -> {
			PlanCounts.Builder inArea = PlanCounts.newBuilder().setAsOf(all.getAsOf());
			all.getRowsList()
				.stream()
				// Plans naming no school belong to no school or locality, only to the
				// county.
				.filter(row -> row.getSchoolUrn().isEmpty() ? LOCAL_AUTHORITY.equals(areaType)
						: known.data().test(row.getSchoolUrn()))
				.forEach(inArea::addRows);
			return this.plans.table(inArea.build(), suppress);
		});
	}

	/**
	 * The part translated; an answer that cannot be read (counts that do not add up) is
	 * unavailable rather than a failure of the whole dashboard.
	 */
	private static <T> Part<Map<String, Object>> readable(Part<T> part, Function<T, Map<String, Object>> view) {
		try {
			return ChildRecordSources.map(part, view);
		}
		catch (RuntimeException ex) {
			return new Part.Unavailable<>("the service's answer could not be read: " + ex.getMessage());
		}
	}

	private Map<String, Object> alertsView(AlertCounts counts, boolean suppress) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("basis", "children on the attendance service's \"needs help now\" list today, by reason "
				+ "(a child can have several)");
		view.put("asOf", counts.getAsOf());
		view.put("suppressed", suppress);
		if (suppress) {
			view.put("threshold", this.suppression.threshold());
			view.put("symbol", SmallNumberSuppression.SYMBOL);
		}
		view.put("childrenNeedingHelp", figure(counts.getChildrenNeedingHelp(), suppress));
		List<Map<String, Object>> byReason = new ArrayList<>();
		for (AlertCount count : counts.getCountsList()) {
			byReason.add(Map.of("type", count.getType(), "children", figure(count.getChildren(), suppress)));
		}
		view.put("byReason", byReason);
		if (counts.getSeverelyAbsentWithCurrentPlan() > counts.getSeverelyAbsent()) {
			throw new IllegalArgumentException("more severely absent children with a plan than severely absent");
		}
		List<SmallNumberSuppression.Figure> severe = (suppress ? this.suppression : SmallNumberSuppression.off())
			.partOfWhole(counts.getSeverelyAbsentWithCurrentPlan(), counts.getSeverelyAbsent());
		view.put("severelyAbsent", severe.get(1).shown());
		view.put("severelyAbsentWithCurrentPlan", severe.get(0).shown());
		return view;
	}

	private Object figure(int count, boolean suppress) {
		return (suppress ? this.suppression : SmallNumberSuppression.off()).count(count).shown();
	}

	static Map<String, Object> attendanceView(AreaSummary summary) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("basis", summary.getBasis());
		view.put("academicYear", summary.getAcademicYear());
		view.put("fromDate", blankToNull(summary.getFromDate()));
		view.put("toDate", blankToNull(summary.getToDate()));
		view.put("scope", summary.getScope());
		view.put("asOf", summary.getAsOf());
		view.put("marksUpTo", blankToNull(summary.getMarksUpTo()));
		view.put("suppressed", summary.getSuppressed());
		view.put("total", groupView(summary.getTotal()));
		view.put("groups", summary.getGroupsList().stream().map(AreaDashboards::groupView).toList());
		view.put("references", summary.getReferencesList().stream().map(AreaDashboards::referenceView).toList());
		return view;
	}

	private static Map<String, Object> groupView(GroupFigures group) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("dimension", group.getDimension());
		view.put("group", group.getGroup());
		view.put("enrolments", measure(group.getEnrolments()));
		view.put("possibleSessions", measure(group.getPossibleSessions()));
		view.put("overallAbsenceSessions", measure(group.getOverallAbsenceSessions()));
		view.put("authorisedAbsenceSessions", measure(group.getAuthorisedAbsenceSessions()));
		view.put("unauthorisedAbsenceSessions", measure(group.getUnauthorisedAbsenceSessions()));
		view.put("overallAbsenceRate", measure(group.getOverallAbsenceRate()));
		view.put("authorisedAbsenceRate", measure(group.getAuthorisedAbsenceRate()));
		view.put("unauthorisedAbsenceRate", measure(group.getUnauthorisedAbsenceRate()));
		view.put("persistentAbsentees", measure(group.getPersistentAbsentees()));
		view.put("persistentAbsenceRate", measure(group.getPersistentAbsenceRate()));
		view.put("severeAbsentees", measure(group.getSevereAbsentees()));
		view.put("severeAbsenceRate", measure(group.getSevereAbsenceRate()));
		return view;
	}

	private static Map<String, Object> referenceView(ReferenceFigure reference) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("measure", reference.getMeasure());
		view.put("comparator", reference.getComparator());
		view.put("group", reference.getGroup());
		view.put("period", reference.getPeriod());
		view.put("value", reference.getValue());
		view.put("source", reference.getSource());
		view.put("confirmed", reference.getConfirmed());
		return view;
	}

	/** A figure, or the GSS symbol shown instead of it ("c", "z"). */
	private static Object measure(Measure measure) {
		if (measure.hasValue()) {
			double value = measure.getValue();
			return (value == Math.rint(value) && Math.abs(value) < 1e15) ? (Object) (long) value : (Object) value;
		}
		return measure.getSymbol().isEmpty() ? null : measure.getSymbol();
	}

	private static Map<String, Object> periodView(DashboardPeriod period) {
		Map<String, Object> view = new LinkedHashMap<>();
		if (period.yearToDate()) {
			view.put("basis", "academic year to date");
		}
		else if (period.term() != null) {
			view.put("basis", "term");
			view.put("term", period.term());
		}
		else {
			view.put("basis", "date range");
			view.put("from", period.from().toString());
			view.put("to", (period.to() != null) ? period.to().toString() : null);
		}
		return view;
	}

	static Period proto(DashboardPeriod period) {
		Period.Builder proto = Period.newBuilder();
		if (period.term() != null) {
			proto.setTerm(period.term());
		}
		if (period.from() != null) {
			proto.setFromDate(period.from().toString());
		}
		if (period.to() != null) {
			proto.setToDate(period.to().toString());
		}
		return proto.build();
	}

	/**
	 * The gateway itself, with only the scope for the item: counts are figures, not
	 * records, and the area was allowed before anything is asked.
	 */
	private static Caller asGateway(DataItem item) {
		return Caller.service("gateway", Set.of(item.scope()));
	}

	private static String reason(Part<?> part) {
		return switch (part) {
			case Part.Available<?> available -> "answered";
			case Part.None<?> none -> none.reason();
			case Part.Withheld<?> withheld -> withheld.reason();
			case Part.Unavailable<?> unavailable -> unavailable.reason();
		};
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
