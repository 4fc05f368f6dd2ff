package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.domain.AlternativeProvisionReasons;
import uk.gov.dorsetcouncil.edu.gateway.access.domain.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.Part;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
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
 * JSON shapes (camelCase maps), each as a {@link Part}.
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

	public Mono<Part<List<Map<String, Object>>>> sendDeadlines(String from, String to, Caller as) {
		ListDeadlinesDueRequest request = period(from, to);
		return deadlines(SEND,
				this.parts.ask(SEND, this.send, (stub, answer) -> stub.listDeadlinesDue(request, answer), as));
	}

	public Mono<Part<List<Map<String, Object>>>> belongingDeadlines(String from, String to, Caller as) {
		ListDeadlinesDueRequest request = period(from, to);
		return deadlines(BELONGING, this.parts.ask(BELONGING, this.belonging,
				(stub, answer) -> stub.listDeadlinesDue(request, answer), as));
	}

	public Mono<Part<List<Map<String, Object>>>> transportDeadlines(String from, String to, Caller as) {
		ListDeadlinesDueRequest request = period(from, to);
		return deadlines(TRANSPORT, this.parts.ask(TRANSPORT, this.transport,
				(stub, answer) -> stub.listDeadlinesDue(request, answer), as));
	}

	private static ListDeadlinesDueRequest period(String from, String to) {
		return ListDeadlinesDueRequest.newBuilder().setFromDate(from).setToDate(to).build();
	}

	/** Every service answers deadlines in the one shared shape (dorset.deadlines.v1). */
	private static Mono<Part<List<Map<String, Object>>>> deadlines(String source, Mono<Part<DeadlinesDue>> asked) {
		return asked.map(part -> map(part,
				due -> due.getDeadlinesList()
					.stream()
					.map(d -> deadline(d.getUpn(), d.getKind(), d.getDueDate(), d.getSchoolUrn(), d.getRule(), source))
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

	static Map<String, Object> attendanceView(PupilAttendanceSummary summary) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("basis", summary.getBasis());
		view.put("fromDate", summary.getFromDate());
		view.put("toDate", summary.getToDate());
		view.put("asOf", summary.getAsOf());
		view.put("combined", figures(summary.getCombined()));
		List<Map<String, Object>> enrolments = new ArrayList<>();
		for (EnrolmentAttendance enrolment : summary.getEnrolmentsList()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("schoolUrn", enrolment.getSchoolUrn());
			one.put("schoolName", enrolment.getSchoolName());
			one.put("admissionDate", enrolment.getAdmissionDate());
			one.put("leavingDate", blankToNull(enrolment.getLeavingDate()));
			one.put("figures", figures(enrolment.getFigures()));
			enrolments.add(one);
		}
		view.put("enrolments", enrolments);
		return view;
	}

	static Map<String, Object> suspensionsView(PupilBelonging belonging) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("suspensions",
				belonging.getSuspensionsList()
					.stream()
					.map(s -> Map.<String, Object>of("schoolUrn", s.getSchoolUrn(), "startDate", s.getStartDate(),
							"sessions", s.getSessions(), "reason", s.getReason()))
					.toList());
		view.put("permanentExclusions", belonging.getPermanentExclusions());
		return view;
	}

	static Map<String, Object> partTimeView(PupilBelonging belonging) {
		return Map.of("onPartTimeTimetable", belonging.getOnPartTimeTimetable());
	}

	/**
	 * The child's AP placements; each reason only when the caller receives the item it
	 * discloses ({@link AlternativeProvisionReasons}), otherwise {@code reasonWithheld}
	 * says why. Values the record leaves unset are null.
	 */
	static Map<String, Object> alternativeProvisionView(PupilBelonging belonging, Set<DataItem> released) {
		List<Map<String, Object>> placements = new ArrayList<>();
		for (AlternativeProvisionPlacement placement : belonging.getAlternativeProvisionList()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("providerName", placement.getProviderName());
			one.put("providerUrn", blankToNull(placement.getProviderUrn()));
			one.put("providerUkprn", blankToNull(placement.getProviderUkprn()));
			one.put("setting", (placement.getSettingValue() == 0) ? null : placement.getSetting().name());
			one.put("commissionedBy",
					(placement.getCommissionedByValue() == 0) ? null : placement.getCommissionedBy().name());
			one.put("commissionerCode", blankToNull(placement.getCommissionerCode()));
			if (placement.getReasonValue() == 0) {
				one.put("reason", null);
			}
			else {
				String reason = placement.getReason().name();
				AlternativeProvisionReasons.withheldFrom(released, reason)
					.ifPresentOrElse(why -> one.put("reasonWithheld", why), () -> one.put("reason", reason));
			}
			one.put("startDate", placement.getStartDate());
			one.put("endDate", blankToNull(placement.getEndDate()));
			one.put("sessionsPerWeek", placement.getSessionsPerWeek());
			one.put("dualRegistered", placement.getDualRegistered());
			placements.add(one);
		}
		return Map.of("placements", placements);
	}

	static Map<String, Object> ehcPlanView(EhcPlanStatus plan) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("hasPlan", plan.getHasPlan());
		if (plan.getHasPlan()) {
			view.put("status", plan.getStatus());
			view.put("issuedDate", plan.getIssuedDate());
			view.put("nextAnnualReviewDue", blankToNull(plan.getNextAnnualReviewDue()));
			view.put("namedSchoolUrn", blankToNull(plan.getNamedSchoolUrn()));
		}
		return view;
	}

	static Map<String, Object> transportView(TravelArrangements arrangements) {
		return Map.of("arrangements", arrangements.getArrangementsList().stream().map(a -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("schoolUrn", a.getSchoolUrn());
			one.put("eligibilityBasis", a.getEligibilityBasis());
			one.put("routeId", blankToNull(a.getRouteId()));
			one.put("validFrom", a.getValidFrom());
			one.put("validTo", blankToNull(a.getValidTo()));
			return one;
		}).toList());
	}

	private static Map<String, Object> figures(AttendanceFigures figures) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("possibleSessions", figures.getPossibleSessions());
		view.put("presentSessions", figures.getPresentSessions());
		view.put("approvedEducationalActivitySessions", figures.getApprovedEducationalActivitySessions());
		view.put("authorisedAbsenceSessions", figures.getAuthorisedAbsenceSessions());
		view.put("unauthorisedAbsenceSessions", figures.getUnauthorisedAbsenceSessions());
		view.put("attendancePercent", figures.getAttendancePercent());
		view.put("overallAbsencePercent", figures.getOverallAbsencePercent());
		view.put("persistentlyAbsent", figures.getPersistentlyAbsent());
		view.put("severelyAbsent", figures.getSeverelyAbsent());
		return view;
	}

	private static Map<String, Object> deadline(String upn, String kind, String due, String school, String rule,
			String source) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("upn", upn);
		view.put("kind", kind);
		view.put("dueDate", due);
		view.put("schoolUrn", blankToNull(school));
		view.put("rule", rule);
		view.put("source", source);
		return view;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
