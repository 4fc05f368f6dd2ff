package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.AlternativeProvisionReasons;
import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.ChildRecordViews;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceStub;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetAlertCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.HeadlineScope;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionPlacement;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc.BelongingServiceStub;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetPlanCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCounts;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc.SendServiceStub;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.GetTravelArrangementsRequest;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TransportServiceGrpc.TransportServiceStub;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangements;

/**
 * The services' gRPC answers about a child or an area, translated into the public API's
 * JSON shapes (typed records in {@link ChildRecordViews}, camelCase maps for the
 * dashboards), each as a {@link Part}.
 */
public class ChildRecordSources {

	public static final String ATTENDANCE = "attendance";

	public static final String BELONGING = "belonging";

	public static final String SEND = "send";

	public static final String TRANSPORT = "transport";

	private final DownstreamParts parts;

	private final AttendanceServiceStub attendance;

	private final BelongingServiceStub belonging;

	private final SendServiceStub send;

	private final TransportServiceStub transport;

	public ChildRecordSources(DownstreamParts parts, AttendanceServiceStub attendance, BelongingServiceStub belonging,
			SendServiceStub send, TransportServiceStub transport) {
		this.parts = parts;
		this.attendance = attendance;
		this.belonging = belonging;
		this.send = send;
		this.transport = transport;
	}

	public Mono<Part<PupilAttendanceSummary>> attendance(String upn, Caller as) {
		GetPupilAttendanceSummaryRequest request = GetPupilAttendanceSummaryRequest.newBuilder().setUpn(upn).build();
		return this.parts.ask(ATTENDANCE, this.attendance,
				(stub, answer) -> stub.getPupilAttendanceSummary(request, answer), as);
	}

	public Mono<Part<PupilBelonging>> belonging(String upn, Caller as) {
		GetPupilBelongingRequest request = GetPupilBelongingRequest.newBuilder().setUpn(upn).build();
		return this.parts.ask(BELONGING, this.belonging, (stub, answer) -> stub.getPupilBelonging(request, answer), as);
	}

	public Mono<Part<EhcPlanStatus>> ehcPlan(String upn, Caller as) {
		GetEhcPlanStatusRequest request = GetEhcPlanStatusRequest.newBuilder().setUpn(upn).build();
		return this.parts.ask(SEND, this.send, (stub, answer) -> stub.getEhcPlanStatus(request, answer), as);
	}

	public Mono<Part<TravelArrangements>> transport(String upn, Caller as) {
		GetTravelArrangementsRequest request = GetTravelArrangementsRequest.newBuilder().setUpn(upn).build();
		return this.parts.ask(TRANSPORT, this.transport, (stub, answer) -> stub.getTravelArrangements(request, answer),
				as);
	}

	public Mono<Part<PlanCounts>> planCounts(Caller as) {
		return this.parts.ask(SEND, this.send,
				(stub, answer) -> stub.getPlanCounts(GetPlanCountsRequest.getDefaultInstance(), answer), as);
	}

	public Mono<Part<AreaSummary>> schoolSummary(String urn, Period period, Caller as) {
		GetSchoolSummaryRequest request = GetSchoolSummaryRequest.newBuilder().setUrn(urn).setPeriod(period).build();
		return this.parts.ask(ATTENDANCE, this.attendance, (stub, answer) -> stub.getSchoolSummary(request, answer),
				as);
	}

	public Mono<Part<AreaSummary>> localitySummary(String locality, Period period, Caller as) {
		GetLocalitySummaryRequest request = GetLocalitySummaryRequest.newBuilder()
			.setLocality(locality)
			.setPeriod(period)
			.build();
		return this.parts.ask(ATTENDANCE, this.attendance, (stub, answer) -> stub.getLocalitySummary(request, answer),
				as);
	}

	public Mono<Part<AreaSummary>> localAuthoritySummary(Period period, Caller as) {
		GetLocalAuthoritySummaryRequest request = GetLocalAuthoritySummaryRequest.newBuilder()
			.setPeriod(period)
			.build();
		return this.parts.ask(ATTENDANCE, this.attendance,
				(stub, answer) -> stub.getLocalAuthoritySummary(request, answer), as);
	}

