package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.Suspension;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlineDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
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

	public static final String SCHOOL = "991001";

	public enum Behaviour {

		ANSWER, DOWN, SLOW, OTHER_CHILD

	}

	public final Fake attendance = new Fake("gw-test-attendance");

	public final Fake belonging = new Fake("gw-test-belonging");

	public final Fake send = new Fake("gw-test-send");

	public final Fake transport = new Fake("gw-test-transport");

	private final List<Server> servers;

	public FakeServices() {
		this.servers = List.of(start(this.attendance, new Attendance()), start(this.belonging, new Belonging()),
				start(this.send, new Send()), start(this.transport, new Transport()));
	}

	public void reset() {
		for (Fake fake : List.of(this.attendance, this.belonging, this.send, this.transport)) {
			fake.behaviour.set(Behaviour.ANSWER);
			fake.callers.clear();
		}
	}

	@Override
	public void close() {
		this.servers.forEach(Server::shutdownNow);
	}

	private static Server start(Fake fake, BindableService service) {
		try {
			return InProcessServerBuilder.forName(fake.name)
				.addService(ServerInterceptors.intercept(service, new CallerServerInterceptor()))
				.build()
				.start();
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
			if (!caller.hasScope(scope)) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("the scope " + scope + " is required")
					.asRuntimeException());
				return false;
			}
			if (!caller.actsCountyWide() && !(schoolsToo && caller.actsForSchool())) {
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

	}

	private final class Belonging extends BelongingServiceGrpc.BelongingServiceImplBase {

		@Override
		public void getPupilBelonging(GetPupilBelongingRequest request, StreamObserver<PupilBelonging> responses) {
			if (!FakeServices.this.belonging.serve("belonging:read", false, responses)) {
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
				.build());
			responses.onCompleted();
		}

		@Override
		public void listDeadlinesDue(ListDeadlinesDueRequest request, StreamObserver<DeadlinesDue> responses) {
			if (!FakeServices.this.send.serve("ehcp:read", true, responses)) {
				return;
			}
			responses.onNext(DeadlinesDue.newBuilder()
				.addDeadlines(DeadlineDue.newBuilder()
					.setUpn(PUPIL)
					.setKind("ANNUAL_REVIEW")
					.setDueDate("2026-03-14")
					.setSchoolUrn(SCHOOL)
					.setRule("Children and Families Act 2014 s44(1)"))
				.build());
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
				.addRows(PlanCountRow.newBuilder().setSchoolUrn("991002").setDraft(7).setFinal(30).setCeased(6))
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
