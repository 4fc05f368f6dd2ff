package uk.gov.dorsetcouncil.edu.belonging.exclusion.client;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.SchoolDays;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ClassifyPupilsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Measure;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilGroups;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalitySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GroupFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindEnrolmentsResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IsSchoolDayResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RollEnrolment;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolDaysAfterResponse;

/**
 * A stand-in for attendance-service's calendar and roll, served over real gRPC with the
 * platform's caller interceptor: it answers from a calendar it is given and the
 * enrolments it is told of, refuses a school asking of a pupil not on its roll as
 * attendance does, and can be told to be down.
 */
public final class FakeAttendance {

	private final SchoolDays calendar;

	private final Map<String, List<RollEnrolment>> rolls = new ConcurrentHashMap<>();

	private final Map<String, List<String>> localities = new ConcurrentHashMap<>();

	private final Map<String, List<String[]>> marks = new ConcurrentHashMap<>();

	private final Map<String, Map<String, String>> traits = new ConcurrentHashMap<>();

	/** Who asked for pupils' groups. */
	public final List<Caller> classifiedBy = new java.util.concurrent.CopyOnWriteArrayList<>();

	private volatile boolean down;

	public FakeAttendance(SchoolDays calendar) {
		this.calendar = calendar;
	}

	public void enrol(String upn, String urn, String admitted, String left) {
		this.rolls.merge(upn,
				List.of(RollEnrolment.newBuilder()
					.setSchoolUrn(urn)
					.setAdmissionDate(admitted)
					.setLeavingDate((left == null) ? "" : left)
					.setRegistration("SINGLE")
					.build()),
				(a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
	}

	/** A session marked with a code at a school (the date's sessions count one each). */
	public void mark(String upn, String urn, String date, String code) {
		this.marks.merge(upn, List.<String[]>of(new String[] { urn, date, code }),
				(a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
	}

	/** A pupil's group in a dimension (SEX, FSM...), as attendance would classify it. */
	public void trait(String upn, String dimension, String group) {
		this.traits.computeIfAbsent(upn, u -> new ConcurrentHashMap<>()).put(dimension, group);
	}

	public void clearMarks() {
		this.marks.clear();
	}

	public void locality(String locality, String... urns) {
		this.localities.put(locality, List.of(urns));
	}

	public void down(boolean down) {
		this.down = down;
	}

	public Server start() {
		return start(new io.grpc.BindableService[0]);
	}

	/** Started with more of attendance's services beside (its change feed). */
	public Server start(io.grpc.BindableService... more) {
		try {
			io.grpc.ServerBuilder<?> server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
				.addService(ServerInterceptors.intercept(new Calendar(), new CallerServerInterceptor()))
				.addService(ServerInterceptors.intercept(new Rolls(), new CallerServerInterceptor()));
			for (io.grpc.BindableService service : more) {
				server.addService(ServerInterceptors.intercept(service, new CallerServerInterceptor()));
			}
			return server.build().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the stand-in attendance service", ex);
		}
	}

	private boolean refusedWhenDown(StreamObserver<?> responses) {
		if (this.down) {
			responses.onError(Status.UNAVAILABLE.withDescription("restarting").asException());
		}
		return this.down;
	}

	private final class Calendar extends SchoolCalendarServiceGrpc.SchoolCalendarServiceImplBase {

		@Override
		public void isSchoolDay(IsSchoolDayRequest request, StreamObserver<IsSchoolDayResponse> responses) {
			if (refusedWhenDown(responses)) {
				return;
			}
			CurrentCaller.require();
			Optional<String> why = FakeAttendance.this.calendar.notASchoolDay(request.getUrn(),
					LocalDate.parse(request.getDate()));
			responses
				.onNext(IsSchoolDayResponse.newBuilder().setSchoolDay(why.isEmpty()).setReason(why.orElse("")).build());
			responses.onCompleted();
		}

		@Override
		public void schoolDaysAfter(SchoolDaysAfterRequest request, StreamObserver<SchoolDaysAfterResponse> responses) {
			if (refusedWhenDown(responses)) {
				return;
			}
			responses.onNext(SchoolDaysAfterResponse.newBuilder()
				.setDate(FakeAttendance.this.calendar
					.after(request.getUrn(), LocalDate.parse(request.getDate()), request.getN())
					.toString())
				.build());
			responses.onCompleted();
		}

	}

	private final class Rolls extends AttendanceServiceGrpc.AttendanceServiceImplBase {

		/**
		 * The pupil's enrolments, or null once refused as attendance refuses: down, no
		 * such pupil, or a school asking of a pupil not on its roll.
		 */
		private List<RollEnrolment> enrolmentsOrRefused(String upn, StreamObserver<?> responses) {
			if (refusedWhenDown(responses)) {
				return null;
			}
			Caller caller = CurrentCaller.require();
			List<RollEnrolment> enrolments = FakeAttendance.this.rolls.getOrDefault(upn, List.of());
			if (enrolments.isEmpty()) {
				responses.onError(Status.NOT_FOUND.withDescription("no pupil " + upn).asException());
				return null;
			}
			if (caller.actsForSchool()
					&& enrolments.stream().noneMatch(e -> e.getSchoolUrn().equals(caller.organisation().id()))) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("not on your school's roll").asException());
				return null;
			}
			return enrolments;
		}

		/**
		 * The locality's schools by school, as attendance answers a locality officer of
		 * it.
		 */
		@Override
		public void getLocalitySummary(GetLocalitySummaryRequest request, StreamObserver<AreaSummary> responses) {
			if (refusedWhenDown(responses)) {
				return;
			}
			Caller caller = CurrentCaller.require();
			if (caller.organisation().type() == Organisation.Type.LOCALITY
					&& !caller.organisation().id().equals(request.getLocality())) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("another locality").asException());
				return;
			}
			List<String> schools = FakeAttendance.this.localities.getOrDefault(request.getLocality(), List.of());
			responses.onNext(summary("LOCALITY", request.getLocality(), schools, request.getByList()));
			responses.onCompleted();
		}

		@Override
		public void getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest request,
				StreamObserver<AreaSummary> responses) {
			if (refusedWhenDown(responses)) {
				return;
			}
			List<String> schools = FakeAttendance.this.rolls.values()
				.stream()
				.flatMap(List::stream)
				.map(RollEnrolment::getSchoolUrn)
				.distinct()
				.toList();
			responses.onNext(summary("LOCAL_AUTHORITY", "838", schools, request.getByList()));
			responses.onCompleted();
		}

