package uk.gov.dorsetcouncil.edu.transport.disruption.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.RecordTravelDisruptionResponse;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.TravelDisruptionServiceGrpc;

/**
 * A stand-in for attendance-service over real gRPC with the platform's caller
 * interceptor: travel disruptions (it refuses any caller but a service with
 * {@code attendance:disruptions}, as attendance does, and keeps what it is told) and
 * pupils' attendance this year (the figures it is given; a pupil it was not given is on
 * no roll). It can be told to be down.
 */
public final class FakeAttendance {

	private final List<RecordTravelDisruptionRequest> told = new CopyOnWriteArrayList<>();

	private final Map<String, AttendanceFigures> figures = new ConcurrentHashMap<>();

	private volatile boolean down;

	public List<RecordTravelDisruptionRequest> told() {
		return this.told;
	}

	/** The pupil's attendance this year: a percentage, persistently absent below 90. */
	public void attendance(String upn, double percent) {
		this.figures.put(upn,
				AttendanceFigures.newBuilder()
					.setAttendancePercent(percent)
					.setPersistentlyAbsent(percent <= 90.0)
					.build());
	}

	public void down(boolean down) {
		this.down = down;
	}

	public Server start() {
		try {
			return Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
				.addService(ServerInterceptors.intercept(new Attendance(), new CallerServerInterceptor()))
				.addService(ServerInterceptors.intercept(new Summaries(), new CallerServerInterceptor()))
				.build()
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the stand-in attendance service", ex);
		}
	}

	private final class Attendance extends TravelDisruptionServiceGrpc.TravelDisruptionServiceImplBase {

		@Override
		public void recordTravelDisruption(RecordTravelDisruptionRequest request,
				StreamObserver<RecordTravelDisruptionResponse> responses) {
			if (FakeAttendance.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("restarting").asException());
				return;
			}
			Caller caller = CurrentCaller.require();
			if (!caller.hasRole("SERVICE") || !caller.hasScope("attendance:disruptions")) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("attendance:disruptions").asException());
				return;
			}
			FakeAttendance.this.told.add(request);
			responses.onNext(RecordTravelDisruptionResponse.newBuilder()
				.setSessionsRecorded(request.getSessionsCount())
				.build());
			responses.onCompleted();
		}

	}

	private final class Summaries extends AttendanceServiceGrpc.AttendanceServiceImplBase {

		@Override
		public void getPupilAttendanceSummary(GetPupilAttendanceSummaryRequest request,
				StreamObserver<PupilAttendanceSummary> responses) {
			if (FakeAttendance.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("restarting").asException());
				return;
			}
			if (!CurrentCaller.require().hasScope("attendance:read")) {
				responses.onError(Status.PERMISSION_DENIED.withDescription("attendance:read").asException());
				return;
			}
			AttendanceFigures held = FakeAttendance.this.figures.get(request.getUpn());
			if (held == null) {
				responses.onError(Status.NOT_FOUND.withDescription("on no roll").asException());
				return;
			}
			responses.onNext(PupilAttendanceSummary.newBuilder().setUpn(request.getUpn()).setCombined(held).build());
			responses.onCompleted();
		}

	}

}