	/**
	 * The URNs of the schools the attendance service places in a locality: its locality
	 * summary grouped by school, every pupil counted, for the academic year to date.
	 */
	public Mono<Part<Set<String>>> schoolsIn(String locality, Caller as) {
		GetLocalitySummaryRequest request = GetLocalitySummaryRequest.newBuilder()
			.setLocality(locality)
			.setScope(HeadlineScope.ALL_PUPILS)
			.addBy("SCHOOL")
			.build();
		return this.parts
			.<AttendanceServiceStub, AreaSummary>ask(ATTENDANCE, this.attendance,
					(stub, answer) -> stub.getLocalitySummary(request, answer), as)
			.map(part -> map(part,
					summary -> summary.getGroupsList()
						.stream()
						.filter(group -> "SCHOOL".equals(group.getDimension()))
						.map(GroupFigures::getGroup)
						.collect(Collectors.toUnmodifiableSet())));
	}

	/** Children on the "needs help now" list: a school (urn), a locality, or the LA. */
	public Mono<Part<AlertCounts>> alertCounts(String urn, String locality, Caller as) {
		GetAlertCountsRequest.Builder request = GetAlertCountsRequest.newBuilder();
		if (urn != null) {
			request.setUrn(urn);
		}
		if (locality != null) {
			request.setLocality(locality);
		}
		GetAlertCountsRequest built = request.build();
		return this.parts.ask(ATTENDANCE, this.attendance, (stub, answer) -> stub.getAlertCounts(built, answer), as);
	}

	public Mono<Part<List<ChildRecordViews.Deadline>>> sendDeadlines(String from, String to, LocalDate today,
			Caller as) {
		ListDeadlinesDueRequest request = period(from, to);
		return deadlines(SEND,
				this.parts.ask(SEND, this.send, (stub, answer) -> stub.listDeadlinesDue(request, answer), as), today);
	}

	public Mono<Part<List<ChildRecordViews.Deadline>>> belongingDeadlines(String from, String to, LocalDate today,
			Caller as) {
		ListDeadlinesDueRequest request = period(from, to);
		return deadlines(BELONGING,
				this.parts.ask(BELONGING, this.belonging, (stub, answer) -> stub.listDeadlinesDue(request, answer), as),
				today);
	}

	public Mono<Part<List<ChildRecordViews.Deadline>>> transportDeadlines(String from, String to, LocalDate today,
			Caller as) {
		ListDeadlinesDueRequest request = period(from, to);
		return deadlines(TRANSPORT,
				this.parts.ask(TRANSPORT, this.transport, (stub, answer) -> stub.listDeadlinesDue(request, answer), as),
				today);
	}

	/**
	 * The period, and every step still outstanding that fell due before it: an overdue
	 * step is shown beside those falling due (issue 12.7).
	 */
	private static ListDeadlinesDueRequest period(String from, String to) {
		return ListDeadlinesDueRequest.newBuilder().setFromDate(from).setToDate(to).setIncludeOverdue(true).build();
	}

	/** Every service answers deadlines in the one shared shape (dorset.deadlines.v1). */
	private static Mono<Part<List<ChildRecordViews.Deadline>>> deadlines(String source, Mono<Part<DeadlinesDue>> asked,
			LocalDate today) {
		return asked.map(part -> map(part, due -> due.getDeadlinesList()
			.stream()
			.map(d -> deadline(d.getUpn(), d.getKind(), d.getDueDate(), d.getSchoolUrn(), d.getRule(), source, today))
			.toList()));
	}

	/** The same part with its data translated; any other part as it is. */
	public static <A, B> Part<B> map(Part<A> part, java.util.function.Function<A, B> translate) {
		return switch (part) {
			case Part.Available<A> available -> new Part.Available<>(translate.apply(available.data()));
			case Part.None<A> none -> new Part.None<>(none.reason());
			case Part.Withheld<A> withheld -> new Part.Withheld<>(withheld.reason());
			case Part.Unavailable<A> unavailable -> new Part.Unavailable<>(unavailable.reason());
		};
	}

	static ChildRecordViews.AttendanceView attendanceView(PupilAttendanceSummary summary) {
		return new ChildRecordViews.AttendanceView(summary.getBasis(), summary.getFromDate(), summary.getToDate(),
				summary.getAsOf(), figures(summary.getCombined()),
				summary.getEnrolmentsList()
					.stream()
					.map(enrolment -> new ChildRecordViews.EnrolmentView(enrolment.getSchoolUrn(),
							enrolment.getSchoolName(), enrolment.getAdmissionDate(),
							blankToNull(enrolment.getLeavingDate()), figures(enrolment.getFigures())))
					.toList());
	}

	static ChildRecordViews.SuspensionsView suspensionsView(PupilBelonging belonging) {
		return new ChildRecordViews.SuspensionsView(belonging.getSuspensionsList()
			.stream()
			.map(s -> new ChildRecordViews.SuspensionView(s.getSchoolUrn(), s.getStartDate(), s.getSessions(),
					s.getReason()))
			.toList(), belonging.getPermanentExclusions());
	}

