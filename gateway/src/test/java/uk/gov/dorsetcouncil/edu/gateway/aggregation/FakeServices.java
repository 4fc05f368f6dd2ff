package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeVisibility;
import uk.gov.dorsetcouncil.edu.platform.changes.grpc.ChangeFeedGrpcService;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCount;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetAlertCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Measure;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ChildCandidate;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ChildSearchServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FieldMatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindChildRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindChildResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionCommissioner;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionPlacement;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionReason;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionSetting;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.Suspension;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlineDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.send.v1.AssessmentStepDue;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetPlanCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCountRow;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCounts;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.GetTravelArrangementsRequest;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TransportServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangement;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangements;

/**
 * Stand-ins for the four services the gateway aggregates, on in-process gRPC servers,
 * each checking the caller context as the real ones do (a school sees only the pupil on
 * its roll) and each able to fail on demand: not answering, answering too late, or
 * answering about another child.
 */
public final class FakeServices implements AutoCloseable {

	public static final String PUPIL = Upn.withCheckLetter("838200125001").value();

	/** A child whose EHC annual review fell due in September 2025 and is outstanding. */
	public static final String OVERDUE_PUPIL = Upn.withCheckLetter("838200125009").value();

	public static final String SCHOOL = "991001";

	/** The pupil referral unit of the pupil's sixth-day provision. */
	public static final String AP_PROVIDER = "139825";

	/** The locality of {@link #SCHOOL} and of {@link #NEIGHBOUR}. */
	public static final String LOCALITY = "CHESIL";

	/** Another school in {@link #LOCALITY}. */
	public static final String NEIGHBOUR = "991003";

	/** A school in another locality (NORTH). */
	public static final String ELSEWHERE = "991002";

	/** A pupil of {@link #ELSEWHERE}. */
	public static final String OTHER_PUPIL = Upn.withCheckLetter("838200125002").value();

	/**
	 * A child on no roll with an open elective home education entry: the search finds
	 * them for the family name {@code Home}.
	 */
	public static final String HOME_EDUCATED = Upn.withCheckLetter("838200125007").value();

	/** The fake calendar's half term: no school days (Monday 26 to Friday 30 October). */
	public static final java.time.LocalDate HALF_TERM_STARTS = java.time.LocalDate.of(2026, 10, 26);

	static final Map<String, String> LOCALITY_OF = Map.of(SCHOOL, LOCALITY, NEIGHBOUR, LOCALITY, ELSEWHERE, "NORTH");

	public enum Behaviour {

		ANSWER, DOWN, SLOW, OTHER_CHILD,
		/** Does not offer the call yet (an older version of the service). */
		UNIMPLEMENTED,
		/** Answers area figures without small-number suppression whoever asks. */
		NEVER_SUPPRESSES

	}

	/** The period of the last area figures asked for. */
	public final AtomicReference<Period> lastPeriod = new AtomicReference<>();

	public final Fake attendance = new Fake("gw-test-attendance");

	public final Fake belonging = new Fake("gw-test-belonging");

	public final Fake send = new Fake("gw-test-send");

	public final Fake transport = new Fake("gw-test-transport");

	private final List<Server> servers;

	/** Attendance's change feed, in memory, with the entries {@link #CHANGES} holds. */
	private final EmbeddedMongo feedStore = EmbeddedMongo.start(new MongoSettings(null, "gw-test-changes", null, true));

	private final MongoClient feedClient = MongoClients.create(this.feedStore.connectionString());

	/**
	 * The entries of attendance's change feed, in sequence order: a pupil joining this
	 * school's roll, a mark of theirs amended, a pupil leaving another school's roll for
	 * another county, and this school's INSET day.
	 */
	public static final List<Change> CHANGES = List.of(
			change("c1", "enrolment", SCHOOL + ":" + PUPIL, ChangeType.CREATED, SCHOOL,
					Map.of("urn", SCHOOL, "upn", PUPIL, "admissionDate", "2021-09-02")),
			change("c2", "register-mark", SCHOOL + ":" + PUPIL + ":2026-03-09:AM", ChangeType.UPDATED, SCHOOL,
					Map.of("urn", SCHOOL, "upn", PUPIL, "date", "2026-03-09", "session", "AM", "from", "N", "to", "I")),
			change("c3", "enrolment", ELSEWHERE + ":" + OTHER_PUPIL, ChangeType.DELETED, ELSEWHERE,
					Map.of("urn", ELSEWHERE, "upn", OTHER_PUPIL, "leavingDate", "2026-03-06", "deletionGround",
							"MOVED_AWAY", "destination", "Somerset")),
			change("c4", "school-calendar", SCHOOL + ":2026-03-13", ChangeType.CREATED, SCHOOL,
					Map.of("urn", SCHOOL, "date", "2026-03-13", "reason", "INSET")));

