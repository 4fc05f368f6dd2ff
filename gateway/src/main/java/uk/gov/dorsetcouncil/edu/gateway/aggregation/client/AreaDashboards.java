package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.Locality;
import uk.gov.dorsetcouncil.edu.gateway.access.Release;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.DashboardAccess;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.DashboardPeriod;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.ChildRecordViews.PartView;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.Figure;
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

	public Mono<AreaDashboard> school(Caller caller, String urn, DashboardPeriod period) {
		SchoolIdentifiers.urnProblem(urn).ifPresent(problem -> {
			throw ProblemException.invalid("urn", problem);
		});
		Predicate<String> inArea = urn::equals;
		return allowed(DashboardAccess.school(caller, urn), urn).then(Mono
			.defer(() -> answer(caller, SCHOOL, urn, period, this.sources.schoolSummary(urn, proto(period), caller),
					this.sources.alertCounts(urn, null, asGateway(DataItem.ATTENDANCE)),
					Mono.just(new Part.Available<>(inArea)))));
	}

	public Mono<AreaDashboard> locality(Caller caller, String name, DashboardPeriod period) {
		Locality locality = Locality.named(name)
			.orElseThrow(
					() -> ProblemException.invalid("locality", "one of " + Locality.names() + ", not '" + name + "'"));
		return refusedIf(DashboardAccess.locality(caller, locality)).then(Mono.defer(() -> answer(caller, LOCALITY,
				locality.name(), period, this.sources.localitySummary(locality.name(), proto(period), caller),
				this.sources.alertCounts(null, locality.name(), asGateway(DataItem.ATTENDANCE)),
				this.sources.schoolsIn(locality.name(), asGateway(DataItem.ATTENDANCE))
					.map(part -> ChildRecordSources.map(part, schools -> (Predicate<String>) schools::contains)))));
	}

	public Mono<AreaDashboard> localAuthority(Caller caller, DashboardPeriod period) {
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

	private Mono<AreaDashboard> answer(Caller caller, String areaType, String area, DashboardPeriod period,
			Mono<Part<AreaSummary>> attendance, Mono<Part<AlertCounts>> alerts, Mono<Part<Predicate<String>>> schools) {
		boolean attendanceSuppressed = Release.suppressedFor(caller, DataItem.ATTENDANCE);
		boolean plansSuppressed = Release.suppressedFor(caller, DataItem.EHC_PLAN);
		Mono<Part<PlanCounts>> planCounts = this.sources.planCounts(asGateway(DataItem.EHC_PLAN));
		return Mono.zip(attendance, alerts, schools, planCounts)
			.map(parts -> new AreaDashboard(new Area(areaType, area), periodView(period),
					this.clock.instant().toString(),
					new AreaParts(PartView.of(attendanceFigures(parts.getT1(), attendanceSuppressed)),
							PartView.of(readable(parts.getT2(), counts -> alertsView(counts, attendanceSuppressed))),
							PartView.of(plansIn(parts.getT3(), parts.getT4(), areaType, plansSuppressed)))));
	}

	/** A school's, a locality's or the county's dashboard. */
	public record AreaDashboard(Area area, PeriodView period, @Schema(format = "date-time") String asOf,
			AreaParts parts) {

	}

	public record Area(@Schema(allowableValues = {
			SCHOOL, LOCALITY, LOCAL_AUTHORITY }) String type, @Schema(example = "CHESIL") String id){

	}

	/** The period asked about: the academic year to date, a term, or a date range. */
	public record PeriodView(@Schema(allowableValues = {
			"academic year to date", "term", "date range" }) String basis,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "AUTUMN") @Nullable String term,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(format = "date") @Nullable String from,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(format = "date") @Nullable String to){

	}

	public record AreaParts(PartView<AreaAttendance> attendance, PartView<NeedingHelp> needingHelpNow,
			PartView<Dashboards.PlanTable> ehcPlans) {

	}

	/** The attendance service's figures for the area, as it answered them. */
	public record AreaAttendance(String basis, @Schema(example = "2026/27") String academicYear,
			@Schema(format = "date") @Nullable String fromDate, @Schema(format = "date") @Nullable String toDate,
			String scope, @Schema(format = "date-time") String asOf,
			@Schema(format = "date") @Nullable String marksUpTo, boolean suppressed, GroupView total,
			List<GroupView> groups, List<ReferenceView> references) {

	}

	/** One group's figures (the area's total, or by a dimension such as school). */
	public record GroupView(@Schema(example = "SCHOOL") String dimension, String group, Figure enrolments,
			Figure possibleSessions, Figure overallAbsenceSessions, Figure authorisedAbsenceSessions,
			Figure unauthorisedAbsenceSessions, Figure overallAbsenceRate, Figure authorisedAbsenceRate,
			Figure unauthorisedAbsenceRate, Figure persistentAbsentees, Figure persistentAbsenceRate,
			Figure severeAbsentees, Figure severeAbsenceRate) {

	}

	/**
	 * A published figure to compare with (national, regional, statistical neighbours).
	 */
	public record ReferenceView(String measure, String comparator, String group, String period, double value,
			String source, boolean confirmed) {

	}

	/** The children on the "needs help now" list, by reason. */
	public record NeedingHelp(String basis, @Schema(format = "date-time") String asOf, boolean suppressed,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer threshold,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String symbol, Figure childrenNeedingHelp,
			List<ReasonCount> byReason, Figure severelyAbsent, Figure severelyAbsentWithCurrentPlan) {

	}

	public record ReasonCount(String type, Figure children) {

	}

	/**
	 * The attendance service's figures as they came; figures it did not suppress for a
	 * caller who may only see them suppressed are not released (OWASP API10:2023).
	 */
	private static Part<AreaAttendance> attendanceFigures(Part<AreaSummary> part, boolean mustBeSuppressed) {
		if (part instanceof Part.Available<AreaSummary> summary && mustBeSuppressed
				&& !summary.data().getSuppressed()) {
			return new Part.Withheld<>("the attendance service answered without small-number suppression, which "
					+ "this caller may not see; nothing of it is released");
		}
		return readable(part, AreaDashboards::attendanceView);
	}

	private Part<Dashboards.PlanTable> plansIn(Part<Predicate<String>> schools, Part<PlanCounts> counts,
			String areaType, boolean suppress) {
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
	private static <T, V> Part<V> readable(Part<T> part, Function<T, V> view) {
		try {
			return ChildRecordSources.map(part, view);
		}
		catch (RuntimeException ex) {
			return new Part.Unavailable<>("the service's answer could not be read: " + ex.getMessage());
		}
	}

	private NeedingHelp alertsView(AlertCounts counts, boolean suppress) {
		if (counts.getSeverelyAbsentWithCurrentPlan() > counts.getSeverelyAbsent()) {
			throw new IllegalArgumentException("more severely absent children with a plan than severely absent");
		}
		SmallNumberSuppression rule = suppress ? this.suppression : SmallNumberSuppression.off();
		List<ReasonCount> byReason = new ArrayList<>();
		for (AlertCount count : counts.getCountsList()) {
			byReason.add(new ReasonCount(count.getType(), figure(count.getChildren(), suppress)));
		}
		List<SmallNumberSuppression.Figure> severe = rule.partOfWhole(counts.getSeverelyAbsentWithCurrentPlan(),
				counts.getSeverelyAbsent());
		return new NeedingHelp(
				"children on the attendance service's \"needs help now\" list today, by reason "
						+ "(a child can have several)",
				counts.getAsOf(), suppress, suppress ? this.suppression.threshold() : null,
				suppress ? SmallNumberSuppression.SYMBOL : null, figure(counts.getChildrenNeedingHelp(), suppress),
				byReason, Figure.of(severe.get(1).shown()), Figure.of(severe.get(0).shown()));
	}

	private Figure figure(int count, boolean suppress) {
		return Figure.of((suppress ? this.suppression : SmallNumberSuppression.off()).count(count).shown());
	}

	static AreaAttendance attendanceView(AreaSummary summary) {
		return new AreaAttendance(summary.getBasis(), summary.getAcademicYear(), blankToNull(summary.getFromDate()),
				blankToNull(summary.getToDate()), summary.getScope(), summary.getAsOf(),
				blankToNull(summary.getMarksUpTo()), summary.getSuppressed(), groupView(summary.getTotal()),
				summary.getGroupsList().stream().map(AreaDashboards::groupView).toList(),
				summary.getReferencesList().stream().map(AreaDashboards::referenceView).toList());
	}

	private static GroupView groupView(GroupFigures group) {
		return new GroupView(group.getDimension(), group.getGroup(), measure(group.getEnrolments()),
				measure(group.getPossibleSessions()), measure(group.getOverallAbsenceSessions()),
				measure(group.getAuthorisedAbsenceSessions()), measure(group.getUnauthorisedAbsenceSessions()),
				measure(group.getOverallAbsenceRate()), measure(group.getAuthorisedAbsenceRate()),
				measure(group.getUnauthorisedAbsenceRate()), measure(group.getPersistentAbsentees()),
				measure(group.getPersistentAbsenceRate()), measure(group.getSevereAbsentees()),
				measure(group.getSevereAbsenceRate()));
	}

	private static ReferenceView referenceView(ReferenceFigure reference) {
		return new ReferenceView(reference.getMeasure(), reference.getComparator(), reference.getGroup(),
				reference.getPeriod(), reference.getValue(), reference.getSource(), reference.getConfirmed());
	}

	/** A figure, or the GSS symbol shown instead of it ("c", "z"). */
	private static Figure measure(Measure measure) {
		if (measure.hasValue()) {
			double value = measure.getValue();
			return Figure.of((value == Math.rint(value) && Math.abs(value) < 1e15) ? (Object) (long) value : value);
		}
		return Figure.of(measure.getSymbol().isEmpty() ? null : measure.getSymbol());
	}

	private static PeriodView periodView(DashboardPeriod period) {
		if (period.yearToDate()) {
			return new PeriodView("academic year to date", null, null, null);
		}
		if (period.term() != null) {
			return new PeriodView("term", period.term(), null, null);
		}
		return new PeriodView("date range", null, period.from().toString(),
				(period.to() != null) ? period.to().toString() : null);
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