	static ChildRecordViews.RegistersView registersView(PupilBelonging belonging) {
		return new ChildRecordViews.RegistersView(belonging.getRegistersList()
			.stream()
			.map(entry -> new ChildRecordViews.RegisterEntryView(entry.getKind(), blankAsNull(entry.getSchoolLeftUrn()),
					entry.getOpenedOn(), blankAsNull(entry.getClosedOn()), blankAsNull(entry.getClosureReason()),
					(entry.getDaysWithoutPlace() < 0) ? null : entry.getDaysWithoutPlace(), entry.getStepsOverdue()))
			.toList());
	}

	private static String blankAsNull(String value) {
		return value.isEmpty() ? null : value;
	}

	static ChildRecordViews.PartTimeView partTimeView(PupilBelonging belonging) {
		return new ChildRecordViews.PartTimeView(belonging.getOnPartTimeTimetable());
	}

	/**
	 * The child's AP placements; each reason only when the caller receives the item it
	 * discloses ({@link AlternativeProvisionReasons}), otherwise {@code reasonWithheld}
	 * says why. Values the record leaves unset are null.
	 */
	static ChildRecordViews.AlternativeProvisionView alternativeProvisionView(PupilBelonging belonging,
			Set<DataItem> released) {
		List<ChildRecordViews.PlacementView> placements = new ArrayList<>();
		for (AlternativeProvisionPlacement placement : belonging.getAlternativeProvisionList()) {
			String reason = null;
			String reasonWithheld = null;
			if (placement.getReasonValue() != 0) {
				reason = placement.getReason().name();
				reasonWithheld = AlternativeProvisionReasons.withheldFrom(released, reason).orElse(null);
				if (reasonWithheld != null) {
					reason = null;
				}
			}
			placements.add(new ChildRecordViews.PlacementView(placement.getProviderName(),
					blankToNull(placement.getProviderUrn()), blankToNull(placement.getProviderUkprn()),
					(placement.getSettingValue() == 0) ? null : placement.getSetting().name(),
					(placement.getCommissionedByValue() == 0) ? null : placement.getCommissionedBy().name(),
					blankToNull(placement.getCommissionerCode()), reason, reasonWithheld, placement.getStartDate(),
					blankToNull(placement.getEndDate()), placement.getSessionsPerWeek(),
					placement.getDualRegistered()));
		}
		return new ChildRecordViews.AlternativeProvisionView(placements);
	}

	static ChildRecordViews.EhcPlanView ehcPlanView(EhcPlanStatus plan) {
		List<ChildRecordViews.AssessmentStepView> steps = plan.getOpenAssessmentStepsList()
			.stream()
			.map(step -> new ChildRecordViews.AssessmentStepView(step.getAssessmentId(), step.getKind(),
					step.getDueDate(), step.getBreach(), step.getRule()))
			.toList();
		if (!plan.getHasPlan()) {
			return new ChildRecordViews.EhcPlanView(false, null, null, null, null, steps);
		}
		return new ChildRecordViews.EhcPlanView(true, plan.getStatus(), plan.getIssuedDate(),
				blankToNull(plan.getNextAnnualReviewDue()), blankToNull(plan.getNamedSchoolUrn()), steps);
	}

	static ChildRecordViews.TransportView transportView(TravelArrangements arrangements) {
		return new ChildRecordViews.TransportView(arrangements.getArrangementsList()
			.stream()
			.map(a -> new ChildRecordViews.ArrangementView(a.getSchoolUrn(), a.getEligibilityBasis(),
					blankToNull(a.getRouteId()), a.getValidFrom(), blankToNull(a.getValidTo())))
			.toList());
	}

	private static ChildRecordViews.Figures figures(AttendanceFigures figures) {
		return new ChildRecordViews.Figures(figures.getPossibleSessions(), figures.getPresentSessions(),
				figures.getApprovedEducationalActivitySessions(), figures.getAuthorisedAbsenceSessions(),
				figures.getUnauthorisedAbsenceSessions(), figures.getAttendancePercent(),
				figures.getOverallAbsencePercent(), figures.getPersistentlyAbsent(), figures.getSeverelyAbsent());
	}

	private static ChildRecordViews.Deadline deadline(String upn, String kind, String due, String school, String rule,
			String source, LocalDate today) {
		return new ChildRecordViews.Deadline(upn, kind, due, blankToNull(school), rule, source,
				LocalDate.parse(due).isBefore(today));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