	public FakeServices() {
		MongoChangeFeed feed = new MongoChangeFeed(this.feedClient.getDatabase("attendance"), Clock.systemUTC());
		feed.publish(CHANGES);
		this.servers = List.of(start(this.attendance, new Attendance(),
				new ChangeFeedGrpcService(feed, ChangeVisibility.byOrganisation()), new ChildSearch(), new Calendar()),
				start(this.belonging, new Belonging()), start(this.send, new Send()),
				start(this.transport, new Transport()));
	}

	private static Change change(String id, String entity, String key, ChangeType type, String school,
			Map<String, String> payload) {
		return new Change(id, entity, key, type, Set.of("SCHOOL:" + school, "LOCAL_AUTHORITY:838"),
				Instant.parse("2026-03-09T10:00:00Z"), payload);
	}

	public void reset() {
		for (Fake fake : List.of(this.attendance, this.belonging, this.send, this.transport)) {
			fake.behaviour.set(Behaviour.ANSWER);
			fake.callers.clear();
		}
		this.lastPeriod.set(null);
	}

	@Override
	public void close() {
		this.servers.forEach(Server::shutdownNow);
		this.feedClient.close();
		this.feedStore.close();
	}

	private static Server start(Fake fake, BindableService... services) {
		try {
			InProcessServerBuilder server = InProcessServerBuilder.forName(fake.name);
			for (BindableService service : services) {
				server.addService(ServerInterceptors.intercept(service, new CallerServerInterceptor()));
			}
			return server.build().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One stand-in: its in-process name, how it behaves, and who called it. */
	public static final class Fake {

		public final String name;

		public final AtomicReference<Behaviour> behaviour = new AtomicReference<>(Behaviour.ANSWER);

		public final List<Caller> callers = new CopyOnWriteArrayList<>();

		Fake(String name) {
			this.name = name;
		}

		public String address() {
			return "in-process:" + this.name;
		}

		public void behave(Behaviour behaviour) {
			this.behaviour.set(behaviour);
		}

		/** Runs the call as the service would, or fails as told; false when it failed. */
		<T> boolean serve(String scope, boolean schoolsToo, StreamObserver<T> responses) {
			return serve(Set.of(scope), schoolsToo, responses);
		}

		/** As {@link #serve(String, boolean, StreamObserver)}, any one of the scopes. */
		<T> boolean serve(Set<String> scopes, boolean schoolsToo, StreamObserver<T> responses) {
			Caller caller = CurrentCaller.require();
			this.callers.add(caller);
			switch (this.behaviour.get()) {
				case DOWN -> {
					responses.onError(Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException());
					return false;
				}
				case SLOW -> sleep();
				default -> {
				}
			}
			if (scopes.stream().noneMatch(caller::hasScope)) {
				String scope = String.join(" or ", scopes);
				responses.onError(Status.PERMISSION_DENIED.withDescription("the scope " + scope + " is required")
					.asRuntimeException());
				return false;
			}
			boolean localityToo = schoolsToo && caller.organisation().type() == Organisation.Type.LOCALITY;
			if (!caller.actsCountyWide() && !(schoolsToo && caller.actsForSchool()) && !localityToo) {
				responses
					.onError(Status.PERMISSION_DENIED.withDescription("not released to " + caller.organisation().type())
						.asRuntimeException());
				return false;
			}
			return true;
		}

		String upn(String asked) {
			return (this.behaviour.get() == Behaviour.OTHER_CHILD) ? Upn.withCheckLetter("838200125999").value()
					: asked;
		}

		private static void sleep() {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	private final class Attendance extends AttendanceServiceGrpc.AttendanceServiceImplBase {

		@Override
		public void getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest request,
				StreamObserver<PupilAttendanceSummary> responses) {
			if (!FakeServices.this.attendance.serve("attendance:read", true, responses)) {
				return;
			}
			Caller caller = CurrentCaller.require();
			if (!request.getUpn().equals(PUPIL)) {
				responses.onError(Status.NOT_FOUND.withDescription("on no roll").asRuntimeException());
				return;
			}
			if (caller.actsForSchool() && !caller.organisation().id().equals(SCHOOL)) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("not on your roll").asRuntimeException());
				return;
			}
			if (caller.organisation().type() == Organisation.Type.LOCALITY
					&& !caller.organisation().id().equals(LOCALITY)) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("not on a roll in your locality")
					.asRuntimeException());
				return;
			}
			AttendanceFigures figures = AttendanceFigures.newBuilder()
				.setPossibleSessions(100)
				.setPresentSessions(88)
				.setAttendancePercent(88.0)
				.setPersistentlyAbsent(true)
				.build();
			responses.onNext(PupilAttendanceSummary.newBuilder()
				.setUpn(FakeServices.this.attendance.upn(request.getUpn()))
				.setBasis("academic year to date")
				.setCombined(figures)
				.addEnrolments(EnrolmentAttendance.newBuilder()
					.setSchoolUrn(SCHOOL)
					.setSchoolName("Demo First School")
					.setFigures(figures))
				.build());
			responses.onCompleted();
		}

