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
			AreaSummary.Builder summary = AreaSummary.newBuilder()
				.setAreaType("LOCALITY")
				.setArea(request.getLocality());
			FakeAttendance.this.localities.getOrDefault(request.getLocality(), List.of())
				.forEach(urn -> summary.addGroups(GroupFigures.newBuilder().setDimension("SCHOOL").setGroup(urn)));
			responses.onNext(summary.build());
			responses.onCompleted();
		}

		@Override
		public void findEnrolments(FindEnrolmentsRequest request, StreamObserver<FindEnrolmentsResponse> responses) {
			if (refusedWhenDown(responses)) {
				return;
			}
			Caller caller = CurrentCaller.require();
			List<RollEnrolment> enrolments = FakeAttendance.this.rolls.getOrDefault(request.getUpn(), List.of());
			if (enrolments.isEmpty()) {
				responses.onError(Status.NOT_FOUND.withDescription("no pupil " + request.getUpn()).asException());
				return;
			}
			if (caller.actsForSchool()
					&& enrolments.stream().noneMatch(e -> e.getSchoolUrn().equals(caller.organisation().id()))) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("not on your school's roll").asException());
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