		@Override
		public void getSchoolSummary(GetSchoolSummaryRequest request, StreamObserver<AreaSummary> responses) {
			if (refusedWhenDown(responses)) {
				return;
			}
			responses.onNext(summary("SCHOOL", request.getUrn(), List.of(request.getUrn()), request.getByList()));
			responses.onCompleted();
		}

		/** Pupils' groups from the traits it was told of, UNKNOWN else. */
		@Override
		public void classifyPupils(ClassifyPupilsRequest request, StreamObserver<ClassifyPupilsResponse> responses) {
			if (refusedWhenDown(responses)) {
				return;
			}
			FakeAttendance.this.classifiedBy.add(CurrentCaller.require());
			ClassifyPupilsResponse.Builder answer = ClassifyPupilsResponse.newBuilder();
			for (var pupil : request.getPupilsList()) {
				PupilGroups.Builder groups = PupilGroups.newBuilder().setUpn(pupil.getUpn()).setUrn(pupil.getUrn());
				request.getByList().forEach(by -> groups.putGroups(by, group(pupil.getUpn(), pupil.getUrn(), by)));
				answer.addPupils(groups);
			}
			responses.onNext(answer.build());
			responses.onCompleted();
		}

		/**
		 * Every enrolment at the schools counted once, in total and by each dimension
		 * asked (SCHOOL by URN, others by the pupils' traits).
		 */
		private AreaSummary summary(String type, String area, List<String> schools, List<String> by) {
			AreaSummary.Builder summary = AreaSummary.newBuilder().setAreaType(type).setArea(area);
			Map<String, Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
			by.forEach(dimension -> counts.put(dimension, new java.util.TreeMap<>()));
			if (by.contains("SCHOOL")) {
				schools.forEach(urn -> counts.get("SCHOOL").put(urn, 0));
			}
			int total = 0;
			for (Map.Entry<String, List<RollEnrolment>> pupil : FakeAttendance.this.rolls.entrySet()) {
				for (RollEnrolment enrolment : pupil.getValue()) {
					if (!schools.contains(enrolment.getSchoolUrn())) {
						continue;
					}
					total++;
					for (String dimension : by) {
						counts.get(dimension)
							.merge(group(pupil.getKey(), enrolment.getSchoolUrn(), dimension), 1, Integer::sum);
					}
				}
			}
			summary.setTotal(GroupFigures.newBuilder()
				.setDimension("ALL")
				.setGroup("ALL")
				.setEnrolments(Measure.newBuilder().setValue(total)));
			counts.forEach((dimension,
					groups) -> groups.forEach((group,
							n) -> summary.addGroups(GroupFigures.newBuilder()
								.setDimension(dimension)
								.setGroup(group)
								.setEnrolments(Measure.newBuilder().setValue(n)))));
			return summary.build();
		}