		@Override
		public void getSchoolSummary(GetSchoolSummaryRequest request, StreamObserver<AreaSummary> responses) {
			if (!area(responses, request.getPeriod())) {
				return;
			}
			Caller caller = CurrentCaller.require();
			String locality = LOCALITY_OF.get(request.getUrn());
			if (locality == null) {
				responses
					.onError(Status.NOT_FOUND.withDescription("no school " + request.getUrn()).asRuntimeException());
				return;
			}
			if ((caller.actsForSchool() && !caller.organisation().id().equals(request.getUrn()))
					|| (caller.organisation().type() == Organisation.Type.LOCALITY
							&& !caller.organisation().id().equals(locality))) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("not your school").asRuntimeException());
				return;
			}
			responses.onNext(summary("SCHOOL", request.getUrn(), "YEAR_GROUP", List.of("7", "8")));
			responses.onCompleted();
		}

		@Override
		public void getLocalitySummary(GetLocalitySummaryRequest request, StreamObserver<AreaSummary> responses) {
			if (!area(responses, request.getPeriod())) {
				return;
			}
			Caller caller = CurrentCaller.require();
			if (caller.actsForSchool() || (caller.organisation().type() == Organisation.Type.LOCALITY
					&& !caller.organisation().id().equals(request.getLocality()))) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("not your locality").asRuntimeException());
				return;
			}
			List<String> schools = LOCALITY_OF.entrySet()
				.stream()
				.filter(entry -> entry.getValue().equals(request.getLocality()))
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			responses.onNext(summary("LOCALITY", request.getLocality(), "SCHOOL", schools));
			responses.onCompleted();
		}

		@Override
		public void getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest request,
				StreamObserver<AreaSummary> responses) {
			if (!area(responses, request.getPeriod())) {
				return;
			}
			if (!CurrentCaller.require().actsCountyWide()) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("the county only").asRuntimeException());
				return;
			}
			responses.onNext(summary("LOCAL_AUTHORITY", "838", "LOCALITY", List.of("CHESIL", "NORTH")));
			responses.onCompleted();
		}

		@Override
		public void getAlertCounts(GetAlertCountsRequest request, StreamObserver<AlertCounts> responses) {
			if (FakeServices.this.attendance.behaviour.get() == Behaviour.UNIMPLEMENTED) {
				responses.onError(Status.UNIMPLEMENTED.withDescription("Method not found").asRuntimeException());
				return;
			}
			if (!FakeServices.this.attendance.serve("attendance:read", true, responses)) {
				return;
			}
			String areaType = !request.getUrn().isEmpty() ? "SCHOOL"
					: !request.getLocality().isEmpty() ? "LOCALITY" : "LOCAL_AUTHORITY";
			responses.onNext(AlertCounts.newBuilder()
				.setAreaType(areaType)
				.setArea(!request.getUrn().isEmpty() ? request.getUrn() : request.getLocality())
				.setAsOf("2026-11-23T08:00:00Z")
				.setChildrenNeedingHelp(17)
				.addCounts(AlertCount.newBuilder().setType("PERSISTENT_ABSENCE").setChildren(12))
				.addCounts(AlertCount.newBuilder().setType("SEVERE_ABSENCE").setChildren(6))
				.addCounts(AlertCount.newBuilder().setType("SICKNESS_RETURN").setChildren(2))
				.addCounts(AlertCount.newBuilder().setType("UNRESOLVED_N").setChildren(0))
				.setSeverelyAbsent(6)
				.setSeverelyAbsentWithCurrentPlan(5)
				.build());
			responses.onCompleted();
		}

		/** The checks every area call makes; false when it failed. */
		private boolean area(StreamObserver<AreaSummary> responses, Period period) {
			FakeServices.this.lastPeriod.set(period);
			return FakeServices.this.attendance.serve(Set.of("attendance:read", "measures:read"), true, responses);
		}

		/**
		 * Figures for an area, suppressed as the service does for callers without
		 * attendance:read: a group of 2 enrolments is hidden.
		 */
		private AreaSummary summary(String areaType, String area, String dimension, List<String> groups) {
			Caller caller = CurrentCaller.require();
			boolean suppress = !caller.hasScope("attendance:read")
					&& FakeServices.this.attendance.behaviour.get() != Behaviour.NEVER_SUPPRESSES;
			AreaSummary.Builder summary = AreaSummary.newBuilder()
				.setAreaType(areaType)
				.setArea(area)
				.setAcademicYear("2026/27")
				.setBasis("academic year to date")
				.setScope("pupils aged 5 to 15")
				.setAsOf("2026-11-23T08:00:00Z")
				.setMarksUpTo("2026-11-20")
				.setFromDate("2026-09-01")
				.setToDate("2026-11-20")
				.setSuppressed(suppress)
				.setTotal(group("ALL", "ALL", 2 + 40 * groups.size(), false));
			for (int i = 0; i < groups.size(); i++) {
				summary.addGroups(group(dimension, groups.get(i), (i == 0) ? 2 : 40, suppress));
			}
			return summary.build();
		}

		private static GroupFigures group(String dimension, String group, int enrolments, boolean suppress) {
			Measure count = (suppress && enrolments <= 2) ? Measure.newBuilder().setSymbol("c").build()
					: Measure.newBuilder().setValue(enrolments).build();
			return GroupFigures.newBuilder()
				.setDimension(dimension)
				.setGroup(group)
				.setEnrolments(count)
				.setOverallAbsenceRate(Measure.newBuilder().setValue(6.4))
				.setPersistentAbsenceRate(Measure.newBuilder().setValue(17.5))
				.build();
		}

	}

	/**
	 * Attendance's search over its rolls: {@link #PUPIL} (Amelia Smith-Jones, born 4 July
	 * 2016, on {@link #SCHOOL}'s roll) for a family name Smith-Jones or Smith, nobody
	 * otherwise.
	 */
	private final class ChildSearch extends ChildSearchServiceGrpc.ChildSearchServiceImplBase {

		@Override
		public void findChild(FindChildRequest request, StreamObserver<FindChildResponse> responses) {
			if (!FakeServices.this.attendance.serve("children:search", false, responses)) {
				return;
			}
			FindChildResponse.Builder answer = FindChildResponse.newBuilder()
				.setCompared(3)
				.setThreshold(60)
				.setMaxCandidates(5);
			// The given name Amelia agrees too: a confident match (75).
			boolean amelia = request.getGivenName().equals("Amelia");
			if (request.getFamilyName().startsWith("Smith")) {
				ChildCandidate.Builder candidate = ChildCandidate.newBuilder()
					.setUpn(PUPIL)
					.setFamilyName("Smith-Jones")
					.setGivenName("Amelia")
					.setDateOfBirth("2016-07-04")
					.addSchools(SCHOOL)
					.setScore(amelia ? 75 : 60)
					.addMatched(FieldMatch.newBuilder().setField("FAMILY_NAME").setHow("EXACT").setPoints(30))
					.addMatched(FieldMatch.newBuilder().setField("DATE_OF_BIRTH").setHow("EXACT").setPoints(30));
				if (amelia) {
					candidate.addMatched(FieldMatch.newBuilder().setField("GIVEN_NAME").setHow("EXACT").setPoints(15));
				}
				answer.addCandidates(candidate);
			}
			// Two children as alike as the query can tell: ambiguous.
			if (request.getFamilyName().equals("Twin")) {
				for (String upn : List.of(PUPIL, OTHER_PUPIL)) {
					answer.addCandidates(ChildCandidate.newBuilder()
						.setUpn(upn)
						.setFamilyName("Twin")
						.setGivenName("Alex")
						.setDateOfBirth("2016-07-04")
						.addSchools(SCHOOL)
						.setScore(75));
				}
			}
			if (request.getFamilyName().equals("Home")) {
				answer.addCandidates(ChildCandidate.newBuilder()
					.setUpn(HOME_EDUCATED)
					.setFamilyName("Home")
					.setGivenName("Robin")
					.setDateOfBirth("2016-07-04")
					.setScore(90));
			}
			responses.onNext(answer.build());
			responses.onCompleted();
		}

	}

	/**
	 * School days: weekdays outside the half term from {@link #HALF_TERM_STARTS}, at
	 * every school.
	 */
	private final class Calendar extends
			uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc.SchoolCalendarServiceImplBase {

		@Override
		public void isSchoolDay(uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayRequest request,
				StreamObserver<uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayResponse> responses) {
			if (!FakeServices.this.attendance.serve("attendance:read", true, responses)) {
				return;
			}
			responses.onNext(uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayResponse.newBuilder()
				.setSchoolDay(schoolDay(java.time.LocalDate.parse(request.getDate())))
				.build());
			responses.onCompleted();
		}

		@Override
		public void schoolDaysAfter(uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterRequest request,
				StreamObserver<uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterResponse> responses) {
			if (!FakeServices.this.attendance.serve("attendance:read", true, responses)) {
				return;
			}
			java.time.LocalDate day = java.time.LocalDate.parse(request.getDate());
			for (int counted = 0; counted < request.getN();) {
				day = day.plusDays(1);
				if (schoolDay(day)) {
					counted++;
				}
			}
			responses.onNext(uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterResponse.newBuilder()
				.setDate(day.toString())
				.build());
			responses.onCompleted();
		}

		private static boolean schoolDay(java.time.LocalDate day) {
			boolean halfTerm = !day.isBefore(HALF_TERM_STARTS) && day.isBefore(HALF_TERM_STARTS.plusDays(5));
			return day.getDayOfWeek().getValue() < 6 && !halfTerm;
		}

	}

	private final class Belonging extends BelongingServiceGrpc.BelongingServiceImplBase {

		@Override
		public void getPupilBelonging(GetPupilBelongingRequest request, StreamObserver<PupilBelonging> responses) {
			if (!FakeServices.this.belonging.serve("belonging:read", false, responses)) {
				return;
			}
			if (request.getUpn().equals(HOME_EDUCATED)) {
				responses.onNext(PupilBelonging.newBuilder()
					.setUpn(HOME_EDUCATED)
					.addRegisters(uk.gov.dorsetcouncil.edu.proto.belonging.v1.RegisterEntrySummary.newBuilder()
						.setKind("ELECTIVE_HOME_EDUCATION")
						.setOpenedOn("2026-01-12")
						.setDaysWithoutPlace(-1))
					.build());
				responses.onCompleted();
				return;
			}
			responses.onNext(PupilBelonging.newBuilder()
				.setUpn(FakeServices.this.belonging.upn(request.getUpn()))
				.addSuspensions(Suspension.newBuilder()
					.setSchoolUrn(SCHOOL)
					.setStartDate("2026-10-01")
					.setSessions(4)
					.setReason("PHYSICAL_ASSAULT_AGAINST_A_PUPIL"))
				.setOnPartTimeTimetable(true)
				.addAlternativeProvision(AlternativeProvisionPlacement.newBuilder()
					.setProviderName("Chesil Education Centre")
					.setProviderUrn(AP_PROVIDER)
					.setSetting(AlternativeProvisionSetting.PUPIL_REFERRAL_UNIT)
					.setCommissionedBy(AlternativeProvisionCommissioner.SCHOOL)
					.setCommissionerCode(SCHOOL)
					.setReason(AlternativeProvisionReason.SUSPENSION_SIXTH_DAY)
					.setStartDate("2026-10-08")
					.setEndDate("2026-10-09")
					.setSessionsPerWeek(10))
				.addAlternativeProvision(AlternativeProvisionPlacement.newBuilder()
					.setProviderName("Dorset Home and Hospital Tuition")
					.setSetting(AlternativeProvisionSetting.ONE_TO_ONE_TUITION)
					.setCommissionedBy(AlternativeProvisionCommissioner.LOCAL_AUTHORITY)
					.setCommissionerCode("838")
					.setReason(AlternativeProvisionReason.HEALTH_NEEDS)
					.setStartDate("2026-11-02")
					.setSessionsPerWeek(3))
				.addRegisters(uk.gov.dorsetcouncil.edu.proto.belonging.v1.RegisterEntrySummary.newBuilder()
					.setKind("CHILD_MISSING_EDUCATION")
					.setSchoolLeftUrn(SCHOOL)
					.setOpenedOn("2026-06-12")
					.setClosedOn("2026-06-30")
					.setClosureReason("ON_ROLL")
					.setDaysWithoutPlace(18))
				.build());
			responses.onCompleted();
		}

		@Override
		public void listDeadlinesDue(uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest request,
				StreamObserver<uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue> responses) {
			if (!FakeServices.this.belonging.serve("belonging:read", false, responses)) {
				return;
			}
			responses.onNext(uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue.getDefaultInstance());
			responses.onCompleted();
		}

	}

	private final class Send extends SendServiceGrpc.SendServiceImplBase {

		@Override
		public void getEhcPlanStatus(GetEhcPlanStatusRequest request, StreamObserver<EhcPlanStatus> responses) {
			if (!FakeServices.this.send.serve("ehcp:read", true, responses)) {
				return;
			}
			responses.onNext(EhcPlanStatus.newBuilder()
				.setUpn(FakeServices.this.send.upn(request.getUpn()))
				.setHasPlan(true)
				.setStatus("FINAL")
				.setIssuedDate("2025-03-14")
				.setNextAnnualReviewDue("2026-03-14")
				.setNamedSchoolUrn(SCHOOL)
				.addOpenAssessmentSteps(AssessmentStepDue.newBuilder()
					.setAssessmentId(PUPIL + "-2")
					.setKind("DECISION_TO_ASSESS")
					.setDueDate("2026-03-16")
					.setRule("SEND Regulations 2014 reg 5(1)"))
				.build());
			responses.onCompleted();
		}

		@Override
		public void listDeadlinesDue(ListDeadlinesDueRequest request, StreamObserver<DeadlinesDue> responses) {
			if (!FakeServices.this.send.serve("ehcp:read", true, responses)) {
				return;
			}
			DeadlinesDue.Builder due = DeadlinesDue.newBuilder()
				.addDeadlines(DeadlineDue.newBuilder()
					.setUpn(PUPIL)
					.setKind("ANNUAL_REVIEW")
					.setDueDate("2026-03-14")
					.setSchoolUrn(SCHOOL)
					.setRule("Children and Families Act 2014 s44(1)"));
			if (request.getIncludeOverdue()) {
				due.addDeadlines(DeadlineDue.newBuilder()
					.setUpn(OVERDUE_PUPIL)
					.setKind("ANNUAL_REVIEW")
					.setDueDate("2025-09-28")
					.setSchoolUrn(SCHOOL)
					.setRule("Children and Families Act 2014 s44(1)"));
			}
			responses.onNext(due.build());
			responses.onCompleted();
		}

		@Override
		public void getPlanCounts(GetPlanCountsRequest request, StreamObserver<PlanCounts> responses) {
			if (!FakeServices.this.send.serve("ehcp:read", false, responses)) {
				return;
			}
			responses.onNext(PlanCounts.newBuilder()
				.addRows(PlanCountRow.newBuilder().setSchoolUrn("").setDraft(1).setFinal(0).setCeased(0))
				.addRows(PlanCountRow.newBuilder().setSchoolUrn(SCHOOL).setDraft(5).setFinal(40).setCeased(3))
				.addRows(PlanCountRow.newBuilder().setSchoolUrn(ELSEWHERE).setDraft(7).setFinal(30).setCeased(6))
				.addRows(PlanCountRow.newBuilder().setSchoolUrn(NEIGHBOUR).setDraft(0).setFinal(2).setCeased(1))
				.build());
			responses.onCompleted();
		}

	}

	private final class Transport extends TransportServiceGrpc.TransportServiceImplBase {

		@Override
		public void getTravelArrangements(GetTravelArrangementsRequest request,
				StreamObserver<TravelArrangements> responses) {
			if (!FakeServices.this.transport.serve("transport:read", true, responses)) {
				return;
			}
			responses.onNext(TravelArrangements.newBuilder()
				.setUpn(FakeServices.this.transport.upn(request.getUpn()))
				.addArrangements(TravelArrangement.newBuilder()
					.setSchoolUrn(SCHOOL)
					.setEligibilityBasis("STATUTORY_WALKING_DISTANCE")
					.setValidFrom("2025-09-01"))
				.build());
			responses.onCompleted();
		}

		@Override
		public void listDeadlinesDue(uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest request,
				StreamObserver<uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue> responses) {
			if (!FakeServices.this.transport.serve("transport:read", false, responses)) {
				return;
			}
			responses.onNext(uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue.getDefaultInstance());
			responses.onCompleted();
		}

	}

}
