package uk.gov.dorsetcouncil.edu.send.attendance.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;

/**
 * A stand-in for attendance-service that answers as it is told to, counts the calls that
 * reach it and remembers who made them.
 */
public class FakeAttendanceService extends AttendanceServiceGrpc.AttendanceServiceImplBase {

	public enum Behaviour {

		ANSWER, SLOW, UNAVAILABLE, NOT_FOUND

	}

	private volatile Behaviour behaviour = Behaviour.ANSWER;

	private final Duration slowness;

	private final AtomicInteger calls = new AtomicInteger();

	private final List<Caller> callers = new CopyOnWriteArrayList<>();

	public FakeAttendanceService(Duration slowness) {
		this.slowness = slowness;
	}

	/**
	 * Serves the stand-in on a free port, reading the caller context as attendance does;
	 * stopped when the test JVM exits.
	 */
	public Server serve() {
		try {
			Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
				.addService(ServerInterceptors.intercept(this, new CallerServerInterceptor()))
				.build()
				.start();
			uk.gov.dorsetcouncil.edu.platform.testing.StandIns.stopAtExit(server::shutdownNow);
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void behave(Behaviour behaviour) {
		this.behaviour = behaviour;
	}

	public int calls() {
		return this.calls.get();
	}

	public List<Caller> callers() {
		return this.callers;
	}

	@Override
	public void getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest request,
			StreamObserver<PupilAttendanceSummary> responses) {
		this.calls.incrementAndGet();
		this.callers.add(CurrentCaller.require());
		switch (this.behaviour) {
			case UNAVAILABLE -> responses.onError(Status.UNAVAILABLE.withDescription("restarting").asException());
			case NOT_FOUND ->
				responses.onError(Status.NOT_FOUND.withDescription(request.getUpn() + " is on no roll").asException());
			case SLOW -> {
				sleep(this.slowness);
				answer(request, responses);
			}
			case ANSWER -> answer(request, responses);
		}
	}

	static PupilAttendanceSummary summaryOf(String upn) {
		return PupilAttendanceSummary.newBuilder()
			.setUpn(upn)
			.setBasis("academic year to date")
			.setFromDate("2025-09-03")
			.setToDate("2025-11-21")
			.setAsOf("2025-11-21T16:00:00Z")
			.setCombined(AttendanceFigures.newBuilder()
				.setPossibleSessions(110)
				.setPresentSessions(96)
				.setAuthorisedAbsenceSessions(6)
				.setUnauthorisedAbsenceSessions(8)
				.setAttendancePercent(87.3)
				.setOverallAbsencePercent(12.7)
				.setAuthorisedAbsencePercent(5.5)
				.setUnauthorisedAbsencePercent(7.3)
				.setPersistentlyAbsent(true)
				.setSeverelyAbsent(false))
			.build();
	}

	private static void answer(GetPupilAttendanceSummaryRequest request,
			StreamObserver<PupilAttendanceSummary> responses) {
		responses.onNext(summaryOf(request.getUpn()));
		responses.onCompleted();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