		private String group(String upn, String urn, String dimension) {
			if (dimension.equals("SCHOOL")) {
				return urn;
			}
			return FakeAttendance.this.traits.getOrDefault(upn, Map.of()).getOrDefault(dimension, "UNKNOWN");
		}

		/**
		 * The pupil's sessions by code in the period, per enrolment, refused as
		 * attendance refuses a school asking of a pupil not on its roll.
		 */
		@Override
		public void getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest request,
				StreamObserver<PupilAttendanceSummary> responses) {
			List<RollEnrolment> enrolments = enrolmentsOrRefused(request.getUpn(), responses);
			if (enrolments == null) {
				return;
			}
			LocalDate from = LocalDate.parse(request.getFromDate());
			LocalDate to = LocalDate.parse(request.getToDate());
			PupilAttendanceSummary.Builder summary = PupilAttendanceSummary.newBuilder().setUpn(request.getUpn());
			for (RollEnrolment enrolment : enrolments) {
				AttendanceFigures.Builder figures = AttendanceFigures.newBuilder();
				for (String[] mark : FakeAttendance.this.marks.getOrDefault(request.getUpn(), List.of())) {
					LocalDate on = LocalDate.parse(mark[1]);
					if (mark[0].equals(enrolment.getSchoolUrn()) && !on.isBefore(from) && !on.isAfter(to)) {
						figures.putSessionsByCode(mark[2], figures.getSessionsByCodeOrDefault(mark[2], 0) + 1);
					}
				}
				summary.addEnrolments(
						EnrolmentAttendance.newBuilder().setSchoolUrn(enrolment.getSchoolUrn()).setFigures(figures));
			}
			responses.onNext(summary.build());
			responses.onCompleted();
		}

		@Override
		public void findEnrolments(FindEnrolmentsRequest request, StreamObserver<FindEnrolmentsResponse> responses) {
			List<RollEnrolment> enrolments = enrolmentsOrRefused(request.getUpn(), responses);
			if (enrolments == null) {
				return;
			}
			responses.onNext(FindEnrolmentsResponse.newBuilder()
				.setUpn(request.getUpn())
				.setYearGroup(9)
				.addAllEnrolments(enrolments)
				.build());
			responses.onCompleted();
		}

	}

}
